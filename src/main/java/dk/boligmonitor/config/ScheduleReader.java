package dk.boligmonitor.config;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.springframework.scheduling.support.CronExpression;

import dk.boligmonitor.format.Messages;

/** Reads schedule.yml: a time zone and the runs, each with a cron expression the scheduler checks now. */
final class ScheduleReader {

    static final Set<String> COMMANDS = Set.of("run", "ingest");
    /** The keys of schedule.yml and of each of its runs. */
    static final List<String> FILE_KEYS = List.of("timezone", "runs");
    static final List<String> RUN_KEYS = List.of("name", "cron", "command", "data", "out");

    Schedule read(YamlSection file) {
        file.onlyKeys(FILE_KEYS);
        ZoneId zone = ZoneId.of("Europe/Copenhagen");
        String zoneText = file.optionalText("timezone").orElse(zone.getId());
        try {
            zone = ZoneId.of(zoneText);
        } catch (DateTimeException e) {
            file.problemAt("timezone", Messages.get("config.schedule.zone_unknown", zoneText));
        }
        List<ScheduledRun> runs = file.list("runs").stream().map(this::run).toList();
        return new Schedule(zone, runs);
    }

    private ScheduledRun run(YamlSection item) {
        item.onlyKeys(RUN_KEYS);
        String cronText = item.text("cron");
        CronExpression cron = null;
        try {
            cron = CronExpression.parse(cronText);
        } catch (IllegalArgumentException e) {
            // the parser's own words are English; the format is what the data officer needs
            item.problemAt("cron", Messages.get("config.schedule.cron_invalid", cronText));
        }
        String command = item.optionalText("command").orElse("run");
        if (!COMMANDS.contains(command)) {
            item.problemAt("command", Messages.get("config.schedule.command_invalid", command));
        }
        return new ScheduledRun(item.text("name"), cron, command,
                Path.of(item.optionalText("data").orElse("inbox")).toAbsolutePath().normalize(),
                Path.of(item.optionalText("out").orElse("out")).toAbsolutePath().normalize());
    }
}
