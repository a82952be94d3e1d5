package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.boligmonitor.TestDatabase;
import dk.boligmonitor.config.ConfigLoaderTestSupport;
import dk.boligmonitor.pipeline.ExitCodes;

/**
 * A data officer's day on a copy of sample-data: load the inbox, look at the status, receive a file with a
 * bad row and find it among the rejects, then reload a source for one year. The steps build on each other,
 * so they run in order on one database.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DataOfficerCommandsTest {

    private static final String ORIGINAL = "dst_noegletal_afgoerelser_2013-2021.csv";
    private static final String CORRECTION = "dst_noegletal_afgoerelser_2013-2021_rettelse.csv";
    private static final String FORMULA = "=cmd|' /C calc'!A0";

    @TempDir
    static Path work;

    static Path inbox;
    static TestDatabase database;
    static JdbcTemplate jdbc;


    @BeforeAll
    static void copyTheInbox() throws IOException {
        inbox = work.resolve("inbox");
        ConfigLoaderTestSupport.copy(Path.of("sample-data"), inbox);
        database = TestDatabase.fresh(work);
        jdbc = database.jdbc();
    }

    @Test
    @Order(1)
    void ingestLoadsTheInboxAndSaysSoWithoutReports() {
        CommandLine.Result ingest = command("ingest", "--data", inbox.toString());

        assertThat(ingest.exitCode()).isZero();
        assertThat(ingest.output()).contains("Filer indlæst:    12 (0 uændrede sprunget over)", "Filer afvist:     0",
                "0 afvist").doesNotContain("Rapporter");
        assertThat(count("fact_indicator")).isZero();
    }

    @Test
    @Order(2)
    void statusListsEveryRegistrationWithItsRowsAndTheJobRun() {
        CommandLine.Result status = command("status");

        assertThat(status.exitCode()).isZero();
        List<String> loaded = lines(status.output()).stream().filter(line -> line.contains(" LOADED ")).toList();
        assertThat(loaded).hasSize(12);
        List<Map<String, Object>> files = jdbc.queryForList("SELECT file_name, source, rows_read, rows_accepted,"
                + " rows_rejected FROM source_file");
        assertThat(files).hasSize(12);
        for (Map<String, Object> file : files) {
            assertThat(loaded).anySatisfy(line -> assertThat(line)
                    .contains(" " + file.get("file_name") + " ", " " + file.get("source") + " ")
                    .matches(".* " + file.get("rows_read") + " +" + file.get("rows_accepted") + " +"
                            + file.get("rows_rejected")));
        }
        assertThat(status.output()).contains("Seneste kørsler").containsPattern("ingest +\\d+ .*COMPLETED +COMPLETED");
    }

    @Test
    @Order(3)
    void rejectsShowTheBadRowAndTheCsvDefusesIt() throws IOException {
        int badRow = addCorrectionWithABadRow();
        CommandLine.Result ingest = command("ingest", "--data", inbox.toString());
        assertThat(ingest.exitCode()).isZero();
        assertThat(ingest.output()).contains("Filer indlæst:    1 (12 uændrede sprunget over)", "1 afvist");

        Path out = work.resolve("rejects");
        CommandLine.Result rejects = command("rejects", "--file", "RETTELSE", "--out", out.toString());

        assertThat(rejects.exitCode()).isZero();
        assertThat(lines(rejects.output())).anySatisfy(line -> assertThat(line)
                .contains(CORRECTION, " " + badRow + " ", "INDHOLD", FORMULA, "ikke et tal"));
        Path csv = out.resolve("afviste-raekker.csv");
        assertThat(rejects.output()).contains("1 afviste rækker skrevet til " + csv);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFFil;Ark;Række;Kolonne;Værdi;Årsag\r\n"
                + CORRECTION + ";;" + badRow + ";INDHOLD;'" + FORMULA + ";ikke et tal\r\n");
    }

    @Test
    @Order(4)
    void rerunReloadsTheSourcesFilesForTheYearAndRebuildsWithoutDuplicates() {
        assertThat(command("run", "--data", inbox.toString(), "--out", work.resolve("out").toString()).exitCode())
                .isZero();
        int facts = count("fact_indicator");
        int observations = count("observation");
        int rejected = count("rejected_row");
        int ingestInstances = jdbc.queryForObject("SELECT COUNT(*) FROM batch_job_instance WHERE job_name = 'ingest'",
                Integer.class);

        CommandLine.Result rerun = command("rerun", "--source", "dst-afgoerelser", "--year", "2015",
                "--out", work.resolve("out").toString());

        assertThat(rerun.exitCode()).isZero();
        // the correction gives every figure of the original again, so it replaced it: only it is reloaded
        assertThat(rerun.output()).contains("Indlæser igen (dst-afgoerelser, 2015)", CORRECTION,
                "Filer indlæst:    1 (0 uændrede sprunget over)", "Rapporter:        0 PDF'er",
                "Uændrede tal:     2 af programmerne");
        assertThat(jdbc.queryForList("SELECT status FROM source_file WHERE source = 'dst-afgoerelser' ORDER BY file_id",
                String.class)).containsExactly("REPLACED", "LOADED");
        assertThat(jdbc.queryForObject("SELECT value FROM fact_indicator WHERE area_code = 'motalavej'"
                + " AND indicator_code = 'afgoerelser' AND year = 2015", BigDecimal.class)
                .setScale(1, RoundingMode.HALF_UP)).isEqualByComparingTo("34.2");
        assertThat(count("fact_indicator")).isEqualTo(facts);
        assertThat(count("observation")).isEqualTo(observations);
        assertThat(count("rejected_row")).isEqualTo(rejected);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM batch_job_instance WHERE job_name = 'ingest'",
                Integer.class)).isEqualTo(ingestInstances + 1);
    }

    @Test
    @Order(5)
    void rerunOfAYearWithoutFilesSaysSo() {
        CommandLine.Result rerun = command("rerun", "--source", "dst-afgoerelser", "--year", "1999");

        assertThat(rerun.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(rerun.errors()).contains("ingen indlæste filer fra 'dst-afgoerelser' har tal for 1999");
    }

    @Test
    void rerunOfAnUnknownSourceNamesTheKnownOnes() {
        CommandLine.Result rerun = command("rerun", "--source", "nope", "--year", "2015");

        assertThat(rerun.exitCode()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(rerun.errors()).contains("ukendt kilde 'nope'", "dst-afgoerelser", "fraflytninger-csv",
                "politi-tryghed");
    }

    /**
     * A refused file the data officer has dealt with leaves status's list with forget; until it is moved, the
     * inbox still holds it and the next run would refuse it again, which forget says. Only a refused file can be
     * forgotten.
     */
    @Test
    @Order(6)
    void forgetTakesADealtWithRefusedFileOffTheList() throws IOException {
        String empty = "fraflytninger_sab_2022_tom.csv";
        Files.createFile(inbox.resolve(empty));
        assertThat(command("ingest", "--data", inbox.toString()).output()).contains("Filer afvist:     1");
        assertThat(command("status").output()).contains(empty + " (fraflytninger-csv) afvist:",
                "forget --file NAVN");

        CommandLine.Result forget = command("forget", "--file", empty);

        assertThat(forget.exitCode()).as(forget.errors()).isZero();
        assertThat(forget.output()).contains("Glemt: " + empty, "ligger stadig i " + inbox.resolve(empty));
        assertThat(command("status").output()).doesNotContain(empty, "forget --file NAVN");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM source_file WHERE file_name = ?", Integer.class, empty))
                .isZero();
        Files.delete(inbox.resolve(empty));

        CommandLine.Result loaded = command("forget", "--file", ORIGINAL);
        assertThat(loaded.exitCode()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(loaded.errors()).contains("kun en afvist fil kan glemmes; '" + ORIGINAL + "' er");
        assertThat(command("forget", "--file", "findes_ikke.csv").errors()).contains("ingen fil ved navn");
    }

    /** A corrected extract: the original under a new name with one row whose figure is a formula; its row number. */
    private static int addCorrectionWithABadRow() throws IOException {
        Charset windows1252 = Charset.forName("windows-1252");
        Path correction = inbox.resolve(CORRECTION);
        Files.copy(inbox.resolve(ORIGINAL), correction);
        Files.writeString(correction, "Motalavej;Kriminalretlige afgørelser;2015;" + FORMULA + "\r\n", windows1252,
                StandardOpenOption.APPEND);
        return Files.readAllLines(correction, windows1252).size();
    }

    private static CommandLine.Result command(String... args) {
        List<String> line = new ArrayList<>(List.of(args));
        line.addAll(List.of("--config", "jobs"));
        return CommandLine.run(database, line.toArray(String[]::new));
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    private static int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }
}
