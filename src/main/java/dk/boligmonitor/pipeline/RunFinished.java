package dk.boligmonitor.pipeline;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * A run of jobs/schedule.yml has ended, published by the {@link Scheduler} as an application event, so a wing
 * above the pipeline (delivery) can act on it without the scheduler knowing of it. Runs started from the
 * terminal or the console publish none. {@code summary} is null when the run stopped with an exception, and
 * {@code error} then says why; {@code started} is before anything of the run was stamped, so the files it loaded
 * are those loaded since. {@code out} is where a {@code run} wrote its PDFs.
 */
public record RunFinished(String name, String command, LocalDateTime started, Path out, RunSummary summary,
                          String error) {

    /** Whether it was the whole pipeline, which writes the reports, rather than an ingest. */
    public boolean wroteReports() {
        return !command.equals("ingest") && summary != null;
    }
}
