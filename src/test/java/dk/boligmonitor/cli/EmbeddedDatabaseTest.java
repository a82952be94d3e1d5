package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dk.boligmonitor.pipeline.ExitCodes;

/**
 * The embedded H2 database as a data officer names it: a plain file URL gets the settings the schema needs, and a
 * second command on a file another process holds is turned away like a second run, not as an internal failure.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path work;

    @Test
    void aPlainH2FileUrlIsMigratedAndRuns() {
        String url = "jdbc:h2:file:" + work.resolve("db").toAbsolutePath();

        CommandLine.Result result = CommandLine.run(null, "run", "--data", "sample-data", "--config", "jobs",
                "--out", work.resolve("out").toString(), "--spring.datasource.url=" + url);

        assertThat(result.exitCode()).as(result.output() + result.errors()).isZero();
        assertThat(result.output()).contains("Rapporter:        9 PDF'er");
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "sa", ""));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"",
                Integer.class)).isZero();
    }

    @Test
    void aSecondCommandOnAFileInUseIsTurnedAway() throws Exception {
        String url = "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db").toAbsolutePath();
        // the shipped schedule keeps its process, and the database file, open until it is stopped
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "schedule", "--config", "jobs", url)
                .redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.contains("Næste kørsel"));
            assertThat(line).as("the schedule started").isNotNull();

            CommandLine.Result second = CommandLine.run(null, "status", "--config", "jobs", url);

            assertThat(second.exitCode()).as(second.output() + second.errors()).isEqualTo(ExitCodes.REFUSED);
            assertThat(second.errors()).contains("databasen bruges af en anden kørsel").doesNotContain("intern fejl");
        } finally {
            holder.destroyForcibly();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
