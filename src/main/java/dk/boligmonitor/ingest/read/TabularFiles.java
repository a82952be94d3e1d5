package dk.boligmonitor.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.boligmonitor.config.SourceMapping;
import dk.boligmonitor.format.Messages;

/** Opens a source file the way its mapping says: by extension, CSV or Excel. */
public final class TabularFiles {

    private TabularFiles() {
    }

    public static TabularFile open(Path file, SourceMapping mapping) throws IOException {
        HeaderSpec spec = HeaderSpec.of(mapping);
        if (mapping.sheets().isPresent() || mapping.yearFromSheet()) {
            return openSheets(file, mapping, spec);
        }
        RowStream rows = rows(file, mapping.sheet(), spec);
        TabularFile table = TabularFile.open(rows, spec);
        if (mapping.sheet().isEmpty() && !rows.otherSheets().isEmpty()) {
            try {
                refuseOtherSheetsWithTheHeader(file, rows, spec, mapping);
            } catch (RuntimeException | IOException e) {
                table.close();
                throw e;
            }
        }
        return table;
    }

    /**
     * Reads every row of every sheet without a mapping, with the readers a load uses, so the file is refused where
     * a load would refuse it whatever its mapping (its bytes are not what its name says, a zip bomb, a damaged
     * workbook, a broken CSV line) and at the first CPR number in any cell: for a file no mapping has read
     * whole, before it may lie in the inbox.
     */
    public static void screen(Path file) throws IOException {
        HeaderSpec any = new HeaderSpec(List.of());
        try (RowStream first = rows(file, Optional.empty(), any)) {
            screenRows(first);
            for (String sheet : first.otherSheets()) {
                try (RowStream other = rows(file, Optional.of(sheet), any)) {
                    screenRows(other);
                }
            }
        }
    }

    private static void screenRows(RowStream rows) throws IOException {
        for (SourceRow row = rows.read(); row != null; row = rows.read()) {
            PersonalData.screenEveryColumn(row);
        }
    }

    /**
     * The sheets the mapping's 'sheets:' matches, in workbook order, read as one file; or, where the sheet's
     * name gives the year, the one sheet read, named. A CSV file has no sheets to match, and is read as it is.
     */
    private static TabularFile openSheets(Path file, SourceMapping mapping, HeaderSpec spec) throws IOException {
        List<String> sheets;
        try (RowStream first = rows(file, mapping.sheet(), spec)) {
            if (first.sheets().isEmpty()) {
                if (mapping.yearFromSheet()) {
                    throw new FileRefusedException(Messages.get("read.sheets.year_without_sheets"));
                }
                return TabularFile.open(rows(file, Optional.empty(), spec), spec);
            }
            sheets = mapping.sheets().map(pattern -> first.sheets().stream().filter(pattern::matches).toList())
                    .orElse(List.of(sheetRead(first)));
            if (sheets.isEmpty()) {
                throw new FileRefusedException(Messages.get("read.sheets.none_match",
                        mapping.sheets().orElseThrow().describe(), mapping.file().getFileName(),
                        Listing.quoted(first.sheets())));
            }
        }
        return TabularFile.openSheets(sheet -> rows(file, Optional.of(sheet), spec), sheets, spec);
    }

    /** The sheet a stream reads: the one of the workbook's sheets that is not among the others. */
    private static String sheetRead(RowStream rows) {
        return rows.sheets().stream().filter(sheet -> !rows.otherSheets().contains(sheet)).findFirst()
                .orElseThrow();
    }

    /**
     * A mapping that names no sheet reads the first. Where other sheets have the same header (a sheet a year,
     * say), reading only the first would load part of the file without a word, so the file is refused with
     * the sheets named.
     */
    private static void refuseOtherSheetsWithTheHeader(Path file, RowStream first, HeaderSpec spec,
                                                       SourceMapping mapping) throws IOException {
        List<String> alike = new ArrayList<>();
        for (String sheet : first.otherSheets()) {
            try (RowStream other = rows(file, Optional.of(sheet), spec)) {
                if (TabularFile.hasHeader(other, spec)) {
                    alike.add(sheet);
                }
            }
        }
        if (!alike.isEmpty()) {
            throw new FileRefusedException(Messages.get("read.sheets.several_with_header", first.description(),
                    Listing.quoted(alike), mapping.file().getFileName()));
        }
    }

    private static RowStream rows(Path file, Optional<String> sheet, HeaderSpec spec) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            requireContent(file, Content.ZIP, extension);
            return new XlsxRowStream(file, sheet);
        }
        if (name.endsWith(".xls")) {
            requireContent(file, Content.OLE2, extension);
            return new XlsRowStream(file, sheet);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
            requireContent(file, Content.TEXT, extension);
            return new CsvRowStream(file, spec);
        }
        throw new FileRefusedException(Messages.get("read.file.unknown_type"));
    }

    /** What a file holds, by its first bytes: an .xlsx is a zip, an .xls an OLE2 compound file, a CSV text. */
    private enum Content {
        ZIP("read.file.content.zip"),
        OLE2("read.file.content.ole2"),
        MARKUP("read.file.content.markup"),
        TEXT("read.file.content.text");

        /** The bundle key of what the file is, and what to do about it. */
        private final String advice;

        Content(String advice) {
            this.advice = advice;
        }

        static Content of(byte[] start, int length) {
            if (length >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4) {
                return ZIP;
            }
            if (length >= 8 && (start[0] & 0xFF) == 0xD0 && (start[1] & 0xFF) == 0xCF && (start[2] & 0xFF) == 0x11
                    && (start[3] & 0xFF) == 0xE0) {
                return OLE2;
            }
            String text = new String(start, 0, length, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "");
            return text.stripLeading().startsWith("<") ? MARKUP : TEXT;
        }
    }

    /**
     * A file whose name says one thing and whose bytes another gets told what it is, instead of the reading
     * library's complaint about header signatures, or a workbook's bytes read as text.
     */
    private static void requireContent(Path file, Content expected, String extension) throws IOException {
        byte[] start = new byte[64];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(start, 0, start.length);
        }
        if (length == 0) {
            throw new FileRefusedException(Messages.get("read.file.zero_bytes"));
        }
        Content content = Content.of(start, length);
        if (content != expected) {
            throw new FileRefusedException(Messages.get("read.file.content_mismatch", extension,
                    Messages.get(content.advice)));
        }
    }
}
