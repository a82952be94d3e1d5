package dk.boligmonitor.console;

import java.util.ArrayList;
import java.util.List;

import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.pipeline.RunSummary;

/**
 * A run's summary as the runs page shows it: the figures the command line prints after a run, as rows of a table
 * in Danish style. The lists (refused and replaced files, rows without figures by reason) the page shows under it.
 */
final class SummaryTable {

    record Row(String label, String value) {
    }

    private SummaryTable() {
    }

    /** {@code reports}: whether the run went on to write reports, as an ingest does not. */
    static List<Row> of(RunSummary summary, boolean reports) {
        List<Row> rows = new ArrayList<>();
        rows.add(row("console.runs.summary.files_loaded", summary.filesLoaded()));
        rows.add(row("console.runs.summary.files_unchanged", summary.filesUnchanged()));
        rows.add(row("console.runs.summary.files_refused", summary.refusals().size()));
        rows.add(row("console.runs.summary.files_replaced", summary.replacements().size()));
        rows.add(row("console.runs.summary.rows_accepted", summary.rowsAccepted()));
        rows.add(row("console.runs.summary.rows_rejected", summary.rowsRejected()));
        rows.add(row("console.runs.summary.rows_skipped",
                summary.rowsSkipped().values().stream().mapToLong(Long::longValue).sum()));
        if (reports) {
            rows.add(row("console.runs.summary.reports", summary.reports().size()));
            rows.add(row("console.runs.summary.programmes_kept", summary.programmesKept()));
        }
        return rows;
    }

    private static Row row(String key, long figure) {
        return new Row(Messages.get(key), DanishFormat.number(figure, 0));
    }
}
