package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dk.boligmonitor.TestDatabase;
import dk.boligmonitor.bench.BenchData;
import dk.boligmonitor.bench.BenchScale;

/**
 * A run killed with kill -9 at any moment, then run again, ends with exactly the database and the PDFs of a
 * clean run. The data is the bench's generator at its test scale: several programmes, so board packets are
 * rendered side by side and a kill lands while some programmes are done and others are not. Each moment is
 * found by watching the killed run's log and output folder, and the killed stage is checked in Spring Batch's
 * tables before the restart. Compared: every table of the project's migrations (not Spring Batch's, not the run
 * lock), row by row, and every PDF's text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KilledRunAnyMomentTest {

    /** The pipeline's jobs in the order they run. */
    private static final List<String> JOBS = List.of("ingest", "warehouse", "targets", "report");

    /**
     * Where a kill lands: the job the killed run's log shows running, and what in its log or output folder shows
     * it is time. The database may show that job stopped, or an earlier one, or none (the kill between two
     * jobs): H2 writes its file behind the log, by a second or, on a busy machine, by more than a short job.
     */
    enum KillMoment {
        INGEST("ingest", (lines, out) -> logged(lines, "overskrift i række")),
        WAREHOUSE("warehouse", (lines, out) -> logged(lines, "Genopbygning begyndt")),
        TARGETS("targets", (lines, out) -> logged(lines, "Succeskriterier vurderet")),
        AREA_REPORTS("report", (lines, out) -> pdfs(out, false) >= 1 && pdfs(out, true) == 0),
        PACKETS("report", (lines, out) -> logged(lines, "Bestyrelsespakke 2 af"));

        /** The jobs the database may show the kill stopped. */
        final List<String> jobs;
        final BiPredicate<List<String>, Path> due;

        KillMoment(String job, BiPredicate<List<String>, Path> due) {
            this.jobs = JOBS.subList(0, JOBS.indexOf(job) + 1);
            this.due = due;
        }
    }

    private static final int PROGRAMMES = 5;
    private static final String PACKET = "bestyrelsespakke.pdf";

    @TempDir
    static Path work;

    private BenchData data;
    private Map<String, List<String>> cleanTables;
    private Map<String, String> cleanFiles;

    @BeforeAll
    void cleanRun() throws IOException {
        data = BenchData.generate(BenchScale.TEST, work, Path.of("jobs"),
                new PrintStream(PrintStream.nullOutputStream()));
        TestDatabase clean = TestDatabase.fresh(work.resolve("clean"));
        Path out = work.resolve("out-clean");
        assertSucceeds(run(clean, out));
        cleanTables = RunComparison.tables(clean, out, table -> true);
        cleanFiles = RunComparison.outputFiles(out);
        assertThat(cleanFiles.keySet().stream().filter(pdf -> pdf.endsWith(PACKET))).hasSize(PROGRAMMES);
        assertThat(cleanTables).containsKeys("report_due", "report_output", "fact_indicator", "moveout");
        assertThat(cleanTables.get("report_due")).as("a clean run leaves no report due").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(KillMoment.class)
    void aRunKilledAtAnyMomentRestartsToTheDatabaseAndPdfsOfACleanRun(KillMoment moment) throws Exception {
        TestDatabase killed = TestDatabase.fresh(work.resolve("killed-" + moment));
        Path out = work.resolve("out-" + moment);

        killWhen(killed, out, moment.due);
        assertThat(killed.jdbc().queryForList("SELECT i.job_name FROM batch_job_execution e JOIN batch_job_instance i"
                + " ON i.job_instance_id = e.job_instance_id WHERE e.status = 'STARTED'", String.class))
                .as("the job the kill stopped (none: between two jobs)").hasSizeLessThan(2).isSubsetOf(moment.jobs);

        CommandLine.Result restarted = run(killed, out);

        assertSucceeds(restarted);
        Map<String, List<String>> tables = RunComparison.tables(killed, out, table -> true);
        assertThat(tables.keySet()).isEqualTo(cleanTables.keySet());
        for (String table : cleanTables.keySet()) {
            assertThat(RunComparison.difference(tables.get(table), cleanTables.get(table), "after the restart",
                    "in the clean run")).as(table + " after the restart").isEmpty();
        }
        assertThat(RunComparison.outputFiles(out)).isEqualTo(cleanFiles);
    }

    private CommandLine.Result run(TestDatabase database, Path out) {
        return CommandLine.run(database, "run", "--data", data.inbox().toString(), "--config",
                data.config().toString(), "--out", out.toString());
    }

    /** Starts the real application in its own JVM and kills it -9 as soon as the moment has come. */
    private void killWhen(TestDatabase database, Path out, BiPredicate<List<String>, Path> due) throws Exception {
        // the quick compiler only: the child starts sooner, and it never runs long
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java,
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                "--data", data.inbox().toString(), "--config", data.config().toString(), "--out", out.toString()));
        command.addAll(database.springArguments());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                output.lines().forEach(lines::add);
            } catch (IOException | UncheckedIOException e) {
                // the process was killed: its output ends here
            }
        });
        reader.start();
        while (process.isAlive() && !due.test(lines, out)) {
            Thread.sleep(5);
        }
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(5000);
        assertThat(process.exitValue()).as("killed, not finished: " + String.join("\n", lines)).isEqualTo(137);
    }

    private static boolean logged(List<String> lines, String text) {
        return lines.stream().anyMatch(line -> line.contains(text));
    }

    private static long pdfs(Path out, boolean packets) {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(f -> f.toString().endsWith(".pdf"))
                    .filter(f -> f.getFileName().toString().equals(PACKET) == packets).count();
        } catch (IOException | UncheckedIOException e) {
            return 0;  // a folder being written while it is walked; the next look sees it
        }
    }

    private static void assertSucceeds(CommandLine.Result run) {
        assertThat(run.exitCode()).as(run.output() + run.errors()).isZero();
    }
}
