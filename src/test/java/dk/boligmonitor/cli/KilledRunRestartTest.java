package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

    private static final String BIG_FILE = "fraflytninger_fob_stor_2013-2021.csv";
    private static final int BIG_ROWS = 200_000;

    @TempDir
    Path work;

    @Test
    void runKilledMidIngestRestartsToTheSameWarehouseAsACleanRun() throws Exception {
        Path data = work.resolve("inbox");
        ConfigLoaderTestSupport.copy(Path.of("sample-data"), data);
        writeLargeMoveoutList(data.resolve(BIG_FILE));

        TestDatabase killed = TestDatabase.fresh(work.resolve("killed"));
        killWhileLoading(data, killed);
        assertThat(killed.jdbc().queryForObject("SELECT status FROM source_file WHERE file_name = ?", String.class,
                BIG_FILE)).as("the run was killed while the large file was loading").isEqualTo("LOADING");

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
            assertThat(killed.jdbc().queryForObject(
                    "SELECT COUNT(file_id) FROM moveout USE INDEX (moveout_file_idx)", Integer.class))
                    .as("move-out index entries").isEqualTo(count(killed, "moveout"));
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
                if (line.contains(BIG_FILE) && line.contains("overskrift")) {
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
        assertThat(run.exitCode()).as("exit code of a run that printed:%n%s%n%s", run.output(), run.errors()).isZero();
    }

    private static List<String> rows(TestDatabase database, String table) {
        return database.jdbc().queryForList("SELECT * FROM " + table).stream()
                .map(row -> row.values().toString()).sorted().toList();
    }

    private static int count(TestDatabase database, String table) {
        return database.jdbc().queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    /** A FOB list large enough that loading it takes seconds: every estate, every day, tenancies in turn. */
    private static void writeLargeMoveoutList(Path file) throws IOException {
        int[][] estates = {{23, 210}, {24, 190}, {26, 170}, {32, 150}, {34, 260}};
        LocalDate first = LocalDate.of(2013, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Afdeling;Lejemålsnr.;Fraflytningsdato;Fraflytningsårsag;Tomgangsdage;Tab ved fraflytning (kr.)\r\n");
            for (int i = 0; i < BIG_ROWS; i++) {
                int[] estate = estates[i % estates.length];
                int unit = 1 + (i / estates.length) % estate[1];
                LocalDate date = first.plusDays((i / estates.length / estate[1]) % 3287);
                out.write(estate[0] + ";" + estate[0] + "-" + String.format("%04d", unit) + ";"
                        + String.format("%02d-%02d-%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear())
                        + ";Andet;" + (i % 30) + ";1.234,50\r\n");
            }
        }
    }
}
