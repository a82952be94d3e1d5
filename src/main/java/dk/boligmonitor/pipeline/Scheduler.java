package dk.boligmonitor.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Schedule;
import dk.boligmonitor.config.ScheduledRun;
import dk.boligmonitor.format.Messages;

/**
 * The long-lived scheduler: sleeps until the next run of jobs/schedule.yml is due, runs it as the command
 * line would, logs its summary, and goes on. A run that fails or finds the database busy is logged and the
 * scheduler waits for the next; it never runs two at once (the run lock sees to that across machines too).
 * A run that ended, well or not, is announced as a {@link RunFinished} event; one skipped for a busy database is
 * not, as it did nothing.
 */
@Component
public class Scheduler {

    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);

    private final PipelineRunner pipeline;
    private final Schedule schedule;
    private final ApplicationEventPublisher events;

    Scheduler(PipelineRunner pipeline, MonitorConfig config, ApplicationEventPublisher events) {
        this.pipeline = pipeline;
        this.schedule = config.schedule();
        this.events = events;
    }

    /** Runs until the process is stopped. */
    public void serve(Clock clock) throws InterruptedException {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(schedule.zone()));
        while (!Thread.currentThread().isInterrupted()) {
            Due due = nextDue(schedule.runs(), now);
            log.info(Messages.get("pipeline.scheduler.next", due.names(), due.at()));
            Thread.sleep(Math.max(0, Duration.between(ZonedDateTime.now(clock), due.at()).toMillis()));
            due.runs().forEach(this::execute);
            now = due.at();
        }
    }

    /** The runs due first after a moment; several when their cron expressions meet. */
    public static Due nextDue(List<ScheduledRun> runs, ZonedDateTime after) {
        ZonedDateTime first = runs.stream().map(r -> r.nextAfter(after)).min(Comparator.naturalOrder()).orElseThrow();
        return new Due(first, runs.stream().filter(r -> r.nextAfter(after).equals(first)).toList());
    }

    public record Due(ZonedDateTime at, List<ScheduledRun> runs) {
        public List<String> names() {
            return runs.stream().map(ScheduledRun::name).toList();
        }
    }

    public void execute(ScheduledRun run) {
        log.info(Messages.get("pipeline.scheduler.starting", run.name(), run.command(), run.data()));
        // before the run's own clock, which stamps what it loads (see PipelineRunner)
        LocalDateTime started = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
        RunFinished finished;
        try {
            RunSummary summary = run.command().equals("ingest") ? pipeline.ingest(run.data())
                    : pipeline.run(run.data(), run.out());
            String key = summary.failure() == null ? "pipeline.scheduler.finished"
                    : "pipeline.scheduler.finished_failed";
            log.info(Messages.get(key, run.name(), summary.filesLoaded(), summary.refusals().size(),
                    summary.rowsAccepted(), summary.rowsRejected(), summary.reports().size(), summary.failure()));
            finished = new RunFinished(run.name(), run.command(), started, run.out(), summary, null);
        } catch (RunLock.Refused e) {
            log.warn(Messages.get("pipeline.scheduler.skipped", run.name(), e.getMessage()));
            return;
        } catch (Exception e) {
            log.error(Messages.get("pipeline.scheduler.failed", run.name(), e.getMessage()), e);
            finished = new RunFinished(run.name(), run.command(), started, run.out(), null,
                    e.getMessage() == null ? e.toString() : e.getMessage());
        }
        events.publishEvent(finished);
    }
}
