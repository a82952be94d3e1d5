package dk.boligmonitor.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.SourceMapping;
import dk.boligmonitor.config.SourceMapping.Role;
import dk.boligmonitor.config.SourceMapping.Target;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.ingest.LoadRegistry.RegisteredFile;
import dk.boligmonitor.ingest.read.FileRefusedException;
import dk.boligmonitor.ingest.read.HeaderRow;
import dk.boligmonitor.ingest.read.MissingColumnsException;
import dk.boligmonitor.ingest.read.Rejection;
import dk.boligmonitor.ingest.read.SourceRow;
import dk.boligmonitor.ingest.read.TabularFile;
import dk.boligmonitor.ingest.read.TabularFiles;

/**
 * A load of one file through one mapping that stores nothing and needs no database: the same {@link FileLoad}
 * reads, screens and maps every row as a load would, and the file is judged by the same rule as
 * {@link FileLoadListener} judges it, so a data officer sees before the first run what the run would keep,
 * reject and refuse. What only the database can refuse (a row it will not take) is beyond it.
 */
public final class FilePreview {

    /** How the file was read: "UTF-8, ';'"-like description, header row, decimal sign, each column's use. */
    public record Reading(String table, int headerRow, String decimalSign, List<ColumnUse> columns) {
    }

    /** A column's header, what the load reads it as, and for a measure column which measure feeds what. */
    public record ColumnUse(String header, String use, List<String> details) {
    }

    /** The rejections of one reason in one column, with the first row that had it. */
    public record Rejections(String column, String reason, int count, Rejection first) {
    }

    /**
     * What a load would make of the file: {@code reading} is null when the file was refused before its header was
     * found; {@code refusal} null when the file would load.
     */
    public record Outcome(SourceMapping mapping, Reading reading, List<MappedRow> firstRows, int rowsRead,
                          int rejectedRows, List<Rejections> rejections, Map<String, Integer> skipped,
                          String refusal) {

        public boolean refused() {
            return refusal != null;
        }
    }

    /** How near a file comes to a mapping not named for it: the columns its header lacks, or why it cannot be read. */
    public record HeaderFit(SourceMapping mapping, List<String> missing, String problem) {

        public boolean fits() {
            return problem == null;
        }
    }

    private FilePreview() {
    }

    /** The mappings that take the file by its name, as the registration of an inbox matches them. */
    public static List<SourceMapping> mappingsFor(MonitorConfig config, Path file) {
        return FileRegistrar.mappingsFor(config, file);
    }

    /** Reads the whole file through the mapping as a load would, keeping the first {@code firstRows} rows mapped. */
    public static Outcome of(Path file, SourceMapping mapping, MonitorConfig config, int firstRows,
                             double maxRejectedPercent) {
        FileLoad load = new FileLoad(new RegisteredFile(0, mapping.name(), file.getFileName().toString(),
                file.toString(), null, null, null), config);
        List<MappedRow> first = new ArrayList<>();
        Map<List<String>, Rejections> rejections = new LinkedHashMap<>();
        int rejectedRows = 0;
        try {
            load.open();
            for (SourceRow row = load.next(); row != null; row = load.next()) {
                MappedRow mapped = load.map(row);
                if (first.size() < firstRows) {
                    first.add(mapped);
                }
                if (mapped.isRejected()) {
                    rejectedRows++;
                }
                mapped.rejections().forEach(r -> rejections.merge(List.of(String.valueOf(r.column()), r.reason()),
                        new Rejections(r.column(), r.reason(), 1, r),
                        (earlier, again) -> new Rejections(earlier.column(), earlier.reason(), earlier.count() + 1,
                                earlier.first())));
            }
            load.finish();
        } finally {
            load.close();
        }
        List<Rejections> byCount = rejections.values().stream()
                .sorted(Comparator.comparingInt(Rejections::count).reversed()
                        .thenComparingInt(r -> r.first().rowNo()))
                .toList();
        Optional<String> mostCommon = byCount.stream().findFirst().map(r -> LoadRegistry.describeRejections(
                r.count(), r.first().rowNo(), r.column(), r.reason()));
        String refusal = FileLoadListener.refusal(load.refusal(), load.rowsRead(), rejectedRows, () -> mostCommon,
                maxRejectedPercent);
        return new Outcome(mapping, reading(load, mapping), first, load.rowsRead(), rejectedRows, byCount,
                Map.copyOf(load.skipped()), refusal);
    }

    /** Whether the file's header has the mapping's columns, and which it lacks. */
    public static HeaderFit headerFit(Path file, SourceMapping mapping) {
        try (TabularFile table = TabularFiles.open(file, mapping)) {
            return new HeaderFit(mapping, List.of(), null);
        } catch (MissingColumnsException e) {
            return new HeaderFit(mapping, e.missing(), e.getMessage());
        } catch (FileRefusedException | IOException e) {
            return new HeaderFit(mapping, null, e.getMessage());
        }
    }

    private static Reading reading(FileLoad load, SourceMapping mapping) {
        if (load.table() == null) {
            return null;
        }
        HeaderRow header = load.table().header();
        List<ColumnUse> uses = new ArrayList<>();
        for (int i = 0; i < header.names().size(); i++) {
            String use = use(i, header, load.columns(), mapping);
            List<String> details = use.equals(Role.MEASURE.key()) ? mapping.measures().entrySet().stream()
                    .map(m -> m.getKey() + " → " + targets(m.getValue())).toList() : List.of();
            uses.add(new ColumnUse(header.names().get(i), use, details));
        }
        return new Reading(load.table().description(), header.rowNo(),
                load.decimalSign() == null ? null : load.decimalSign().describe(), uses);
    }

    /** What the load reads from one column, in the mapping's own words. */
    private static String use(int column, HeaderRow header, MappedColumns columns, SourceMapping mapping) {
        if (mapping.dropColumns().stream().anyMatch(name -> header.positions(List.of(name)).contains(column))) {
            return Messages.get("ingest.preview.dropped");
        }
        if (columns == null) {
            return "–";
        }
        for (var role : columns.roles().entrySet()) {
            if (role.getValue() == column) {
                return role.getKey().key();
            }
        }
        for (var value : columns.values().entrySet()) {
            if (value.getValue() == column) {
                return Messages.get("ingest.preview.value", targets(mapping.values().get(value.getKey())));
            }
        }
        if (columns.periods().containsKey(column)) {
            return Messages.get("ingest.preview.period", columns.periods().get(column).label(),
                    targets(mapping.periodValues()));
        }
        return mapping.selection().keepRows().entrySet().stream()
                .filter(keep -> header.positions(List.of(keep.getKey())).contains(column))
                .map(keep -> Messages.get("ingest.preview.keep_rows", String.join(", ", keep.getValue())))
                .findFirst().orElse(Messages.get("ingest.preview.unused"));
    }

    /** "afgoerelser.numerator", or what the row's measure column decides. */
    private static String targets(List<Target> targets) {
        return targets.stream().map(t -> t.indicator() == null && t.part() == null
                ? Messages.get("ingest.preview.by_measure")
                : (t.indicator() == null ? Messages.get("ingest.preview.indicator_by_measure") : t.indicator()) + "."
                        + t.part().key())
                .collect(Collectors.joining(", "));
    }
}
