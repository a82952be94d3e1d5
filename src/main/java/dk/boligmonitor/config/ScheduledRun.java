package dk.boligmonitor.config;

import java.nio.file.Path;
import java.time.ZonedDateTime;

import org.springframework.scheduling.support.CronExpression;

/** One entry of jobs/schedule.yml: which command runs when, on which inbox and into which folder. */
public record ScheduledRun(String name, CronExpression cron, String command, Path data, Path out) {

    public ZonedDateTime nextAfter(ZonedDateTime time) {
        return cron.next(time);
    }
}
