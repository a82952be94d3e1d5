package dk.boligmonitor.pipeline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dk.boligmonitor.format.Messages;

/**
 * What a run did, as the last lines a person or a log reader sees. {@code programmesKept}: programmes whose
 * figures did not change, so their PDFs were left as they were. {@code replacements}: earlier files a file of
 * this run replaced, each with which file and why, since their figures no longer count. {@code rowsSkipped}: rows
 * that give no figure (skipped by the mapping, or of a year the file holds only in part), by reason.
 */
public record RunSummary(int filesLoaded, int filesUnchanged, List<String> refusals, List<String> replacements,
                         long rowsAccepted, long rowsRejected, Map<String, Long> rowsSkipped, List<Path> reports,
                         int programmesKept, Path out, String failure) {

    public int exitCode() {
        if (failure != null) {
            return ExitCodes.INTERNAL;
        }
        return refusals.isEmpty() ? ExitCodes.OK : ExitCodes.REFUSED;
    }

    public void print(PrintStream out) {
        printFiles(out);
        line(out, Messages.get("pipeline.summary.reports", reports.size(), this.out));
        if (failure == null && programmesKept > 0) {
            line(out, Messages.get("pipeline.summary.kept", programmesKept));
        }
        printFailure(out);
    }

    /** For the ingest command, which writes no reports. */
    public void printLoad(PrintStream out) {
        printFiles(out);
        printFailure(out);
    }

    private void printFiles(PrintStream out) {
        out.println();
        out.println(Messages.get("pipeline.summary.heading"));
        line(out, Messages.get("pipeline.summary.files_loaded", filesLoaded, filesUnchanged));
        line(out, Messages.get("pipeline.summary.files_refused", refusals.size()));
        refusals.forEach(r -> out.println("    - " + r));
        if (!replacements.isEmpty()) {
            line(out, Messages.get("pipeline.summary.files_replaced", replacements.size()));
            replacements.forEach(r -> out.println("    - " + r));
        }
        line(out, Messages.get(rowsRejected > 0 ? "pipeline.summary.rows_rejected" : "pipeline.summary.rows",
                rowsAccepted, rowsRejected));
        if (!rowsSkipped.isEmpty()) {
            line(out, Messages.get("pipeline.summary.skipped",
                    rowsSkipped.values().stream().mapToLong(Long::longValue).sum()));
            rowsSkipped.forEach((reason, rows) -> out.printf("    - %d: %s%n", rows, reason));
        }
    }

    private void printFailure(PrintStream out) {
        if (failure != null) {
            line(out, Messages.get("pipeline.summary.failure", failure));
        }
    }

    /** One line of the summary, indented under its heading; the texts align their figures among themselves. */
    private static void line(PrintStream out, String text) {
        out.println("  " + text);
    }
}
