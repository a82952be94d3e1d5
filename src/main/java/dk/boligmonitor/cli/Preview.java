package dk.boligmonitor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.env.ConfigurableEnvironment;

import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.SourceMapping;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.format.TextTable;
import dk.boligmonitor.ingest.FilePreview;
import dk.boligmonitor.ingest.FilePreview.HeaderFit;
import dk.boligmonitor.ingest.FilePreview.Outcome;
import dk.boligmonitor.ingest.MappedRow;
import dk.boligmonitor.ingest.Moveout;
import dk.boligmonitor.ingest.Observation;
import dk.boligmonitor.pipeline.ExitCodes;

/**
 * The preview command: what a load would make of one file, without the database. Spring is not started, so no
 * connection is opened and no migration runs; the settings a load is judged by (the share of rejected rows that
 * refuses a file) and the logging are read from the same properties and command line as the application's.
 */
final class Preview {

    static final int DEFAULT_ROWS = 10;
    private static final String MAX_REJECTED = "boligmonitor.ingest.max-rejected-percent";
    /** The candidates shown for a file no mapping takes. */
    private static final int CANDIDATES = 5;

    private final MonitorConfig config;
    private final PrintStream out;

    Preview(MonitorConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    /** Exit 0 when every mapping that takes the file would load it, 1 when one would refuse it or none takes it. */
    int show(Path file, int rows, List<String> springArguments) throws IOException {
        // the preview prints what the load's INFO lines say; its warnings (a dropped column) still show
        ConfigurableEnvironment environment = Logging.start(springArguments,
                Map.of("logging.level.dk.boligmonitor.ingest", "WARN"));
        double maxRejected = environment.getRequiredProperty(MAX_REJECTED, Double.class);
        out.println(Messages.get("cli.preview.file", file.getFileName()));
        List<SourceMapping> mappings = FilePreview.mappingsFor(config, file);
        if (mappings.isEmpty()) {
            nearest(file, maxRejected);
            return ExitCodes.REFUSED;
        }
        int exit = ExitCodes.OK;
        for (SourceMapping mapping : mappings) {
            Outcome outcome = FilePreview.of(file, mapping, config, rows, maxRejected);
            print(file, outcome, rows);
            if (outcome.refused()) {
                exit = ExitCodes.REFUSED;
            }
        }
        return exit;
    }

    private void print(Path file, Outcome outcome, int rows) {
        SourceMapping mapping = outcome.mapping();
        out.println();
        out.println(Messages.get("cli.preview.mapping", mapping.name(), config.directory().relativize(mapping.file()),
                mapping.description()));
        out.println(Messages.get("cli.preview.pattern", mapping.patternFor(file).orElseThrow().glob()));
        FilePreview.Reading reading = outcome.reading();
        if (reading != null) {
            out.println(Messages.get("cli.preview.read_as", reading.table()));
            out.println(Messages.get("cli.preview.header_row", reading.headerRow()));
            out.println(Messages.get("cli.preview.numbers", reading.decimalSign() == null
                    ? Messages.get("cli.preview.numbers_undecided") : reading.decimalSign()));
            out.println();
            out.println(Messages.get("cli.preview.columns"));
            TextTable columns = new TextTable(Messages.get("cli.preview.columns.headings").split("\\|"));
            for (int i = 0; i < reading.columns().size(); i++) {
                FilePreview.ColumnUse column = reading.columns().get(i);
                columns.add(i + 1, column.header(), column.use());
                column.details().forEach(detail -> columns.add(null, "", "  " + detail));
            }
            columns.print(out);
            out.println();
            if (!outcome.firstRows().isEmpty()) {
                out.println(Messages.get("cli.preview.first_rows", rows));
                firstRows(mapping, outcome.firstRows()).print(out);
            }
        }
        out.println();
        int rejected = outcome.rejectedRows();
        int skipped = outcome.skipped().values().stream().mapToInt(Integer::intValue).sum();
        out.println(Messages.get("cli.preview.whole_file", outcome.rowsRead(), outcome.rowsRead() - rejected - skipped,
                rejected, skipped));
        if (!outcome.rejections().isEmpty()) {
            out.println();
            out.println(Messages.get("cli.preview.rejections"));
            TextTable table = new TextTable(Messages.get("cli.preview.rejections.headings").split("\\|"));
            outcome.rejections().forEach(r -> table.add(r.count(), r.column(), r.reason(), r.first().rowNo(),
                    r.first().value()));
            table.print(out);
        }
        if (!outcome.skipped().isEmpty()) {
            out.println();
            out.println(Messages.get("cli.preview.skipped"));
            TextTable table = new TextTable(Messages.get("cli.preview.skipped.headings").split("\\|"));
            outcome.skipped().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(s -> table.add(s.getValue(), s.getKey()));
            table.print(out);
        }
        out.println();
        out.println(outcome.refused() ? Messages.get("cli.preview.result_refused", outcome.refusal())
                : Messages.get("cli.preview.result_loaded"));
    }

    /** The first rows as the load would store them: each figure of an indicator row, or the move-out. */
    private static TextTable firstRows(SourceMapping mapping, List<MappedRow> rows) {
        if (mapping.kind() == SourceMapping.Kind.MOVEOUTS) {
            TextTable table = new TextTable(Messages.get("cli.preview.moveouts.headings").split("\\|"));
            for (MappedRow row : rows) {
                Moveout m = row.moveout();
                if (m == null) {
                    table.add(row.rowNo(), "", "", "", "", "", "", remark(row));
                } else {
                    table.add(row.rowNo(), m.estateCode(), m.tenancy(), m.date(), m.reason(), m.vacancyDays(),
                            plain(m.loss()), "");
                }
            }
            return table;
        }
        TextTable table = new TextTable(Messages.get("cli.preview.observations.headings").split("\\|"));
        for (MappedRow row : rows) {
            if (row.observations().isEmpty()) {
                table.add(row.rowNo(), "", "", "", "", "", remark(row));
            }
            for (Observation o : row.observations()) {
                table.add(row.rowNo(), o.areaCode(), o.period() == null ? o.year() : o.period(), o.indicator(),
                        o.part().key(),
                        switch (o.state()) {
                            case VALUE -> plain(o.amount());
                            case MISSING -> Messages.get("cli.preview.value_missing");
                            case SUPPRESSED -> Messages.get("cli.preview.value_suppressed");
                        }, "");
            }
        }
        return table;
    }

    private static String remark(MappedRow row) {
        if (row.skipped() != null) {
            return Messages.get("cli.preview.remark.skipped", row.skipped());
        }
        if (!row.isRejected()) {
            return Messages.get("cli.preview.remark.no_years");
        }
        return Messages.get("cli.preview.remark.rejected", row.rejections().stream()
                .map(r -> (r.column() == null ? "" : r.column() + ": ") + r.reason())
                .collect(Collectors.joining("; ")));
    }

    /** The amount as stored, with a decimal comma. */
    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString().replace('.', ',');
    }

    /**
     * No pattern takes the file: the mappings nearest to it, by header first (and where the header fits, by what a
     * load through the mapping would keep), then by name, and what each lacks.
     */
    private void nearest(Path file, double maxRejected) {
        String name = file.getFileName().toString();
        out.println();
        out.println(Messages.get("cli.preview.no_mapping", config.directory().resolve("sources"), name));
        List<Candidate> candidates = config.sources().stream()
                .map(mapping -> Candidate.of(file, mapping, config, maxRejected))
                .sorted(Comparator.comparingInt(Candidate::missing)
                        .thenComparingInt(Candidate::rejectedRows)
                        .thenComparing(Comparator.comparingInt(Candidate::sharedWords).reversed())
                        .thenComparingInt(Candidate::distance)
                        .thenComparing(c -> c.fit().mapping().name()))
                .limit(CANDIDATES)
                .toList();
        out.println();
        out.println(Messages.get("cli.preview.nearest"));
        TextTable table = new TextTable(Messages.get("cli.preview.nearest.headings").split("\\|"));
        candidates.forEach(c -> table.add(c.fit().mapping().name(), c.pattern(), c.sharedWords(),
                headerText(c.fit()), c.trial() == null ? "" : trialText(c.trial())));
        table.print(out);
        Candidate best = candidates.get(0);
        out.println();
        Path bestFile = config.directory().relativize(best.fit().mapping().file());
        out.println(best.trial() == null
                ? Messages.get("cli.preview.best", best.fit().mapping().name(), bestFile, headerText(best.fit()))
                : Messages.get("cli.preview.best_with_trial", best.fit().mapping().name(), bestFile,
                        headerText(best.fit()), trialText(best.trial())));
        out.println("  " + Messages.get("cli.preview.rename", best.pattern()));
        if (!best.fit().fits()) {
            out.println("  " + best.fit().problem());
        }
    }

    /**
     * A mapping the file might be meant for: its pattern nearest the name, its header fit, and, for an indicator
     * mapping the header fits, a trial load.
     */
    private record Candidate(HeaderFit fit, String pattern, int sharedWords, int distance, Outcome trial) {

        static Candidate of(Path file, SourceMapping mapping, MonitorConfig config, double maxRejected) {
            String name = file.getFileName().toString();
            String pattern = mapping.files().stream().map(SourceMapping.FilePattern::glob)
                    .max(Comparator.comparingInt((String glob) -> PatternDistance.sharedWords(glob, name))
                            .thenComparing(Comparator.comparingInt(
                                    (String glob) -> PatternDistance.between(glob, name)).reversed()))
                    .orElseThrow();
            HeaderFit fit = FilePreview.headerFit(file, mapping);
            return new Candidate(fit, pattern, PatternDistance.sharedWords(pattern, name),
                    PatternDistance.between(pattern, name),
                    // a move-out list's afdeling numbers belong to the company its pattern names: none for this name
                    fit.fits() && mapping.kind() == SourceMapping.Kind.INDICATORS
                            ? FilePreview.of(file, mapping, config, 0, maxRejected) : null);
        }

        int missing() {
            return fit.missing() == null ? Integer.MAX_VALUE : fit.missing().size();
        }

        /** Refused trials after loading ones, and among each the fewer rejected rows first. */
        int rejectedRows() {
            return trial == null ? 0 : (trial.refused() ? trial.rowsRead() + 1 : 0) + trial.rejectedRows();
        }
    }

    private static String trialText(Outcome trial) {
        return Messages.get(trial.refused() ? "cli.preview.trial_refused" : "cli.preview.trial_loaded",
                trial.rejectedRows(), trial.rowsRead());
    }

    private static String headerText(HeaderFit fit) {
        if (fit.fits()) {
            return Messages.get("cli.preview.header_fits");
        }
        return fit.missing() == null ? Messages.get("cli.preview.header_unreadable")
                : Messages.get("cli.preview.header_missing", String.join(", ", fit.missing()));
    }
}
