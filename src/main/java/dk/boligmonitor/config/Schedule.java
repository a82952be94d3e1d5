package dk.boligmonitor.config;

import java.time.ZoneId;
import java.util.List;

/** When the long-lived scheduler runs what; empty when jobs/ has no schedule.yml. */
public record Schedule(ZoneId zone, List<ScheduledRun> runs) {
}
