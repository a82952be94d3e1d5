package dk.boligmonitor.pipeline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
        out.printf("  Rapporter:        %d PDF'er i %s%n", reports.size(), this.out);
        if (failure == null && programmesKept > 0) {
            out.printf("  Uændrede tal:     %d af programmerne; deres PDF'er er beholdt%n", programmesKept);
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
        out.println("Oversigt");
        out.printf("  Filer indlæst:    %d (%d uændrede sprunget over)%n", filesLoaded, filesUnchanged);
        out.printf("  Filer afvist:     %d%n", refusals.size());
        refusals.forEach(r -> out.println("    - " + r));
        if (!replacements.isEmpty()) {
            out.printf("  Filer erstattet:  %d (deres tal tæller ikke længere)%n", replacements.size());
            replacements.forEach(r -> out.println("    - " + r));
        }
        out.printf("  Rækker:           %d godkendt, %d afvist%s%n", rowsAccepted, rowsRejected,
                rowsRejected > 0 ? " (se kommandoen rejects)" : "");
        if (!rowsSkipped.isEmpty()) {
            out.printf("  Sprunget over:    %d rækker uden tal til lageret%n",
                    rowsSkipped.values().stream().mapToLong(Long::longValue).sum());
            rowsSkipped.forEach((reason, rows) -> out.printf("    - %d: %s%n", rows, reason));
        }
    }

    private void printFailure(PrintStream out) {
        if (failure != null) {
            out.println("  FEJL:             " + failure);
        }
    }
}
