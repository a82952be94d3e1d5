package dk.boligmonitor.console;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import dk.boligmonitor.console.AuditLog.Action;
import dk.boligmonitor.console.AuditLog.Outcome;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.pipeline.ExitCodes;
import dk.boligmonitor.pipeline.PipelineRunner;
import dk.boligmonitor.pipeline.Rerun;
import dk.boligmonitor.pipeline.RunLock;
import dk.boligmonitor.pipeline.RunSummary;

/**
 * Runs started in the browser: the command line's run, ingest and rerun on the console's inbox and output folder,
 * on a thread of their own so the page that starts one returns at once and can show its progress. One at a time:
 * the console refuses a second start while its run goes on, and the run lock refuses a start while a terminal or
 * the schedule runs. Every start is audited; a run that then fails or is refused is audited again when it ends.
 */
@Component
class ConsoleRuns implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ConsoleRuns.class);

    enum Kind { RUN, INGEST, RERUN }

    /** What the data officer asked for; a source and a year for a rerun only. */
    record Request(Kind kind, String source, Integer year) {

        static Request of(Kind kind) {
            return new Request(kind, null, null);
        }

        static Request rerun(String source, int year) {
            return new Request(Kind.RERUN, source, year);
        }

        /** The kind of run an execution belonged to, told by the parameters the pipeline gave its jobs. */
        static Request like(JobParameters parameters) {
            String source = parameters.getString(PipelineRunner.SOURCE);
            if (source != null) {
                return rerun(source, parameters.getLong(PipelineRunner.YEAR).intValue());
            }
            return of(parameters.getString(PipelineRunner.OUT) == null ? Kind.INGEST : Kind.RUN);
        }

        /** The run as the command line would start it, for the audit log. */
        public String command() {
            return switch (kind) {
                case RUN -> "run";
                case INGEST -> "ingest";
                case RERUN -> "rerun --source " + source + " --year " + year;
            };
        }
    }

    record Started(Request request, String username, LocalDateTime at) {
    }

    /**
     * How a run ended: its summary for a run or an ingest, what it printed (a rerun's output, as the command line
     * shows it), or why it was refused or failed.
     */
    record Finished(Started run, LocalDateTime at, Outcome outcome, RunSummary summary, String output,
                    String message) {
    }

    /** A start the console turns away; the message is for the user. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final PipelineRunner pipeline;
    private final Rerun rerun;
    private final RunLock lock;
    private final AuditLog audit;
    private final ConsoleApplication.Folders folders;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
        Thread runner = new Thread(work, "konsol-koersel");
        runner.setDaemon(true);
        return runner;
    });
    private Started current;
    private Finished last;

    ConsoleRuns(PipelineRunner pipeline, Rerun rerun, RunLock lock, AuditLog audit,
                ConsoleApplication.Folders folders) {
        this.pipeline = pipeline;
        this.rerun = rerun;
        this.lock = lock;
        this.audit = audit;
        this.folders = folders;
    }

    /**
     * Starts the run for the signed-in user, or refuses with a message for them: while the console's own run goes
     * on, or while another holds the run lock. {@code restart} marks a start of the same kind as a failed run.
     */
    synchronized void start(Request request, boolean restart) throws Exception {
        String target = restart ? Messages.get("console.runs.audit.restart", request.command()) : request.command();
        try {
            if (current != null) {
                throw new Refused(Messages.get("console.runs.busy", current.username(),
                        current.at().toLocalTime().toString()));
            }
            lock.check();
        } catch (Refused | RunLock.Refused e) {
            audit.record(Action.RUN, target, Outcome.REFUSED);
            throw e;
        }
        Started run = new Started(request, SecurityContextHolder.getContext().getAuthentication().getName(),
                LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        current = run;
        audit.record(Action.RUN, target, Outcome.OK);
        thread.execute(() -> finished(execute(run), target));
    }

    synchronized Optional<Started> current() {
        return Optional.ofNullable(current);
    }

    synchronized Optional<Finished> last() {
        return Optional.ofNullable(last);
    }

    /** The run itself, as the command line runs it; the run lock may still turn it away if a terminal was quicker. */
    private Finished execute(Started run) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            RunSummary summary = null;
            int exitCode;
            switch (run.request().kind()) {
                case RUN -> {
                    summary = pipeline.run(folders.inbox(), folders.out());
                    summary.print(out);
                    exitCode = summary.failure() == null ? ExitCodes.OK : ExitCodes.INTERNAL;
                }
                case INGEST -> {
                    summary = pipeline.ingest(folders.inbox());
                    summary.printLoad(out);
                    exitCode = summary.failure() == null ? ExitCodes.OK : ExitCodes.INTERNAL;
                }
                default -> exitCode = rerun.run(run.request().source(), run.request().year(), folders.out(), out,
                        out);
            }
            Outcome outcome = switch (exitCode) {
                case ExitCodes.OK -> Outcome.OK;
                case ExitCodes.REFUSED -> Outcome.REFUSED;
                default -> Outcome.FAILED;
            };
            return finished(run, outcome, summary, printed.toString(StandardCharsets.UTF_8),
                    summary == null ? null : summary.failure());
        } catch (RunLock.Refused e) {
            return finished(run, Outcome.REFUSED, null, null, e.getMessage());
        } catch (Exception | Error e) {
            // the thread's last word: whatever went wrong, the console must learn that its run is over
            log.error(Messages.get("console.runs.failed_log", run.request().command(), e), e);
            return finished(run, Outcome.FAILED, null, printed.toString(StandardCharsets.UTF_8), e.toString());
        }
    }

    private static Finished finished(Started run, Outcome outcome, RunSummary summary, String output, String message) {
        return new Finished(run, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS), outcome, summary, output,
                message);
    }

    private synchronized void finished(Finished run, String target) {
        last = run;
        current = null;
        if (run.outcome() != Outcome.OK) {
            audit.record(run.run().username(), Action.RUN, target, run.outcome());
        }
    }

    /** A run still going when the console stops is interrupted; the next run recovers its jobs, as after a kill. */
    @Override
    public void destroy() {
        thread.shutdownNow();
    }
}
