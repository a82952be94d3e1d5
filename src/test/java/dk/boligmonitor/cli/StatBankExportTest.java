package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.boligmonitor.TestDatabase;
import dk.boligmonitor.config.ConfigLoaderTestSupport;
import dk.boligmonitor.report.PdfContent;

/**
 * Real StatBank bulk exports (written by {@link StatBankExports}) through the real {@code run}: offences by
 * quarter and by month with more offences than mapped, and residents by sex, age and marital status with
 * totals beside breakdowns. The figures expected are added up here by hand from the files' rows.
 */
class StatBankExportTest {

    private static final Path FOLDER = Path.of("src/test/resources/statbank");

    @TempDir
    static Path work;

    static TestDatabase database;
    static JdbcTemplate jdbc;
    static CommandLine.Result run;

    @BeforeAll
    static void runOnTheExports() {
        database = TestDatabase.fresh(work);
        jdbc = database.jdbc();
        run = CommandLine.run(database, "run", "--data", FOLDER.resolve("inbox").toString(), "--config",
                FOLDER.resolve("jobs").toString(), "--out", work.resolve("out").toString());
    }

    @Test
    void everyFileLoadsAndTheSummaryCountsTheSkippedRowsByReason() {
        assertThat(run.exitCode()).as(run.output() + run.errors()).isZero();
        assertThat(run.output()).contains("Filer indlæst:    3", "Filer afvist:     0",
                "Rækker:           69 godkendt, 0 afvist",
                "Sprunget over:    499 rækker",
                "- 216: filtreret fra med keep_rows: KØN er ikke 'I alt'",
                "- 81: filtreret fra med keep_rows: ALDER er ikke 'Alder i alt'",
                "- 18: periode, der ikke står for året (year_period: K1)",
                "- 27: måling, som mappingen ikke bruger: OVERTRÆD 'Indbrud i beboelser'",
                "- 14: måling, som mappingen ikke bruger: OVERTRÆD 'Straffelov i alt'",
                "- 6: 2025: kun 1 af 4 kvartaler i filen – ikke brugt som årets tal",
                "- 2: 2025: kun 2 af 12 måneder i filen – ikke brugt som årets tal");
    }

    @ParameterizedTest(name = "{0} {1} {2} = {3}")
    @CsvSource({
            // 1012 + 987 + 1045 + 998 and 1003 + 968 + 1077 + 1021: Slagelse's four quarters of each year
            "k330, anmeldelser, 2023, 4042", "k330, anmeldelser, 2024, 4069",
            // the region's rows are 9 × Slagelse's, the country's 80 ×
            "r1085, anmeldelser, 2023, 36378", "dk, anmeldelser, 2024, 325520",
            // 88 + 95 + 102 + 91 and 84 + 97 + 110 + 93
            "k330, vold, 2023, 376", "k330, vold, 2024, 384",
            // the twelve months of 2024: 21 + 18 + 25 + 19 + 22 + 17 + 15 + 20 + 23 + 26 + 24 + 30
            "k330, indbrud, 2024, 260",
            // residents: the first quarter's total row (I alt, Alder i alt) stands for the year, nothing summed
            "k330, beboere, 2023, 79512", "k330, beboere, 2024, 79752", "k330, beboere, 2025, 79992",
            "r1085, beboere, 2025, 842840", "dk, beboere, 2024, 5948654"})
    void storedFiguresAreTheOnesAddedUpByHand(String area, String indicator, int year, String expected) {
        assertThat(figure(area, indicator, year)).isEqualByComparingTo(expected);
    }

    @Test
    void aYearWithOneQuarterOrTwoMonthsIsNoYearInTheWarehouse() {
        assertThat(jdbc.queryForList("SELECT area_code || ' ' || indicator_code FROM fact_indicator"
                        + " WHERE year = 2025 AND indicator_code IN ('anmeldelser', 'vold', 'indbrud')", String.class))
                .isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM criterion_result WHERE year = 2025"
                + " AND actual IS NOT NULL", Integer.class)).isZero();
    }

    @Test
    void theBoardPacketShowsNoQuarterAsTheYear() {
        String text = PdfContent.read(work.resolve("out/slagelse/bestyrelsespakke.pdf")).text();
        // the whole years are there: Slagelse's 2024 and the residents of 2025 (its first quarter stands for it)
        assertThat(text).contains("4.069", "79.992");
        // 2025's first quarter is not: Slagelse 921, the region 8.289, the country 73.680, violence 79 × 9 = 711
        assertThat(text).doesNotContainPattern(number("921")).doesNotContainPattern(number("8.289"))
                .doesNotContainPattern(number("73.680")).doesNotContainPattern(number("711"));
    }

    @Test
    void statusListsTheSkippedRowsOfEachFile() {
        CommandLine.Result status = CommandLine.run(database, "status", "--config", FOLDER.resolve("jobs").toString());
        assertThat(status.output()).contains(
                "folk1a_2023K1-2025K1.csv (dst-folk1a) sprunget over: 216 rækker – filtreret fra med keep_rows: KØN er"
                        + " ikke 'I alt'",
                "straf11_kvartal_2023K1-2025K1.csv (dst-straf11-kvartal) sprunget over: 6 rækker – 2025: kun 1 af 4"
                        + " kvartaler i filen");
    }

    @Test
    void aDimensionNeitherMappedNorFilteredRefusesTheFileNamingItsValues() {
        CommandLine.Result ingest = CommandLine.run(database, "ingest", "--data", FOLDER.resolve("refused").toString(),
                "--config", FOLDER.resolve("jobs").toString());
        assertThat(ingest.exitCode()).isEqualTo(1);
        assertThat(ingest.output()).contains("folk1a_civilstand_2024K1.csv (dst-folk1a): kolonne 'CIVILSTAND' (I alt,"
                + " Ugift, Gift/separeret, Enke/enkemand, Fraskilt) har flere værdier for samme område, periode og"
                + " måling");
        assertThat(figure("k330", "beboere", 2024)).isEqualByComparingTo("79752");
    }

    @Test
    void aMappingThatBothSumsAndPicksAPeriodIsAConfigurationError() throws IOException {
        Path jobs = work.resolve("broken-jobs");
        ConfigLoaderTestSupport.copy(FOLDER.resolve("jobs"), jobs);
        Files.writeString(jobs.resolve("sources/dst-folk1a.yml"), "sub_year: sum\n", StandardOpenOption.APPEND);
        Path straf11 = jobs.resolve("sources/dst-straf11-kvartal.yml");
        Files.writeString(straf11, Files.readString(straf11).replace("unlisted_measures: skip",
                "unlisted_measures: ignore"));
        CommandLine.Result status = CommandLine.run(database, "status", "--config", jobs.toString());
        assertThat(status.exitCode()).isEqualTo(2);
        assertThat(status.output() + status.errors()).contains("dst-folk1a.yml",
                "'year_period' og 'sub_year' udelukker hinanden", "dst-straf11-kvartal.yml",
                "'unlisted_measures' er 'skip' eller 'reject', ikke 'ignore'");
    }

    /** A figure as a number on its own, not a part of a longer one or of a checksum. */
    private static String number(String text) {
        return "(?<![0-9A-Za-z.,])" + text.replace(".", "\\.") + "(?![0-9A-Za-z]|[.,][0-9])";
    }

    private static BigDecimal figure(String area, String indicator, int year) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT value FROM fact_indicator WHERE area_code = ?"
                + " AND indicator_code = ? AND year = ?", area, indicator, year);
        assertThat(rows).as(area + " " + indicator + " " + year).hasSize(1);
        return (BigDecimal) rows.get(0).get("value");
    }
}
