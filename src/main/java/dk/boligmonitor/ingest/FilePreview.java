package dk.boligmonitor.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

        /** The rows no rejection and no skipping left out. */
        public int acceptedRows() {
            return rowsRead - rejectedRows - skippedRows();
        }

        public int skippedRows() {
            return skipped.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** The first rows as the load would store them: each figure of an indicator row, or the move-out. */
        public RowTable storedRows() {
            return mapping.kind() == SourceMapping.Kind.MOVEOUTS ? moveoutLines(firstRows) : observationLines(firstRows);
        }
    }

    /** How near a file comes to a mapping not named for it: the columns its header lacks, or why it cannot be read. */
    public record HeaderFit(SourceMapping mapping, List<String> missing, String problem) {

        public boolean fits() {
            return problem == null;
        }

        /** In Danish: the header has the mapping's columns, lacks some (named), or cannot be read with it. */
        public String describe() {
            if (fits()) {
                return Messages.get("ingest.preview.header_fits");
            }
            return missing == null ? Messages.get("ingest.preview.header_unreadable")
                    : Messages.get("ingest.preview.header_missing", String.join(", ", missing));
        }
    }

    /**
     * A mapping the file might be meant for: its pattern nearest the name, its header fit, and, for an indicator
     * mapping the header fits, a trial load (null otherwise).
     */
    public record Candidate(HeaderFit fit, String pattern, int sharedWords, int distance, Outcome trial) {

        static Candidate of(Path file, SourceMapping mapping, MonitorConfig config, double maxRejected) {
            String name = file.getFileName().toString();
            String pattern = mapping.files().stream().map(SourceMapping.FilePattern::glob)
                    .max(Comparator.comparingInt((String glob) -> PatternDistance.sharedWords(glob, name))
                            .thenComparing(Comparator.comparingInt(
                                    (String glob) -> PatternDistance.between(glob, name)).reversed()))
                    .orElseThrow();
            HeaderFit fit = headerFit(file, mapping);
            return new Candidate(fit, pattern, PatternDistance.sharedWords(pattern, name),
                    PatternDistance.between(pattern, name),
                    // a move-out list's afdeling numbers belong to the company its pattern names: none for this name
                    fit.fits() && mapping.kind() == SourceMapping.Kind.INDICATORS
                            ? FilePreview.of(file, mapping, config, 0, maxRejected) : null);
        }

        /** What the trial load would do, in Danish; empty where there was none. */
        public String trialText() {
            return trial == null ? "" : Messages.get(trial.refused() ? "ingest.preview.trial_refused"
                    : "ingest.preview.trial_loaded", trial.rejectedRows(), trial.rowsRead());
        }

        private int missing() {
            return fit.missing() == null ? Integer.MAX_VALUE : fit.missing().size();
        }

        /** Refused trials after loading ones, and among each the fewer rejected rows first. */
        private int rejectedRows() {
            return trial == null ? 0 : (trial.refused() ? trial.rowsRead() + 1 : 0) + trial.rejectedRows();
        }
    }

    /**
     * What a preview finds in one file: what each mapping that takes it by its name would make of it, or, when
     * none does, the mappings nearest to it, nearest first.
     */
    public record Findings(List<Outcome> outcomes, List<Candidate> nearest) {

        /** Whether a load would refuse the file: no mapping takes it, or one that does would refuse it. */
        public boolean refused() {
            return outcomes.isEmpty() || outcomes.stream().anyMatch(Outcome::refused);
        }
    }

    /** The first rows as the load would store them: headings, and a line of cells each. */
    public record RowTable(List<String> headings, List<List<Object>> lines) {

        /** Whether the column holds numbers, which a table sets to the right. */
        public boolean numeric(int column) {
            return lines.stream().anyMatch(line -> line.get(column) instanceof Number);
        }
    }

    /** The candidates shown for a file no mapping takes. */
    private static final int CANDIDATES = 5;

    private FilePreview() {
    }

    /**
     * What a load would make of the file through every mapping that takes it, each read whole, keeping the first
     * {@code firstRows} rows mapped; or the mappings nearest to it when none takes it.
     */
    public static Findings of(Path file, MonitorConfig config, int firstRows, double maxRejectedPercent) {
        List<SourceMapping> mappings = mappingsFor(config, file);
        if (mappings.isEmpty()) {
            return new Findings(List.of(), nearest(file, config, maxRejectedPercent));
        }
        return new Findings(mappings.stream().map(mapping -> of(file, mapping, config, firstRows, maxRejectedPercent))
                .toList(), List.of());
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

    /**
     * No pattern takes the file: the mappings nearest to it, by header first (and where the header fits, by what a
     * load through the mapping would keep), then by name.
     */
    private static List<Candidate> nearest(Path file, MonitorConfig config, double maxRejected) {
        return config.sources().stream()
                .map(mapping -> Candidate.of(file, mapping, config, maxRejected))
                .sorted(Comparator.comparingInt(Candidate::missing)
                        .thenComparingInt(Candidate::rejectedRows)
                        .thenComparing(Comparator.comparingInt(Candidate::sharedWords).reversed())
                        .thenComparingInt(Candidate::distance)
                        .thenComparing(c -> c.fit().mapping().name()))
                .limit(CANDIDATES)
                .toList();
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

    private static RowTable moveoutLines(List<MappedRow> rows) {
        List<List<Object>> lines = new ArrayList<>();
        for (MappedRow row : rows) {
            Moveout m = row.moveout();
            lines.add(m == null ? Arrays.asList(row.rowNo(), "", "", "", "", "", "", remark(row))
                    : Arrays.asList(row.rowNo(), m.estateCode(), m.tenancy(), m.date(), m.reason(), m.vacancyDays(),
                            plain(m.loss()), ""));
        }
        return new RowTable(headings("ingest.preview.moveouts.headings"), lines);
    }

    private static RowTable observationLines(List<MappedRow> rows) {
        List<List<Object>> lines = new ArrayList<>();
        for (MappedRow row : rows) {
            if (row.observations().isEmpty()) {
                lines.add(Arrays.asList(row.rowNo(), "", "", "", "", "", remark(row)));
            }
            for (Observation o : row.observations()) {
                lines.add(Arrays.asList(row.rowNo(), o.areaCode(), o.period() == null ? o.year() : o.period(),
                        o.indicator(), o.part().key(),
                        switch (o.state()) {
                            case VALUE -> plain(o.amount());
                            case MISSING -> Messages.get("ingest.preview.value_missing");
                            case SUPPRESSED -> Messages.get("ingest.preview.value_suppressed");
                        }, ""));
            }
        }
        return new RowTable(headings("ingest.preview.observations.headings"), lines);
    }

    private static List<String> headings(String key) {
        return List.of(Messages.get(key).split("\\|"));
    }

    private static String remark(MappedRow row) {
        if (row.skipped() != null) {
            return Messages.get("ingest.preview.remark.skipped", row.skipped());
        }
        if (!row.isRejected()) {
            return Messages.get("ingest.preview.remark.no_years");
        }
        return Messages.get("ingest.preview.remark.rejected", row.rejections().stream()
                .map(r -> (r.column() == null ? "" : r.column() + ": ") + r.reason())
                .collect(Collectors.joining("; ")));
    }

    /** The amount as stored, with a decimal comma. */
    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString().replace('.', ',');
    }
}
