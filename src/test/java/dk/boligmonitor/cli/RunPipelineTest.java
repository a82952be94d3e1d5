package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.boligmonitor.TestDatabase;
import dk.boligmonitor.report.PdfContent;
import dk.boligmonitor.sampledata.OfficialListFiguresTest;

/**
 * The README's run, for real: the command line on sample-data into a fresh database, then the warehouse,
 * the criteria and the PDFs are checked against the published figures and against figures worked out here.
 */
class RunPipelineTest {

    @TempDir
    static Path work;

    static TestDatabase database;
    static JdbcTemplate jdbc;
    static CommandLine.Result first;

    @BeforeAll
    static void runThePipelineOnSampleData() {
        database = TestDatabase.fresh(work);
        jdbc = database.jdbc();
        first = run();
    }

    static CommandLine.Result run() {
        return CommandLine.runPipeline(database, Path.of("sample-data"), work.resolve("out"));
    }

    @Test
    void runEndsWellWithASummary() {
        assertThat(first.exitCode()).isZero();
        assertThat(first.output()).contains("Filer indlæst:    12 (0 uændrede sprunget over)", "Filer afvist:     0",
                "0 afvist", "Rapporter:        9 PDF'er");
    }

    @ParameterizedTest(name = "{0} {1}: {2} afgørelser pr. 1.000")
    @CsvSource({
            "motalavej, 2013, 55.1", "motalavej, 2014, 38.8", "motalavej, 2015, 34.2",
            "skaelskoer, 2013, 19.1", "skaelskoer, 2014, 27.9", "skaelskoer, 2015, 22.3",
            "sydbyen, 2013, 28.5", "sydbyen, 2014, 14.7", "sydbyen, 2015, 34.7",
            "ringparken, 2013, 42.8", "ringparken, 2014, 27.2", "ringparken, 2015, 31.4",
            "k330, 2013, 11.8", "k330, 2014, 10.3", "k330, 2015, 11.4"})
    void publishedVerdictRatesComeOutExactly(String unit, int year, String published) {
        assertThat(value(unit, "afgoerelser", year, 1)).isEqualByComparingTo(published);
    }

    @Test
    void programmeRateSumsCountsOfItsAreas() {
        assertThat(value("slagelse", "afgoerelser", 2016, 2)).isEqualByComparingTo("30.65");
        Map<String, Object> sums = jdbc.queryForMap("SELECT SUM(numerator) AS n, SUM(denominator) AS d FROM fact_indicator"
                + " WHERE indicator_code = 'afgoerelser' AND year = 2016"
                + " AND area_code IN ('motalavej', 'ringparken', 'sydbyen', 'skaelskoer')");
        BigDecimal byCounts = ((BigDecimal) sums.get("n")).multiply(BigDecimal.valueOf(1000))
                .divide((BigDecimal) sums.get("d"), 6, RoundingMode.HALF_UP);
        assertThat(value("slagelse", "afgoerelser", 2016, 6)).isEqualByComparingTo(byCounts);
    }

    @ParameterizedTest(name = "{0} {1}: {2} % trygge, {3} % utrygge")
    @CsvSource({
            "motalavej, 2014, 58, 19", "skaelskoer, 2014, 72, 0", "sydbyen, 2014, 68, 7", "ringparken, 2014, 65, 12",
            "slagelse, 2014, 65, 10",
            "motalavej, 2016, 63, 28", "skaelskoer, 2016, 76, 5", "sydbyen, 2016, 75, 17", "ringparken, 2016, 73, 23",
            "slagelse, 2016, 71, 21"})
    void publishedSafetySharesComeOutExactly(String unit, int year, int safe, int unsafe) {
        assertThat(value(unit, "tryghed", year, 0)).isEqualByComparingTo(BigDecimal.valueOf(safe));
        assertThat(value(unit, "utryghed", year, 0)).isEqualByComparingTo(BigDecimal.valueOf(unsafe));
    }

    @Test
    void moveoutRateIsMoveoutRowsOverTheEstatesTenancies() {
        int moveouts = jdbc.queryForObject("SELECT COUNT(*) FROM moveout m JOIN dim_area e ON e.area_code = m.estate_code"
                + " WHERE e.parent_code = 'motalavej' AND m.year = 2017", Integer.class);
        int tenancies = jdbc.queryForObject("SELECT SUM(tenancies) FROM dim_area WHERE parent_code = 'motalavej'",
                Integer.class);
        assertThat(tenancies).isEqualTo(560);
        assertThat(value("motalavej", "fraflytning", 2017, 6)).isEqualByComparingTo(
                BigDecimal.valueOf(moveouts * 100.0 / tenancies).setScale(6, RoundingMode.HALF_UP));
        assertThat(value("boligkorsoer-15", "fraflytning", 2017, 1)).isNotNull();
        assertThat(value("slagelse", "fraflytning", 2017, 1)).isEqualByComparingTo("22.3");
    }

    @Test
    void everySourcedFactLeadsBackToItsFileAndRow() throws Exception {
        Map<String, Object> lineage = jdbc.queryForMap("SELECT s.file_path, f.numerator_row FROM fact_indicator f"
                + " JOIN source_file s ON s.file_id = f.numerator_file_id"
                + " WHERE f.area_code = 'motalavej' AND f.indicator_code = 'afgoerelser' AND f.year = 2015");
        List<String> lines = Files.readAllLines(Path.of((String) lineage.get("file_path")),
                java.nio.charset.Charset.forName("windows-1252"));
        assertThat(lines.get((Integer) lineage.get("numerator_row") - 1))
                .isEqualTo("Motalavej;Kriminalretlige afgørelser;2015;48");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fact_indicator WHERE derivation IN ('fra fil', 'værdi fra fil')"
                + " AND numerator_file_id IS NULL", Integer.class)).isZero();
    }

    @Test
    void confidentialCellStaysSuppressedAllTheWay() {
        assertThat(jdbc.queryForObject("SELECT state FROM fact_indicator WHERE area_code = 'skaelskoer'"
                + " AND indicator_code = 'afgoerelser' AND year = 2019", String.class)).isEqualTo("SUPPRESSED");
        assertThat(status("afgoerelser-omraade", "skaelskoer", 2019)).isEqualTo("SUPPRESSED");
        assertThat(jdbc.queryForObject("SELECT state FROM fact_indicator WHERE area_code = 'slagelse'"
                + " AND indicator_code = 'afgoerelser' AND year = 2019", String.class)).isEqualTo("SUPPRESSED");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"motalavej, 2019", "ringparken, 2019", "sydbyen, 2020", "skaelskoer, 2021", "slagelse, 2021"})
    void moveoutCriterionFallsTenPerCentAYearCompoundedFrom2017(String unit, int year) {
        BigDecimal base = value(unit, "fraflytning", 2017, 6);
        BigDecimal target = base.multiply(BigDecimal.valueOf(0.9).pow(year - 2017)).setScale(1, RoundingMode.HALF_UP);
        boolean met = value(unit, "fraflytning", year, 1).compareTo(target) <= 0;
        // before the criterion's last year (2021) a year is a way-point: on track or not
        String expected = year < 2021 ? (met ? "ON_TRACK" : "NOT_ON_TRACK") : (met ? "MET" : "NOT_MET");
        assertThat(status("fraflytning-fald", unit, year)).isEqualTo(expected);
    }

    @Test
    void boundsAndPathsAreJudgedOnTheFiguresTheBoardReads() {
        assertThat(status("afgoerelser-ghettokriterium", "motalavej", 2021)).isEqualTo("MET");
        assertThat(status("afgoerelser-omraade", "sydbyen", 2020)).isEqualTo("NOT_MET");
        BigDecimal path2018 = new BigDecimal("30.65").add(new BigDecimal("-10.65").multiply(BigDecimal.valueOf(2))
                .divide(BigDecimal.valueOf(5))).setScale(1, RoundingMode.HALF_UP);
        boolean met = value("slagelse", "afgoerelser", 2018, 1).compareTo(path2018) <= 0;
        assertThat(jdbc.queryForObject("SELECT target_text FROM criterion_result WHERE criterion_code = 'afgoerelser-maal-2021'"
                + " AND year = 2018", String.class)).isEqualTo("≤ 26,4");
        assertThat(status("afgoerelser-maal-2021", "slagelse", 2018)).isEqualTo(met ? "ON_TRACK" : "NOT_ON_TRACK");
        assertThat(status("afgoerelser-maal-2021", "slagelse", 2019)).isEqualTo("SUPPRESSED");
        assertThat(status("tryghed-over-sub", "motalavej", 2019)).isEqualTo(surveyVerdict("motalavej", "sub", 2019));
    }

    /** A survey share above another, or within the 95 % uncertainty of both (1.96 standard errors). */
    private static String surveyVerdict(String unit, String reference, int year) {
        Map<String, Object> a = jdbc.queryForMap("SELECT value, denominator FROM fact_indicator WHERE area_code = ?"
                + " AND indicator_code = 'tryghed' AND year = ?", unit, year);
        Map<String, Object> b = jdbc.queryForMap("SELECT value, denominator FROM fact_indicator WHERE area_code = ?"
                + " AND indicator_code = 'tryghed' AND year = ?", reference, year);
        double p1 = ((BigDecimal) a.get("value")).doubleValue() / 100;
        double p2 = ((BigDecimal) b.get("value")).doubleValue() / 100;
        double se = Math.sqrt(p1 * (1 - p1) / ((BigDecimal) a.get("denominator")).doubleValue()
                + p2 * (1 - p2) / ((BigDecimal) b.get("denominator")).doubleValue());
        if (Math.abs(p1 - p2) < 1.96 * se) {
            return "NOT_SIGNIFICANT";
        }
        return Math.round(p1 * 100) > p2 * 100 ? "MET" : "NOT_MET";
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "motalavej, Motalavej", "ringparken, Ringparken og Schackenborgvænge", "sydbyen, Sydbyen",
            "skaelskoer, Skælskør", "vaerebro-park, Værebro Park", "hedeparken, Hedeparken",
            "elementparken, Elementparken"})
    void officialListMatchesTheHandWorkedTable(String area, String dstName) {
        String[] criteria = {"61a-arbejde", "61a-domfaeldte", "61a-grundskole", "61a-indkomst"};
        for (int year = 2018; year <= 2021; year++) {
            StringBuilder met = new StringBuilder();
            for (int i = 0; i < criteria.length; i++) {
                met.append(status(criteria[i], area, year).equals("MET") ? String.valueOf(i + 1) : "-");
            }
            String listed = jdbc.queryForObject("SELECT status FROM official_list_status WHERE area_code = ?"
                    + " AND year = ?", String.class, area, year);
            String mark = switch (listed) {
                case "UDSAT" -> "U";
                case "PARALLELSAMFUND" -> "P";
                default -> "-";
            };
            assertThat(met + " " + mark).as(area + " " + year)
                    .isEqualTo(OfficialListFiguresTest.expected(dstName, year));
        }
    }

    @Test
    void surveySharesCarryTheirMarginAndChangesTheirDifference() {
        Map<String, Object> safe = jdbc.queryForMap("SELECT value, denominator, margin FROM fact_indicator"
                + " WHERE area_code = 'motalavej' AND indicator_code = 'tryghed' AND year = 2016");
        double p = ((BigDecimal) safe.get("value")).doubleValue() / 100;
        double n = ((BigDecimal) safe.get("denominator")).doubleValue();
        assertThat(((BigDecimal) safe.get("margin")).doubleValue()).isCloseTo(196 * Math.sqrt(p * (1 - p) / n),
                org.assertj.core.data.Offset.offset(1e-6));
        BigDecimal change = jdbc.queryForObject("SELECT change_abs FROM fact_indicator WHERE area_code = 'motalavej'"
                + " AND indicator_code = 'afgoerelser' AND year = 2015", BigDecimal.class);
        assertThat(change).isEqualByComparingTo(value("motalavej", "afgoerelser", 2015, 6)
                .subtract(value("motalavej", "afgoerelser", 2014, 6)));
        assertThat(jdbc.queryForObject("SELECT change_abs FROM fact_indicator WHERE area_code = 'skaelskoer'"
                + " AND indicator_code = 'uddannelsesparat' AND year = 2015", BigDecimal.class))
                .as("no change from a hidden figure").isNull();
    }

    @Test
    void smallCountsAreHiddenAndCannotBeRecoveredFromTheProgrammeTotal() {
        // Skælskør 2014: 2 of 4 ninth graders judged ready; four persons is below the minimum of five
        assertThat(disclosure("skaelskoer", "uddannelsesparat", 2014)).isEqualTo("PRIMARY");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fact_indicator WHERE indicator_code = 'uddannelsesparat'"
                + " AND year = 2014 AND disclosure = 'SECONDARY' AND area_code IN"
                + " ('motalavej', 'ringparken', 'sydbyen', 'slagelse')", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fact_indicator f JOIN dim_indicator i"
                + " ON i.indicator_code = f.indicator_code WHERE f.disclosure = 'SHOWN' AND f.state = 'VALUE'"
                + " AND i.indicator_code NOT IN ('haervaerk', 'brande', 'fraflytning')"
                + " AND (f.numerator > 0 AND f.numerator < 5 OR f.denominator < 5)", Integer.class)).isZero();

        String expectedRow = IntStream.rangeClosed(2013, 2021).mapToObj(year ->
                disclosure("skaelskoer", "uddannelsesparat", year).equals("SHOWN")
                        ? value("skaelskoer", "uddannelsesparat", year, 1).toPlainString().replace('.', ',') : "..")
                .collect(Collectors.joining(" "));
        assertThat(expectedRow).contains("..");
        assertThat(PdfContent.read(work.resolve("out/slagelse/skaelskoer.pdf")).text()).contains(expectedRow);
    }

    @Test
    void areaReportShowsTheAreaAgainstItsMunicipalityInDanish() {
        String text = PdfContent.read(work.resolve("out/slagelse/motalavej.pdf")).text();
        assertThat(text).contains("Motalavej", "Slagelse Kommune", "Kriminalretlige afgørelser",
                "55,1", "38,8", "34,2", "11,8", "10,3", "11,4", "Side 1 af");
        assertThat(text.replaceAll("\\s+", " ")).contains("der føler sig trygge er en spørgeskemaandel med en"
                + " usikkerhed (95 %) på ±");
        String skaelskoer = PdfContent.read(work.resolve("out/slagelse/skaelskoer.pdf")).text();
        assertThat(skaelskoer).contains("Skælskør (Parkvej/Præstevangen)", "..");
    }

    /**
     * The change column agrees with the two figures printed beside it: a board member who subtracts 13 from 15
     * must find −2, not the unrounded figures' −3. Every row of a unit's own figures, in every PDF.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"slagelse/motalavej.pdf", "slagelse/ringparken.pdf", "slagelse/sydbyen.pdf", "slagelse/skaelskoer.pdf",
            "slagelse/bestyrelsespakke.pdf", "vestegnen/hedeparken.pdf", "vestegnen/bestyrelsespakke.pdf"})
    void theChangeIsTheDifferenceOfTheTwoFiguresPrinted(String pdf) {
        int checked = 0;
        for (String line : PdfContent.read(work.resolve("out").resolve(pdf)).text().split("\n")) {
            Matcher row = OWN_ROW.matcher(line);
            if (!row.find()) {
                continue;
            }
            String[] figures = row.group(2).trim().split("\\s+");
            if (figures.length < YEARS + 1 || !isNumber(figures[YEARS - 2]) || !isNumber(figures[YEARS - 1])
                    || !isNumber(figures[YEARS])) {
                continue;
            }
            BigDecimal printed = danish(figures[YEARS - 1]).subtract(danish(figures[YEARS - 2]));
            assertThat(danish(figures[YEARS])).as(pdf + ": " + line).isEqualByComparingTo(printed);
            checked++;
        }
        assertThat(checked).as(pdf).isGreaterThan(5);
    }

    /** A unit's own row: its label, then the years' figures and the change. */
    private static final Pattern OWN_ROW = Pattern.compile("(Boligområdet|Hele programmet) ([−+\\d.,– ]+?)(?: pp)?$");
    private static final int YEARS = 9;

    private static boolean isNumber(String text) {
        return text.matches("[−+]?\\d{1,3}(\\.\\d{3})*(,\\d+)?");
    }

    private static BigDecimal danish(String text) {
        return new BigDecimal(text.replace(".", "").replace(',', '.').replace('−', '-').replace("+", ""));
    }

    @Test
    void boardPacketHasEveryAreaAndTheProgrammeAsAWhole() {
        String text = PdfContent.read(work.resolve("out/slagelse/bestyrelsespakke.pdf")).text();
        assertThat(text).contains("Bestyrelsespakke", "Hele programmet", "Motalavej",
                "Ringparken og Schackenborgvænge", "Sydbyen", "Skælskør (Parkvej/Præstevangen)", "30,6");
        assertThat(PdfContent.read(work.resolve("out/vestegnen/bestyrelsespakke.pdf")).text())
                .contains("Værebro Park", "Gladsaxe Kommune", "Hedeparken", "Ballerup Kommune", "Herlev Kommune");
    }

    @Test
    void runningAgainChangesNothing() {
        int facts = count("fact_indicator");
        int observations = count("observation");
        int moveouts = count("moveout");
        int results = count("criterion_result");
        String report = PdfContent.read(work.resolve("out/slagelse/motalavej.pdf")).text();

        CommandLine.Result second = run();

        assertThat(second.exitCode()).isZero();
        assertThat(second.output()).contains("Filer indlæst:    0 (12 uændrede sprunget over)");
        assertThat(count("fact_indicator")).isEqualTo(facts);
        assertThat(count("observation")).isEqualTo(observations);
        assertThat(count("moveout")).isEqualTo(moveouts);
        assertThat(count("criterion_result")).isEqualTo(results);
        assertThat(PdfContent.read(work.resolve("out/slagelse/motalavej.pdf")).text()).isEqualTo(report);
    }

    @Test
    void filesOfOneSourceLoadInTurnAndOtherSourcesSideBySide() {
        long firstIngest = jdbc.queryForObject("SELECT MIN(e.job_execution_id) FROM batch_job_execution e"
                + " JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id WHERE i.job_name = 'ingest'",
                Long.class);
        int rounds = jdbc.queryForObject("SELECT COUNT(*) FROM batch_step_execution WHERE job_execution_id = ?"
                + " AND step_name = 'loadFiles'", Integer.class, firstIngest);
        int mostFilesOfOneSource = jdbc.queryForObject("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM source_file"
                + " GROUP BY source) per_source", Integer.class);
        assertThat(mostFilesOfOneSource).isGreaterThan(1);
        assertThat(rounds).isEqualTo(mostFilesOfOneSource);

        List<Map<String, Object>> loads = jdbc.queryForList("SELECT f.source, f.file_id, e.start_time, e.end_time"
                + " FROM batch_step_execution e JOIN source_file f ON e.step_name = CONCAT('loadFile:file', f.file_id)"
                + " WHERE e.job_execution_id = ? ORDER BY f.source, f.file_id", firstIngest);
        assertThat(loads).hasSize(count("source_file"));
        for (int i = 1; i < loads.size(); i++) {
            Map<String, Object> before = loads.get(i - 1);
            Map<String, Object> after = loads.get(i);
            if (before.get("source").equals(after.get("source"))) {
                assertThat(((Timestamp) after.get("start_time")))
                        .as("file %s starts after file %s of the same source", after.get("file_id"), before.get("file_id"))
                        .isAfterOrEqualTo((Timestamp) before.get("end_time"));
            }
        }
    }

    private static int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    private static BigDecimal value(String unit, String indicator, int year, int decimals) {
        BigDecimal value = jdbc.queryForObject("SELECT value FROM fact_indicator WHERE area_code = ? AND"
                + " indicator_code = ? AND year = ?", BigDecimal.class, unit, indicator, year);
        return value == null ? null : value.setScale(decimals, RoundingMode.HALF_UP);
    }

    private static String disclosure(String unit, String indicator, int year) {
        return jdbc.queryForObject("SELECT disclosure FROM fact_indicator WHERE area_code = ? AND indicator_code = ?"
                + " AND year = ?", String.class, unit, indicator, year);
    }

    private static String status(String criterion, String unit, int year) {
        return jdbc.queryForObject("SELECT status FROM criterion_result WHERE criterion_code = ? AND area_code = ?"
                + " AND year = ?", String.class, criterion, unit, year);
    }
}
