package dk.boligmonitor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.core.env.ConfigurableEnvironment;

import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.SourceMapping;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.format.TextTable;
import dk.boligmonitor.ingest.FilePreview;
import dk.boligmonitor.ingest.FilePreview.Candidate;
import dk.boligmonitor.ingest.FilePreview.Findings;
import dk.boligmonitor.ingest.FilePreview.Outcome;
import dk.boligmonitor.ingest.FilePreview.RowTable;
import dk.boligmonitor.pipeline.ExitCodes;

/**
 * The preview command: what a load would make of one file, without the database. Spring is not started, so no
 * connection is opened and no migration runs; the settings a load is judged by (the share of rejected rows that
 * refuses a file) and the logging are read from the same properties and command line as the application's.
 */
final class Preview {

    static final int DEFAULT_ROWS = 10;
    private static final String MAX_REJECTED = "boligmonitor.ingest.max-rejected-percent";

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
        Findings findings = FilePreview.of(file, config, rows, maxRejected);
        if (findings.outcomes().isEmpty()) {
            nearest(file, findings.nearest());
        }
        findings.outcomes().forEach(outcome -> print(file, outcome, rows));
        return findings.refused() ? ExitCodes.REFUSED : ExitCodes.OK;
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
                RowTable stored = outcome.storedRows();
                TextTable table = new TextTable(stored.headings().toArray(String[]::new));
                stored.lines().forEach(line -> table.add(line.toArray()));
                table.print(out);
            }
        }
        out.println();
        out.println(Messages.get("cli.preview.whole_file", outcome.rowsRead(), outcome.acceptedRows(),
                outcome.rejectedRows(), outcome.skippedRows()));
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

    /** No pattern takes the file: the mappings nearest to it, and what the nearest lacks. */
    private void nearest(Path file, List<Candidate> candidates) {
        out.println();
        out.println(Messages.get("cli.preview.no_mapping", config.directory().resolve("sources"),
                file.getFileName()));
        out.println();
        out.println(Messages.get("cli.preview.nearest"));
        TextTable table = new TextTable(Messages.get("cli.preview.nearest.headings").split("\\|"));
        candidates.forEach(c -> table.add(c.fit().mapping().name(), c.pattern(), c.sharedWords(),
                c.fit().describe(), c.trialText()));
        table.print(out);
        Candidate best = candidates.get(0);
        out.println();
        Path bestFile = config.directory().relativize(best.fit().mapping().file());
        out.println(best.trial() == null
                ? Messages.get("cli.preview.best", best.fit().mapping().name(), bestFile, best.fit().describe())
                : Messages.get("cli.preview.best_with_trial", best.fit().mapping().name(), bestFile,
                        best.fit().describe(), best.trialText()));
        out.println("  " + Messages.get("cli.preview.rename", best.pattern()));
        if (!best.fit().fits()) {
            out.println("  " + best.fit().problem());
        }
    }
}
