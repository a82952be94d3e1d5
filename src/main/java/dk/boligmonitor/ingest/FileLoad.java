package dk.boligmonitor.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.boligmonitor.config.Estate;
import dk.boligmonitor.config.Indicator;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.SourceMapping;
import dk.boligmonitor.config.Unit;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.ingest.LoadRegistry.RegisteredFile;
import dk.boligmonitor.ingest.read.ControlCharacters;
import dk.boligmonitor.ingest.read.DecimalSign;
import dk.boligmonitor.ingest.read.FileRefusedException;
import dk.boligmonitor.ingest.read.PersonalData;
import dk.boligmonitor.ingest.read.Rejection;
import dk.boligmonitor.ingest.read.SourceRow;
import dk.boligmonitor.ingest.read.TabularFile;
import dk.boligmonitor.ingest.read.TabularFiles;

/**
 * The loading of one registered file, shared by the reader, processor, writer and listener of its step: the
 * open file, the row mapper its header calls for, and the refusal if the file as a whole cannot be used.
 */
public final class FileLoad {

    private static final Logger log = LoggerFactory.getLogger(FileLoad.class);

    private final RegisteredFile file;
    private final MonitorConfig config;
    private SourceMapping mapping;
    private TabularFile table;
    private PersonalData personalData;
    private SourceRowMapper mapper;
    private MappedColumns columns;
    private DecimalSign decimalSign;
    private String refusal;
    private int rowsRead;
    /** The years of the accepted rows, noted as they are mapped: scanning a file's rows again for them costs more. */
    private final BitSet years = new BitSet();
    private final MoveoutCounts moveoutCounts;
    /** Rows the mapping skips or whose figures are not used, by reason: counted, never silently dropped. */
    private final Map<String, Integer> skipped = new TreeMap<>();

    FileLoad(RegisteredFile file, MonitorConfig config) {
        this.file = file;
        this.config = config;
        this.moveoutCounts = new MoveoutCounts(config.firstYear(), config.lastYear());
    }

    public long fileId() {
        return file.id();
    }

    public String fileName() {
        return file.fileName();
    }

    /** The mapping is looked up here, in the step, so that one gone from jobs/sources fails the file's step. */
    void open() {
        mapping = config.sources().stream().filter(m -> m.name().equals(file.source())).findFirst()
                .orElseThrow(() -> new IllegalStateException(Messages.get("ingest.mapping.gone", file.source())));
        Path path = Path.of(file.path());
        try {
            table = TabularFiles.open(path, mapping);
            if (mapping.yearFromSheet()) {
                SheetYear.requireIn(table.sheets());
            }
            personalData = PersonalData.guard(table.header(), mapping, file.fileName());
            columns = MappedColumns.locate(mapping, table.header());
            decimalSign = DecimalSign.of(path, mapping, table, columns.numeric());
            mapper = mapperFor(path, columns);
            log.info(Messages.get("ingest.file.opened", file.fileName(), mapping.name(), table.description(),
                    table.header().rowNo(), decimalSign.describe()));
        } catch (FileRefusedException e) {
            refuse(e.getMessage());
        } catch (IOException e) {
            refuse(Messages.get("ingest.file.unreadable", e.getMessage()));
        }
    }

    private SourceRowMapper mapperFor(Path path, MappedColumns columns) {
        if (mapping.kind() == SourceMapping.Kind.MOVEOUTS) {
            String company = mapping.patternFor(path).orElseThrow().company();
            Set<String> estates = config.estates().map(Estate::code).collect(Collectors.toSet());
            return new MoveoutRowMapper(decimalSign.sign(), mapping.reasons(), columns, company, estates,
                    config.firstYear(), config.lastYear());
        }
        return new IndicatorRowMapper(mapping, decimalSign.sign(), columns, new AreaResolver(config),
                config.indicators(), config.firstYear(), config.lastYear());
    }

    /** The next row, or null at the end or once the file has been refused. */
    SourceRow next() {
        if (refusal != null) {
            return null;
        }
        try {
            SourceRow row = table.next();
            if (row == null) {
                return null;
            }
            rowsRead++;
            return personalData.screen(row);
        } catch (FileRefusedException e) {
            refuse(e.getMessage());
        } catch (IOException e) {
            refuse(Messages.get("ingest.file.unreadable_to_end", e.getMessage()));
        }
        return null;
    }

    MappedRow map(SourceRow row) {
        Rejection unusable = valueBeyondHeader(row);
        if (unusable == null) {
            unusable = unreadableCell(row);
        }
        if (unusable == null) {
            unusable = ControlCharacters.find(row, table.header()).orElse(null);
        }
        MappedRow mapped;
        try {
            mapped = (unusable != null ? MappedRow.rejected(row.rowNo(), List.of(unusable)) : mapper.map(row))
                    .inSheet(row.sheet());
        } catch (FileRefusedException e) {
            // a figure that only fits the other decimal sign: the file's figures cannot all be read one way
            refuse(row.sheet() == null
                    ? Messages.get("ingest.file.decimal_sign", row.rowNo(), e.getMessage(), decimalSign.basis())
                    : Messages.get("ingest.file.decimal_sign_in_sheet", row.sheet(), row.rowNo(), e.getMessage(),
                            decimalSign.basis()));
            return MappedRow.rejected(row.rowNo(), List.of());
        }
        if (mapped.moveout() != null) {
            years.set(mapped.moveout().date().getYear());
            moveoutCounts.add(mapped.moveout());
        }
        mapped.observations().forEach(observation -> years.set(observation.year()));
        if (mapped.skipped() != null) {
            skipped.merge(mapped.skipped(), 1, Integer::sum);
        }
        return mapped;
    }

    /** Once every row is read: what the rows say together can still refuse the file or leave figures unused. */
    void finish() {
        if (mapper == null || refusal != null) {
            return;
        }
        mapper.refusalAtEnd().ifPresent(this::refuse);
        mapper.unusedAtEnd().forEach((reason, rows) -> skipped.merge(reason, rows, Integer::sum));
    }

    Map<String, Integer> skipped() {
        return skipped;
    }

    /** The open file, or null when it was refused before its header was found. */
    TabularFile table() {
        return table;
    }

    /** Where the mapped columns sit, or null when the file was refused before they were located. */
    MappedColumns columns() {
        return columns;
    }

    /** The decimal sign decided for the file, or null when it was refused before that. */
    DecimalSign decimalSign() {
        return decimalSign;
    }

    /**
     * In a CSV file, a value to the right of the header's last column means the row's values are shifted by a
     * delimiter inside an unquoted value: in a comma-separated file "5,8" reads as 5 and 8. Read as it is, the
     * row would give a wrong figure without a word, so it is rejected. (In a sheet, cells cannot shift; a value
     * there is a note beside the table.)
     */
    private Rejection valueBeyondHeader(SourceRow row) {
        if (!table.isDelimitedText()) {
            return null;
        }
        int width = table.header().names().size();
        for (int i = width; i < row.cells().size(); i++) {
            if (!row.cell(i).isBlank()) {
                return new Rejection(row.rowNo(), Messages.get("ingest.column.numbered", i + 1), row.cell(i),
                        Messages.get("ingest.row.beyond_header", width));
            }
        }
        return null;
    }

    /** A mapped cell the workbook holds without a value to trust (a formula never calculated) rejects its row. */
    private Rejection unreadableCell(SourceRow row) {
        for (var cell : row.unreadable().entrySet()) {
            if (columns.isMapped(cell.getKey())) {
                return new Rejection(row.rowNo(), columns.name(cell.getKey()), "", cell.getValue());
            }
        }
        return null;
    }

    void refuse(String reason) {
        if (refusal == null) {
            refusal = reason;
        }
    }

    String refusal() {
        return refusal;
    }

    List<Integer> years() {
        return years.stream().boxed().toList();
    }

    List<MoveoutCounts.Count> moveoutCounts() {
        return moveoutCounts.counts();
    }

    int rowsRead() {
        return rowsRead;
    }

    /** For the progress line: the sheet being read where the file is several sheets, else null. */
    String sheet() {
        return table == null ? null : table.sheet();
    }

    /** For the progress line: how much of the file is read, 0 to 1, or NaN when not known (.xls). */
    double shareRead() {
        return table == null ? Double.NaN : table.shareRead();
    }

    void close() {
        if (table != null) {
            try {
                table.close();
            } catch (IOException e) {
                log.warn(Messages.get("ingest.file.close_failed", file.fileName(), e.getMessage()));
            }
        }
    }
}
