package dk.boligmonitor.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Opens a source file the way its mapping says: by extension, CSV or Excel. */
public final class TabularFiles {

    private TabularFiles() {
    }

    public static TabularFile open(Path file, SourceMapping mapping) throws IOException {
        return TabularFile.open(rows(file, mapping), MappedColumns.headerSpec(mapping));
    }

    private static RowStream rows(Path file, SourceMapping mapping) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return new XlsxRowStream(file, mapping.sheet());
        }
        if (name.endsWith(".xls")) {
            return new XlsRowStream(file, mapping.sheet());
        }
        if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
            return new CsvRowStream(file);
        }
        throw new FileRefusedException("unknown file type (expected .csv, .xlsx or .xls)");
    }
}
