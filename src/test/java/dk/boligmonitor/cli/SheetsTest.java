package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
import dk.boligmonitor.ingest.badinput.SheetsCorpus;

/**
 * Workbooks whose sheets are read as one file (written by {@link SheetsCorpus}) through the real {@code run}:
 * move-out lists with a sheet a year give the rates the same rows give in one sheet; an LBF workbook with sheets
 * "2019", "2020" and "Noter" read with {@code sheets: "20*"} takes each sheet's year from its name; a rejected
 * row names its sheet; a sheet without a mapped column refuses its file, naming the sheet.
 */
class SheetsTest {

    private static final Path FOLDER = SheetsCorpus.FOLDER;
    private static final String JOBS = FOLDER.resolve("jobs").toString();
    private static final String LBF = "lbf_pr_aar_2019-2020.xlsx";

    @TempDir
    static Path work;

    static TestDatabase database;
    static JdbcTemplate jdbc;
    static CommandLine.Result run;
    /** The move-out rates of the same rows in one sheet a list, loaded into a database of their own. */
    static List<Map<String, Object>> oneSheetRates;

    @BeforeAll
    static void runOnBothLayouts() {
        TestDatabase oneSheet = TestDatabase.fresh(work.resolve("one-sheet"));
        CommandLine.Result reference = CommandLine.run(oneSheet, "run", "--data",
                FOLDER.resolve("inbox-one-sheet").toString(), "--config", JOBS, "--out",
                work.resolve("out-one-sheet").toString());
        assertThat(reference.exitCode()).as(reference.output() + reference.errors()).isZero();
        oneSheetRates = rates(oneSheet.jdbc());

        database = TestDatabase.fresh(work.resolve("sheets"));
        jdbc = database.jdbc();
        run = CommandLine.run(database, "run", "--data", FOLDER.resolve("inbox").toString(), "--config", JOBS,
                "--out", work.resolve("out").toString());
    }

    @Test
    void everyWorkbookLoadsWithTheRowOfItsSecondSheetRejected() {
        assertThat(run.exitCode()).as(run.output() + run.errors()).isZero();
        // the LBF row and each list's repeated move-out
        assertThat(run.output()).contains("Filer indlæst:    3", "Filer afvist:     0", "3 afvist");
        // one row per move-out: 6 + 9 + 12 over the three sheets of each list
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM moveout", Integer.class)).isEqualTo(2 * (6 + 9 + 12));
        assertThat(jdbc.queryForList("SELECT DISTINCT sheet FROM moveout ORDER BY sheet", String.class))
                .containsExactly("2018", "2019", "2020");
    }

    @Test
    void moveoutRatesOfASheetAYearAreThoseOfTheSameRowsInOneSheet() {
        assertThat(oneSheetRates).hasSizeGreaterThanOrEqualTo(3 * 2);
        assertThat(rates(jdbc)).isEqualTo(oneSheetRates);
    }

    @ParameterizedTest(name = "{0} {1}: {2}/{3}")
    @CsvSource({
            // sheet "2019": numerator 40 + 10a, denominator 80 + 30a for the areas a = 0, 1, 2
            "motalavej, 2019, 40, 80", "ringparken, 2019, 50, 110", "sydbyen, 2019, 60, 140",
            // sheet "2020": five more in each numerator; Motalavej's row is rejected
            "ringparken, 2020, 55, 110", "sydbyen, 2020, 65, 140"})
    void eachSheetsFiguresAreStoredForTheYearItsNameGives(String area, int year, int numerator, int denominator) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT numerator, denominator, value FROM fact_indicator"
                + " WHERE area_code = ? AND indicator_code = 'dagtilbud' AND year = ?", area, year);
        assertThat(rows).as(area + " " + year).hasSize(1);
        assertThat((BigDecimal) rows.get(0).get("numerator")).isEqualByComparingTo(String.valueOf(numerator));
        assertThat((BigDecimal) rows.get(0).get("denominator")).isEqualByComparingTo(String.valueOf(denominator));
        assertThat(((BigDecimal) rows.get(0).get("value")).doubleValue())
                .isCloseTo(100.0 * numerator / denominator, within(0.001));
        // row numbers start again on every sheet: the lineage names the sheet, and leads to the very observation
        Map<String, Object> lineage = jdbc.queryForMap("SELECT numerator_sheet, denominator_sheet FROM fact_indicator"
                + " WHERE area_code = ? AND indicator_code = 'dagtilbud' AND year = ?", area, year);
        assertThat(lineage).containsEntry("numerator_sheet", String.valueOf(year))
                .containsEntry("denominator_sheet", String.valueOf(year));
        assertThat(jdbc.queryForObject("SELECT o.amount FROM fact_indicator f JOIN observation o"
                + " ON o.file_id = f.numerator_file_id AND o.sheet = f.numerator_sheet AND o.row_no = f.numerator_row"
                + " AND o.indicator_code = f.indicator_code AND o.part = 'numerator'"
                + " WHERE f.area_code = ? AND f.indicator_code = 'dagtilbud' AND f.year = ?", BigDecimal.class, area,
                year)).isEqualByComparingTo(String.valueOf(numerator));
    }

    @Test
    void theRejectedRowOfTheSecondSheetGivesNoFigureAndNoOtherYearIsStored() {
        assertThat(jdbc.queryForList("SELECT area_code FROM fact_indicator WHERE indicator_code = 'dagtilbud'"
                + " AND year = 2020 AND area_code IN ('motalavej', 'ringparken', 'sydbyen') ORDER BY area_code",
                String.class)).containsExactly("ringparken", "sydbyen");
        assertThat(jdbc.queryForList("SELECT DISTINCT year FROM observation ORDER BY year", Integer.class))
                .containsExactly(2019, 2020);
    }

    @Test
    void rejectsAndItsCsvNameTheSheetOfTheRejectedRow() throws IOException {
        Path out = work.resolve("rejects");
        CommandLine.Result rejects = CommandLine.run(database, "rejects", "--file", "lbf_pr_aar", "--config", JOBS,
                "--out", out.toString());

        assertThat(rejects.exitCode()).as(rejects.output() + rejects.errors()).isZero();
        assertThat(rejects.output()).contains("Ark").containsPattern(
                LBF.replace(".", "\\.") + " +2020 +" + SheetsCorpus.BAD_ROW + " +Tæller +ukendt");
        List<String> csv = Files.readAllLines(out.resolve("afviste-raekker.csv"), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).isEqualTo("\uFEFFFil;Ark;Række;Kolonne;Værdi;Årsag");
        assertThat(csv).hasSize(2);
        assertThat(csv.get(1)).startsWith(LBF + ";2020;" + SheetsCorpus.BAD_ROW + ";Tæller;ukendt;");
    }

    @Test
    void aMoveoutRepeatedInAnotherSheetIsRejectedNamingTheSheetOfTheFirst() throws IOException {
        Path out = work.resolve("rejects-moveouts");
        CommandLine.Result rejects = CommandLine.run(database, "rejects", "--file", "boligkorsoer_pr_aar", "--config",
                JOBS, "--out", out.toString());
        assertThat(rejects.exitCode()).as(rejects.output() + rejects.errors()).isZero();
        // sheet "2020": two title rows, the header, twelve move-outs, then the repeated one in row 16; 2019's
        // first move-out is in that sheet's row 3, below a title row and the header
        assertThat(Files.readAllLines(out.resolve("afviste-raekker.csv"), StandardCharsets.UTF_8)).containsExactly(
                "\uFEFFFil;Ark;Række;Kolonne;Værdi;Årsag", "fraflytninger_boligkorsoer_pr_aar.xlsx;2020;16;;;dublet:"
                        + " arket '2019' række 3 har allerede fraflytningen fra lejemål 15-1900 den 2019-01-01");
    }

    @Test
    void aSheetWithoutAMappedColumnRefusesItsFileNamingTheSheet() {
        CommandLine.Result ingest = CommandLine.run(database, "ingest", "--data", FOLDER.resolve("refused").toString(),
                "--config", JOBS);
        assertThat(ingest.exitCode()).isEqualTo(1);
        assertThat(ingest.output()).contains("lbf_pr_aar_2019-2020_uden_naevner.xlsx (lbf-pr-aar): arket '2020':",
                "Nævner");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM observation o JOIN source_file f ON f.file_id = o.file_id"
                + " WHERE f.file_name LIKE '%uden_naevner%'", Integer.class)).isZero();
    }

    @Test
    void aSheetWhoseNameGivesNoSingleYearRefusesItsFileNamingTheSheet() {
        CommandLine.Result ingest = CommandLine.run(database, "ingest", "--data", FOLDER.resolve("refused").toString(),
                "--config", JOBS);
        assertThat(ingest.output()).contains("lbf_pr_aar_2019-2021_to_aar.xlsx (lbf-pr-aar): arket '2020-2021' har"
                + " ikke ét årstal i navnet");
    }

    @Test
    void aMappingWithBothSheetAndSheetsOrAYearFromNoSheetIsAConfigurationError() throws IOException {
        Path jobs = work.resolve("broken-jobs");
        ConfigLoaderTestSupport.copy(FOLDER.resolve("jobs"), jobs);
        Files.writeString(jobs.resolve("sources/fraflytninger-pr-aar.yml"), "sheet: 2020\n",
                StandardOpenOption.APPEND);
        Path lbf = jobs.resolve("sources/lbf-pr-aar.yml");
        Files.writeString(lbf, Files.readString(lbf).replace("sheets: \"20*\"\n", "").replace("  measure: Indikator",
                "  measure: Indikator\n  year: År"));
        CommandLine.Result status = CommandLine.run(database, "status", "--config", jobs.toString());
        assertThat(status.exitCode()).isEqualTo(2);
        assertThat(status.output() + status.errors()).contains("fraflytninger-pr-aar.yml",
                "'sheet' og 'sheets' udelukker hinanden", "lbf-pr-aar.yml",
                "'year_from_sheet' kræver 'sheet' eller 'sheets'",
                "'year_from_sheet' og kolonnen 'year' udelukker hinanden");
    }

    private static List<Map<String, Object>> rates(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT area_code, year, numerator, denominator, value FROM fact_indicator"
                + " WHERE indicator_code = 'fraflytning' AND numerator IS NOT NULL ORDER BY area_code, year");
    }
}
