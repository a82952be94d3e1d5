package dk.boligmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import dk.boligmonitor.TestDatabase;
import dk.boligmonitor.cli.Commands;
import dk.boligmonitor.config.ConfigLoader;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Programme;

/**
 * The whole pipeline run on sample-data with the shipped jobs/, its output in the test's folder ("out"), for the tests
 * that read what it wrote: the database, the configuration it ran with and the Slagelse programme.
 */
record SampleDataRun(JdbcTemplate jdbc, MonitorConfig config, Programme slagelse) {

    static SampleDataRun into(Path work) {
        TestDatabase database = TestDatabase.fresh(work);
        List<String> arguments = new ArrayList<>(List.of("run", "--data", "sample-data", "--config", "jobs",
                "--out", work.resolve("out").toString()));
        arguments.addAll(database.springArguments());
        int exit = new Commands(new PrintStream(OutputStream.nullOutputStream()), System.err)
                .execute(arguments.toArray(String[]::new));
        assertThat(exit).isZero();
        MonitorConfig config = ConfigLoader.load(Path.of("jobs"));
        return new SampleDataRun(database.jdbc(), config, config.programmes().stream()
                .filter(p -> p.code().equals("slagelse")).findFirst().orElseThrow());
    }
}
