package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.boligmonitor.TestDatabase;
import dk.boligmonitor.config.ConfigLoaderTestSupport;

/**
 * A run killed with kill -9, then started again, must end with exactly the warehouse a clean run gives: killed
 * while it loads a large file, no lost file, no duplicated row, no half-loaded file; killed while it renders the
 * reports, every PDF written by the next run, which recovers the report job before its own first job writes.
 */
class KilledRunRestartTest {

    @TempDir
    Path work;

    @Test
    void runKilledMidIngestRestartsToTheSameWarehouseAsACleanRun() throws Exception {
        Path data = work.resolve("inbox");
        ConfigLoaderTestSupport.copy(Path.of("sample-data"), data);
        LargeMoveoutList.writeInto(data);

        TestDatabase killed = TestDatabase.fresh(work.resolve("killed"));
        killOnceLogged(data, killed, line -> line.contains(LargeMoveoutList.FILE) && line.contains("overskrift"));
        assertThat(killed.jdbc().queryForObject("SELECT status FROM source_file WHERE file_name = ?", String.class,
                LargeMoveoutList.FILE)).as("the run was killed while the large file was loading").isEqualTo("LOADING");

        assertSucceeds(run(data, killed));

        TestDatabase clean = TestDatabase.fresh(work.resolve("clean"));
        assertSucceeds(run(data, clean));
        for (String table : List.of("fact_indicator", "criterion_result")) {
            assertThat(rows(killed, table)).as(table).isEqualTo(rows(clean, table));
        }
        assertThat(count(killed, "moveout")).isEqualTo(count(clean, "moveout"));
        assertThat(count(killed, "observation")).isEqualTo(count(clean, "observation"));
        assertThat(killed.jdbc().queryForObject("SELECT COUNT(*) FROM source_file WHERE status <> 'LOADED'",
                Integer.class)).isZero();
        if (!killed.isPostgreSql()) {
            // H2 can keep the index entry of a row the killed run was inserting without the row; the restart
            // builds the tables again, so no such entry is left for a later delete to trip on
            assertThat(MoveoutIndex.strayEntries(killed)).isZero();
        }
    }

    @Test
    void runKilledWhileRenderingReportsRestartsAndWritesThemAll() throws Exception {
        TestDatabase killed = TestDatabase.fresh(work.resolve("killed"));
        // the report job lays out its templates for seconds before the first PDF
        killOnceLogged(Path.of("sample-data"), killed, line -> line.contains("Succeskriterierne er vurderet ud fra"));
        assertThat(killed.jdbc().queryForObject("SELECT e.status FROM batch_job_execution e JOIN batch_job_instance i"
                + " ON i.job_instance_id = e.job_instance_id WHERE i.job_name = 'report'", String.class))
                .as("the run was killed in the report job").isEqualTo("STARTED");

        CommandLine.Result restarted = run(Path.of("sample-data"), killed);

        assertSucceeds(restarted);
        assertThat(restarted.output()).contains("Rapporter:        9 PDF'er");
        TestDatabase clean = TestDatabase.fresh(work.resolve("clean"));
        assertSucceeds(run(Path.of("sample-data"), clean));
        assertThat(rows(killed, "fact_indicator")).isEqualTo(rows(clean, "fact_indicator"));
    }

    /**
     * Starts the real application in its own JVM and kills it -9 a second after it logged a line: long enough
     * for H2 to have written what came before to disk.
     */
    private void killOnceLogged(Path data, TestDatabase database, Predicate<String> line) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", "--data", data.toString(), "--config", "jobs", "--out", work.resolve("out-killed").toString()));
        command.addAll(database.springArguments());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String logged;
            while ((logged = output.readLine()) != null) {
                if (line.test(logged)) {
                    Thread.sleep(1000);
                    process.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("killed, not finished").isEqualTo(137);
    }

    private CommandLine.Result run(Path data, TestDatabase database) {
        return CommandLine.runPipeline(database, data, work.resolve("out"));
    }

    private static void assertSucceeds(CommandLine.Result run) {
        assertThat(run.exitCode()).as(run.output() + run.errors()).isZero();
    }

    private static List<String> rows(TestDatabase database, String table) {
        return database.jdbc().queryForList("SELECT * FROM " + table).stream()
                .map(row -> row.values().toString()).sorted().toList();
    }

    private static int count(TestDatabase database, String table) {
        return database.jdbc().queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }
}
