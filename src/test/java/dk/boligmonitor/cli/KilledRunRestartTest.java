package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.boligmonitor.BoligmonitorApplication;
import dk.boligmonitor.TestDatabase;
import dk.boligmonitor.config.ConfigLoaderTestSupport;

/**
 * A run killed with kill -9 while it loads a large file, then started again, must end with exactly the
 * warehouse a clean run gives: no lost file, no duplicated row, no half-loaded file.
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
        killWhileLoading(data, killed);
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

    /** Starts the real application in its own JVM and kills it -9 once it is well into the large file. */
    private void killWhileLoading(Path data, TestDatabase database) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BoligmonitorApplication.class.getName(),
                "run", "--data", data.toString(), "--config", "jobs", "--out", work.resolve("out-killed").toString()));
        command.addAll(database.springArguments());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                if (line.contains(LargeMoveoutList.FILE) && line.contains("overskrift")) {
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
