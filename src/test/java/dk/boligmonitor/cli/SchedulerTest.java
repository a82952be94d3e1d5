package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.support.CronExpression;

import dk.boligmonitor.TestDatabase;
import dk.boligmonitor.config.ConfigLoader;
import dk.boligmonitor.config.ConfigLoaderTestSupport;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.ScheduledRun;
import dk.boligmonitor.pipeline.ExitCodes;
import dk.boligmonitor.pipeline.Scheduler;

/** The shipped schedule fires when it says, and a scheduled run is the same run the command line makes. */
class SchedulerTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    @TempDir
    Path work;

    @Test
    void nightlyIngestAndTheBoardPacketsComeDueInTurn() {
        MonitorConfig config = ConfigLoader.load(Path.of("jobs"));

        Scheduler.Due night = Scheduler.nextDue(config.schedule().runs(),
                ZonedDateTime.of(2027, 2, 28, 23, 0, 0, 0, COPENHAGEN));
        assertThat(night.names()).containsExactly("natlig-indlaesning");
        assertThat(night.at()).isEqualTo(ZonedDateTime.of(2027, 3, 1, 2, 30, 0, 0, COPENHAGEN));

        Scheduler.Due packet = Scheduler.nextDue(config.schedule().runs(), night.at());
        assertThat(packet.names()).containsExactly("bestyrelsespakke-foraar");
        assertThat(packet.at()).isEqualTo(ZonedDateTime.of(2027, 3, 1, 6, 0, 0, 0, COPENHAGEN));
    }

    @Test
    void aScheduledIngestLoadsTheInbox() {
        TestDatabase database = TestDatabase.fresh(work);
        MonitorConfig config = ConfigLoader.load(Path.of("jobs"));
        Arguments arguments = Arguments.parse(database.springArguments().toArray(String[]::new));
        ScheduledRun ingest = new ScheduledRun("test", CronExpression.parse("0 0 * * * *"), "ingest",
                Path.of("sample-data").toAbsolutePath(), work.resolve("out"));

        try (ConfigurableApplicationContext context = Commands.start(config, arguments.springArguments())) {
            context.getBean(Scheduler.class).execute(ingest);
        }

        assertThat(database.jdbc().queryForObject("SELECT COUNT(*) FROM source_file WHERE status = 'LOADED'",
                Integer.class)).isEqualTo(12);
    }

    @Test
    void aBrokenCronExpressionIsNamedWithItsLine() throws IOException {
        Path jobs = work.resolve("jobs");
        ConfigLoaderTestSupport.copy(Path.of("jobs"), jobs);
        Path schedule = jobs.resolve("schedule.yml");
        Files.writeString(schedule, Files.readString(schedule).replace("\"0 30 2 * * *\"", "\"30 2 * * *\""));

        CommandLine.Result result = CommandLine.run(TestDatabase.fresh(work), "schedule", "--config", jobs.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(result.errors()).contains(schedule + ":", "'30 2 * * *' er ikke et cron-udtryk");
    }
}
