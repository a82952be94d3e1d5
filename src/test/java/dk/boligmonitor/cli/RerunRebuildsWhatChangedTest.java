package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.boligmonitor.TestDatabase;
import dk.boligmonitor.bench.BenchData;
import dk.boligmonitor.bench.BenchScale;

/**
 * A rerun rebuilds the years its files hold and writes the reports whose figures changed, and the result is the
 * warehouse a whole rebuild gives. The register figures come one file a year, as a yearly monitor fetches them
 * (the bench's programme-scale data); the steps build on each other on one database.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RerunRebuildsWhatChangedTest {

    private static final String SOURCE = "dst-61a";
    private static final String YEAR = "2021";
    private static final String FACTS = "SELECT * FROM fact_indicator ORDER BY area_code, indicator_code, year";

    @TempDir
    static Path work;

    static BenchData data;
    static TestDatabase database;
    static JdbcTemplate jdbc;
    static Path out;

    @BeforeAll
    static void loadTheProgrammeAndWriteItsReports() throws IOException {
        data = BenchData.generate(BenchScale.PROGRAMME, work, Path.of("jobs"),
                new PrintStream(OutputStream.nullOutputStream()));
        database = TestDatabase.fresh(work);
        jdbc = database.jdbc();
        out = work.resolve("out");
        CommandLine.Result run = command("run", "--data", data.inbox().toString());
        assertThat(run.exitCode()).as(run.output() + run.errors()).isZero();
        assertThat(run.output()).contains("Rapporter:        5 PDF'er");
    }

    @Test
    @Order(1)
    void aRerunThatChangesNoFigureRebuildsNothingAndWritesNoReport() throws IOException {
        List<Map<String, Object>> facts = jdbc.queryForList(FACTS);
        FileTime packetWritten = Files.getLastModifiedTime(packet());

        CommandLine.Result rerun = rerun();

        assertThat(rerun.exitCode()).as(rerun.output() + rerun.errors()).isZero();
        assertThat(rerun.output()).contains("Filer indlæst:    1 ", "Rapporter:        0 PDF'er",
                "Uændrede tal:     1 af programmerne; deres PDF'er er beholdt");
        assertThat(jdbc.queryForList(FACTS)).isEqualTo(facts);
        assertThat(Files.getLastModifiedTime(packet())).isEqualTo(packetWritten);
        // the file gives what it gave: no year is rebuilt and the criteria stand
        assertThat(lastSourcedFacts()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM batch_step_execution"
                + " WHERE step_name = 'evaluateCriteria'", Integer.class)).isOne();
    }

    @Test
    @Order(2)
    void aCorrectedMappingChangesThatYearOnlyAndItsReportsAreWrittenAgainAsAWholeRebuildWould() throws IOException {
        List<Map<String, Object>> before = jdbc.queryForList(FACTS);
        Path mapping = data.config().resolve("sources/dst-61a.yml");
        // the two numerators the other way round (swapping a share's numerator and denominator would give shares
        // over 100 %, which the ingest rejects)
        Files.writeString(mapping, Files.readString(mapping)
                .replace("Dømte 18 år og derover: domfaeldte.numerator",
                        "Dømte 18 år og derover: grundskole_30_59.numerator")
                .replace("højeste uddannelse: grundskole_30_59.numerator", "højeste uddannelse: domfaeldte.numerator"));

        CommandLine.Result rerun = rerun();

        assertThat(rerun.exitCode()).as(rerun.output() + rerun.errors()).isZero();
        assertThat(rerun.output()).contains("Rapporter:        5 PDF'er");
        assertThat(lastSourcedFacts()).isPositive().isLessThan(firstSourcedFacts() / 4);
        List<Map<String, Object>> after = jdbc.queryForList(FACTS);
        assertThat(after).hasSameSizeAs(before);
        int changed = 0;
        for (int i = 0; i < after.size(); i++) {
            Map<String, Object> fact = after.get(i);
            boolean rebuilt = fact.get("year").equals(Integer.valueOf(YEAR))
                    && List.of("grundskole_30_59", "domfaeldte").contains(fact.get("indicator_code"));
            if (!rebuilt) {
                assertThat(fact).isEqualTo(before.get(i));
            } else if (before.get(i).get("value") != null) {
                assertThat(fact).isNotEqualTo(before.get(i));
                changed++;
            }
        }
        assertThat(changed).isPositive();

        CommandLine.Result whole = command("run", "--data", data.inbox().toString());

        assertThat(whole.exitCode()).isZero();
        assertThat(whole.output()).contains("Filer indlæst:    0 ", "Rapporter:        5 PDF'er");
        assertThat(jdbc.queryForList(FACTS)).isEqualTo(after);
    }

    @Test
    @Order(3)
    void aRebuildThatStoppedHalfwayOrAChangedProgrammeMakesTheNextRerunRebuildEverything() throws IOException {
        jdbc.update("UPDATE warehouse_rebuild SET finished = ?", false);

        CommandLine.Result afterStop = rerun();

        assertThat(afterStop.exitCode()).isZero();
        assertThat(afterStop.output()).contains("Rapporter:        5 PDF'er");
        assertThat(lastSourcedFacts()).isEqualTo(firstSourcedFacts());

        assertThat(rerun().output()).contains("Rapporter:        0 PDF'er");

        Path programme;
        try (Stream<Path> programmes = Files.list(data.config().resolve("programmes"))) {
            programme = programmes.findFirst().orElseThrow();
        }
        Files.writeString(programme, Files.readString(programme) + "\n# the board asked for a note\n");

        CommandLine.Result afterEdit = rerun();

        assertThat(afterEdit.output()).contains("Rapporter:        5 PDF'er");
        assertThat(lastSourcedFacts()).isEqualTo(firstSourcedFacts());
    }

    @Test
    @Order(4)
    void aMissingReportIsWrittenEvenWhenNoFigureChanged() throws IOException {
        Files.delete(packet());

        CommandLine.Result rerun = rerun();

        assertThat(rerun.output()).contains("Rapporter:        5 PDF'er");
        assertThat(packet()).exists();
    }

    @Test
    @Order(5)
    void aRerunAlsoRebuildsTheYearsOfFilesIngestedSinceTheLastRebuild() throws IOException {
        Path original = data.inbox().resolve("dst_boligomraader_61a_2019.csv");
        List<String> rows = new ArrayList<>(Files.readAllLines(original));
        String[] first = rows.get(1).split(";");
        rows.set(1, String.join(";", first[0], first[1], first[2], "1"));
        Files.write(data.inbox().resolve("dst_boligomraader_61a_2019_rettelse.csv"), rows);
        assertThat(CommandLine.run(database, "ingest", "--data", data.inbox().toString(), "--config",
                data.config().toString()).output()).contains("Filer indlæst:    1 ");
        List<Map<String, Object>> before = jdbc.queryForList(FACTS);

        CommandLine.Result rerun = rerun();

        assertThat(rerun.exitCode()).isZero();
        assertThat(rerun.output()).contains("Rapporter:        5 PDF'er");
        List<Map<String, Object>> after = jdbc.queryForList(FACTS);
        assertThat(after).isNotEqualTo(before);
        assertThat(command("run", "--data", data.inbox().toString()).output()).contains("Filer indlæst:    0 ");
        assertThat(jdbc.queryForList(FACTS)).isEqualTo(after);
    }

    private static Path packet() throws IOException {
        try (Stream<Path> programmes = Files.list(out)) {
            return programmes.findFirst().orElseThrow().resolve("bestyrelsespakke.pdf");
        }
    }

    /** Facts the warehouse built from files in its first run, and in its latest. */
    private static int firstSourcedFacts() {
        return sourcedFacts("ASC");
    }

    private static int lastSourcedFacts() {
        return sourcedFacts("DESC");
    }

    private static int sourcedFacts(String order) {
        return jdbc.queryForObject("SELECT write_count FROM batch_step_execution WHERE step_name = 'buildSourcedFacts'"
                + " ORDER BY step_execution_id " + order + " LIMIT 1", Integer.class);
    }

    private static CommandLine.Result rerun() {
        return command("rerun", "--source", SOURCE, "--year", YEAR);
    }

    private static CommandLine.Result command(String... args) {
        List<String> line = new ArrayList<>(List.of(args));
        line.addAll(List.of("--config", data.config().toString(), "--out", out.toString()));
        return CommandLine.run(database, line.toArray(String[]::new));
    }
}
