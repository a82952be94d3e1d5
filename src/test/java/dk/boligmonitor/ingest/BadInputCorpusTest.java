package dk.boligmonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import dk.boligmonitor.TestDatabase;
import dk.boligmonitor.cli.Commands;
import dk.boligmonitor.ingest.badinput.BadInputCorpus;
import dk.boligmonitor.ingest.badinput.CsvCorpus;
import dk.boligmonitor.ingest.badinput.MoveoutCorpus;
import dk.boligmonitor.registry.FileStatus;

/**
 * The bad-input corpus through the real command line, once: every broken or awkward file in
 * src/test/resources/bad-input must be refused whole, loaded with its bad rows rejected, or loaded as it is,
 * exactly as expected.csv says, with a message that names the row, the column and the reason; and no
 * personal data may reach the database on the way.
 */
class BadInputCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/bad-input");
    static final Path CONFIG = Path.of("src/test/resources/bad-input-jobs");
    static final String EXPECTED = "expected.csv";

    @TempDir
    static Path work;

    static TestDatabase database;
    static Connection connection;
    static JdbcTemplate jdbc;
    static int exitCode;
    static String output;
    static Duration took;

    /** One line of expected.csv: what must become of one file. */
    record Expectation(String file, String outcome, Integer row, String column, String message, String description) {

        @Override
        public String toString() {
            return file + " → " + outcome;
        }
    }

    /** The corpus as an inbox: every file but expected.csv, which is no data file. */
    @BeforeAll
    static void runThePipelineOverTheWholeCorpus() throws IOException, SQLException {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals(EXPECTED)).toList()) {
                Files.copy(file, inbox.resolve(file.getFileName()));
            }
        }
        database = TestDatabase.fresh(work);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("run", "--data", inbox.toString(), "--config", CONFIG.toString(),
                "--out", work.resolve("out").toString()));
        args.addAll(database.springArguments());
        long start = System.nanoTime();
        exitCode = new Commands(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
                .execute(args.toArray(String[]::new));
        took = Duration.ofNanos(System.nanoTime() - start);
        output = out.toString(StandardCharsets.UTF_8);
        System.out.println(output);
        System.out.println("Korpus kørt på " + took.toMillis() + " ms");
        // one connection for the many small queries below: a new one each time costs more than the query
        connection = database.jdbc().getDataSource().getConnection();
        jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
    }

    @AfterAll
    static void closeTheConnection() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }

    static List<Expectation> expectations() throws IOException {
        List<String> lines = Files.readAllLines(CORPUS.resolve(EXPECTED), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("file;outcome;row;column;message;description");
        return lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> {
            String[] f = line.split(";", 6);
            assertThat(f).as(line).hasSize(6);
            return new Expectation(f[0], f[1], f[2].isEmpty() ? null : Integer.valueOf(f[2]), f[3], f[4], f[5]);
        }).toList();
    }

    @Test
    void runEndsWithFilesRefusedNotWithAFailure() {
        assertThat(exitCode).as(output).isEqualTo(1);
        assertThat(output).contains("Filer afvist:").doesNotContain("FEJL:");
        assertThat(took).isLessThan(Duration.ofSeconds(45));
    }

    /** The 10 MB line and the zip bomb are refused at once, not after reading (or inflating) all of them. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dst_afgoerelser_2016_uden_linjeskift.csv", "fraflytninger_boligkorsoer_2021_zipbombe.xlsx"})
    void hostileFilesAreRefusedQuickly(String file) {
        long fileId = jdbc.queryForObject("SELECT file_id FROM source_file WHERE file_name = ?", Long.class, file);
        Map<String, Object> step = jdbc.queryForMap("SELECT start_time, end_time FROM batch_step_execution"
                + " WHERE step_name = ?", "loadFile:file" + fileId);
        assertThat(Duration.between(((Timestamp) step.get("start_time")).toLocalDateTime(),
                ((Timestamp) step.get("end_time")).toLocalDateTime())).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void everyCorpusFileIsExpectedOnceAndRegisteredOnce() throws IOException {
        List<String> expected = expectations().stream().map(Expectation::file).toList();
        try (Stream<Path> files = Files.list(CORPUS)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(EXPECTED)).sorted())
                    .containsExactlyElementsOf(expected.stream().sorted().toList());
        }
        assertThat(expected).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(25);
        for (String file : expected) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM source_file WHERE file_name = ?", Integer.class, file))
                    .as(file).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void fileEndsAsExpected(Expectation expected) {
        Map<String, Object> file = jdbc.queryForMap("SELECT file_id, status, message, rows_rejected FROM source_file"
                + " WHERE file_name = ?", expected.file());
        long fileId = ((Number) file.get("file_id")).longValue();
        String message = (String) file.get("message");
        List<Map<String, Object>> rejected = jdbc.queryForList("SELECT row_no, column_name, reason FROM rejected_row"
                + " WHERE file_id = ? ORDER BY row_no", fileId);
        String seen = expected.file() + ": " + file + " " + rejected.stream().limit(5).toList();
        switch (expected.outcome()) {
            case "REFUSED" -> {
                assertThat(file.get("status")).as(seen).isEqualTo(FileStatus.REFUSED);
                assertThat(message).as(seen).contains(expected.message());
                assertThat(count("observation", fileId) + count("moveout", fileId)).as(seen).isZero();
                if (expected.row() != null) {
                    assertThat(rejected).as(seen).anyMatch(r -> isAt(r, expected));
                }
            }
            case "LOADED" -> {
                assertThat(file.get("status")).as(seen).isEqualTo(FileStatus.LOADED);
                assertThat(rejected).as(seen).anyMatch(r -> isAt(r, expected)
                        && ((String) r.get("reason")).contains(expected.message()));
            }
            case "LOADED_CLEAN" -> {
                assertThat(file.get("status")).as(seen).isEqualTo(FileStatus.LOADED);
                assertThat(rejected).as(seen).isEmpty();
                assertThat(count("observation", fileId) + count("moveout", fileId)).as(seen).isPositive();
            }
            default -> throw new IllegalArgumentException("unknown outcome " + expected.outcome());
        }
    }

    private static boolean isAt(Map<String, Object> rejected, Expectation expected) {
        Object column = rejected.get("column_name");
        return ((Number) rejected.get("row_no")).intValue() == expected.row()
                && (expected.column().isEmpty() ? column == null : expected.column().equals(column));
    }

    private static int count(String table, long fileId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE file_id = ?", Integer.class, fileId);
    }

    // personal data

    /** DDMMYY and four digits, joined by nothing, a hyphen, any dash or a (no-break) space. */
    private static final Pattern CPR = Pattern.compile(
            "(?<!\\d)(\\d{2})(\\d{2})(\\d{2})[-\u2010-\u2015\u2212 \u00A0]?\\d{4}(?!\\d)");
    /** A SHA-256 digest in hex: its digits can by chance spell a date and four more, but it holds no one's number. */
    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

    @Test
    void noCprNumberNorNameInAnyTextColumnOfAnyTable() {
        List<Map<String, Object>> columns = jdbc.queryForList("SELECT table_name, column_name, data_type"
                + " FROM information_schema.columns WHERE table_schema = CURRENT_SCHEMA");
        List<String> textColumns = columns.stream()
                .filter(c -> ((String) c.get("data_type")).toUpperCase().matches(".*(CHAR|TEXT|CLOB).*"))
                .map(c -> c.get("table_name") + "." + c.get("column_name")).toList();
        assertThat(textColumns).contains("moveout.reason", "rejected_row.cell_value", "source_file.message");
        List<String> found = new ArrayList<>();
        for (String column : textColumns) {
            String[] tableAndColumn = column.split("\\.");
            for (String value : jdbc.queryForList("SELECT \"" + tableAndColumn[1] + "\" FROM \"" + tableAndColumn[0]
                    + "\" WHERE \"" + tableAndColumn[1] + "\" IS NOT NULL", String.class)) {
                if (!DIGEST.matcher(value).matches() && holdsCpr(value) || BadInputCorpus.CPR_NUMBERS.stream()
                        .anyMatch(cpr -> value.contains(cpr) || value.contains(cpr.replace("-", "")))
                        || MoveoutCorpus.NAMES.stream().anyMatch(value::contains)) {
                    found.add(column + ": " + value);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    static boolean holdsCpr(String text) {
        Matcher m = CPR.matcher(text);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            if (isDate(1900 + year, month, day) || isDate(2000 + year, month, day)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    @Test
    void droppedPersonalColumnsLoadTheRestOfTheSameFile() throws IOException {
        assertThat(Files.readAllBytes(CORPUS.resolve("fraflytninger_fob_2018_med_cpr.csv")))
                .isEqualTo(Files.readAllBytes(CORPUS.resolve("fraflytninger-med-personkolonner_fob_2018.csv")));
        assertThat(jdbc.queryForObject("SELECT rows_accepted FROM source_file WHERE file_name ="
                + " 'fraflytninger-med-personkolonner_fob_2018.csv'", Integer.class)).isEqualTo(25);
    }

    // awkward files that load, and load right

    @Test
    void honestWorkbookWithAHighlyCompressedStylesPartLoads() throws Exception {
        String name = "fraflytninger_skaelskoer-boligselskab_2019_mange_typografier.xlsx";
        // under the limit the run set, the part inflates whole (the bomb's sheet would not)
        OPCPackage workbook = OPCPackage.open(CORPUS.resolve(name).toFile(), PackageAccess.READ);
        try (InputStream styles = workbook.getPart(PackagingURIHelper.createPartName("/xl/styles.xml"))
                .getInputStream()) {
            assertThat(styles.transferTo(OutputStream.nullOutputStream())).isGreaterThan(1_000_000);
        } finally {
            workbook.revert();
        }
        assertThat(jdbc.queryForMap("SELECT status, rows_accepted, rows_rejected FROM source_file WHERE file_name = ?",
                name)).containsEntry("status", "LOADED").containsEntry("rows_accepted", 30).containsEntry("rows_rejected", 0);
    }

    @Test
    void windows1252AndUtf16KeepDanishLetters() {
        assertThat(areasOf("dst_afgoerelser_2013_windows-1252.csv"))
                .containsExactlyInAnyOrder("dk", "k330", "motalavej", "ringparken", "skaelskoer", "sydbyen");
        assertThat(areasOf("dst_bred_afgoerelser_2008-2021.csv")).contains("skaelskoer", "ringparken");
        assertThat(areasOf("dst_afgoerelser_2015_vestegnen_unicode-tekst.txt"))
                .containsExactlyInAnyOrder("elementparken", "hedeparken", "k151", "k159", "k163", "vaerebro-park");
    }

    @Test
    void suppressedAndMissingStayApart() {
        String file = "dst_afgoerelser_2017_fortrolig_og_tom.csv";
        assertThat(observation(file, "skaelskoer", "numerator", "2017"))
                .containsEntry("state", "SUPPRESSED").containsEntry("amount", null);
        assertThat(observation(file, "sydbyen", "denominator", "2017"))
                .containsEntry("state", "MISSING").containsEntry("amount", null);
        assertThat(observation(file, "sydbyen", "numerator", "2017")).containsEntry("state", "VALUE");
    }

    @Test
    void danishThousandsSeparatorsAndDecimalCommasAreRead() {
        String file = "dst_skole_2019_tusindtalsseparator.csv";
        assertThat((BigDecimal) observation(file, "k330", "denominator", "2019").get("amount")).isEqualByComparingTo("6025");
        assertThat((BigDecimal) observation(file, "dk", "denominator", "2019").get("amount")).isEqualByComparingTo("612345");
        assertThat((BigDecimal) observation(file, "sydbyen", "value", "2019").get("amount")).isEqualByComparingTo("8.7");
    }

    @Test
    void quotedLineBreaksStayInTheirFieldAndRowsAreCountedAsRecords() {
        assertThat(jdbc.queryForObject("SELECT m.reason FROM moveout m JOIN source_file f ON f.file_id = m.file_id"
                + " WHERE f.file_name = 'fraflytninger_fob_2018_citat_med_linjeskift.csv' AND m.row_no = 5", String.class))
                .as("the field with a line break, read whole, is a category of the mapping")
                .isEqualTo("Flyttet til plejebolig");
        assertThat(jdbc.queryForObject("SELECT m.reason FROM moveout m JOIN source_file f ON f.file_id = m.file_id"
                + " WHERE f.file_name = 'fraflytninger_fob_2018_citat_med_linjeskift.csv' AND m.row_no = 8", String.class))
                .as("a note is no category").isEqualTo("andet");
    }

    @Test
    void aLongReasonBecomesACategoryAndTheMoveoutIsKept() {
        String reason = jdbc.queryForObject("SELECT m.reason FROM moveout m JOIN source_file f ON f.file_id = m.file_id"
                + " WHERE f.file_name = 'fraflytninger_fob_2014_lang_aarsag.csv' AND m.row_no = 7", String.class);
        assertThat(reason).isEqualTo("andet");
    }

    @Test
    void wideLayoutTakesOnlyTheProgrammesYears() {
        List<Integer> years = jdbc.queryForList("SELECT DISTINCT o.year FROM observation o JOIN source_file f"
                + " ON f.file_id = o.file_id WHERE f.file_name = 'dst_bred_afgoerelser_2008-2021.csv' ORDER BY o.year",
                Integer.class);
        assertThat(years).containsExactly(2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021);
    }

    @Test
    void quartersAreSummedIntoTheirYear() {
        List<Map<String, Object>> quarters = jdbc.queryForList("SELECT o.period, o.amount FROM observation o"
                + " JOIN source_file f ON f.file_id = o.file_id WHERE f.file_name = 'dst_anmeldelser_kvartal_2019-2020.csv'"
                + " AND o.area_code = 'motalavej' AND o.indicator_code = 'haervaerk' AND o.year = 2019 ORDER BY o.period");
        assertThat(quarters).extracting(q -> q.get("period")).containsExactly("2019K1", "2019K2", "2019K3", "2019K4");
        BigDecimal sum = quarters.stream().map(q -> (BigDecimal) q.get("amount")).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(jdbc.queryForObject("SELECT numerator FROM fact_indicator WHERE area_code = 'motalavej'"
                + " AND indicator_code = 'haervaerk' AND year = 2019", BigDecimal.class)).isEqualByComparingTo(sum);
    }

    @Test
    void twoRowMergedHeaderFindsTheColumnsUnderTheirGroups() {
        String file = "politi_tryghed_2019_flettet_overskrift.xlsx";
        assertThat(jdbc.queryForList("SELECT DISTINCT o.indicator_code FROM observation o JOIN source_file f"
                + " ON f.file_id = o.file_id WHERE f.file_name = ? ORDER BY 1", String.class, file))
                .containsExactly("frivillige", "tryghed", "utryghed");
        // Motalavej: 120 respondents, 60 % safe
        assertThat((BigDecimal) jdbcObservation(file, "motalavej", "tryghed", "numerator").get("amount"))
                .isEqualByComparingTo("72");
    }

    @Test
    void oldXlsWorkbookLoadsWithItsDates() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM moveout m JOIN source_file f ON f.file_id = m.file_id"
                + " WHERE f.file_name = 'fraflytninger_boligkorsoer_2019.xls' AND m.year = 2019", Integer.class))
                .isEqualTo(40);
    }

    // workbooks whose cells mean more than their numbers (ExcelCorpus): stored as a clean reading of the same file

    /** POI's workbook model reads the date system as Excel does; the stored dates must be those, row by row. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fraflytninger_boligkorsoer_2017_1904-datoer.xlsx",
            "fraflytninger_skaelskoer-boligselskab_2016_1904-datoer.xls"})
    void datesOfA1904WorkbookAreTheDatesItShows(String file) throws IOException {
        Map<Integer, LocalDate> shown = new TreeMap<>();
        try (Workbook wb = WorkbookFactory.create(CORPUS.resolve(file).toFile(), null, true)) {
            for (Row row : wb.getSheetAt(0)) {
                if (row.getRowNum() >= 4) {
                    shown.put(row.getRowNum() + 1, row.getCell(2).getLocalDateTimeCellValue().toLocalDate());
                }
            }
        }
        Map<Integer, LocalDate> stored = new TreeMap<>();
        jdbc.query("SELECT m.row_no, m.moveout_date FROM moveout m JOIN source_file f ON f.file_id = m.file_id"
                + " WHERE f.file_name = ?", rs -> {
                    stored.put(rs.getInt(1), rs.getDate(2).toLocalDate());
                }, file);
        assertThat(stored).isNotEmpty().isEqualTo(shown);
    }

    /** Values as the workbook shows them: a formula's calculated value, a share in a percent format times 100. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lbf_boligsociale_data_2019_formel_uden_vaerdi.xlsx",
            "lbf_boligsociale_data_2017_procentformat.xlsx"})
    void workbookValuesAreStoredAsShown(String file) throws IOException {
        Map<String, BigDecimal> shown = new TreeMap<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook wb = WorkbookFactory.create(CORPUS.resolve(file).toFile(), null, true)) {
            for (Row row : wb.getSheetAt(0)) {
                XSSFCell value = (XSSFCell) row.getCell(5);
                if (row.getRowNum() >= 3 && value.getCTCell().isSetV()) {
                    int rowNo = row.getRowNum() + 1;
                    // a formula's value as Excel calculated it; a number as its format shows it (66.7%)
                    shown.put(rowNo + " value", value.getCellType() == CellType.FORMULA
                            ? BigDecimal.valueOf(value.getNumericCellValue())
                            : new BigDecimal(formatter.formatCellValue(value).replace("%", "")));
                    shown.put(rowNo + " numerator", BigDecimal.valueOf(row.getCell(3).getNumericCellValue()));
                    shown.put(rowNo + " denominator", BigDecimal.valueOf(row.getCell(4).getNumericCellValue()));
                }
            }
        }
        Map<String, BigDecimal> stored = new TreeMap<>();
        jdbc.query("SELECT o.row_no, o.part, o.amount FROM observation o JOIN source_file f ON f.file_id = o.file_id"
                + " WHERE f.file_name = ?", rs -> {
                    stored.put(rs.getInt(1) + " " + rs.getString(2), rs.getBigDecimal(3));
                }, file);
        assertThat(stored.keySet()).isEqualTo(shown.keySet());
        shown.forEach((key, value) -> assertThat(stored.get(key)).as(file + " " + key).isEqualByComparingTo(value));
    }

    /** Delimited files in another locale, encoding or line ending, that load, give what their clean file gives. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dst_skole_2019_vestegnen_engelsk_talformat.csv",
            "dst_afgoerelser_2017_vestegnen_utf16_uden_bom.txt", "fraflytninger_sab_2013_kommaer_i_aarsag.csv",
            "fraflytninger_sab_2018_tom_kolonne_uden_sidste_linjeskift.csv", "fraflytninger_sab_2021_kun_cr.csv",
            "fraflytninger_sab_2015_citat_midt_i_felt.csv"})
    void delimitedFilesThatLoadGiveTheFiguresOfTheirCleanFile(String file) {
        List<String> stored = file.startsWith("fraflytninger")
                ? jdbc.query("SELECT m.tenancy_no, m.vacancy_days, m.loss_dkk FROM moveout m JOIN source_file f"
                        + " ON f.file_id = m.file_id WHERE f.file_name = ? ORDER BY m.row_no",
                        (rs, i) -> rs.getString(1) + "|" + rs.getInt(2) + "|" + plain(rs.getBigDecimal(3)), file)
                : jdbc.query("SELECT o.amount FROM observation o JOIN source_file f ON f.file_id = o.file_id"
                        + " WHERE f.file_name = ? ORDER BY o.row_no", (rs, i) -> plain(rs.getBigDecimal(1)), file);
        assertThat(stored).isEqualTo(CsvCorpus.cleanFigures(file));
    }

    /**
     * The reason with quotes inside is read whole, as one value: not a listed reason, so stored as 'andet' (free
     * text is never stored), and the columns after it keep their figures (see the clean-file comparison above).
     */
    @Test
    void quotesInsideAnUnquotedValueArePartOfIt() {
        assertThat(jdbc.queryForObject("SELECT m.reason FROM moveout m JOIN source_file f ON f.file_id = m.file_id"
                + " WHERE f.file_name = 'fraflytninger_sab_2015_citat_midt_i_felt.csv' AND m.row_no = 5", String.class))
                .isEqualTo("andet");
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    @Test
    void refusedFilesLeaveNoRowsBehindOnlyTheirRejects() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM observation o JOIN source_file f ON f.file_id = o.file_id"
                + " WHERE f.status <> 'LOADED'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM moveout m JOIN source_file f ON f.file_id = m.file_id"
                + " WHERE f.status <> 'LOADED'", Integer.class)).isZero();
    }

    private static List<String> areasOf(String file) {
        return jdbc.queryForList("SELECT DISTINCT o.area_code FROM observation o JOIN source_file f"
                + " ON f.file_id = o.file_id WHERE f.file_name = ? ORDER BY 1", String.class, file);
    }

    private static Map<String, Object> observation(String file, String area, String part, String period) {
        return jdbc.queryForMap("SELECT o.state, o.amount FROM observation o JOIN source_file f ON f.file_id = o.file_id"
                + " WHERE f.file_name = ? AND o.area_code = ? AND o.part = ? AND o.period = ?", file, area, part, period);
    }

    private static Map<String, Object> jdbcObservation(String file, String area, String indicator, String part) {
        return jdbc.queryForMap("SELECT o.state, o.amount FROM observation o JOIN source_file f ON f.file_id = o.file_id"
                + " WHERE f.file_name = ? AND o.area_code = ? AND o.indicator_code = ? AND o.part = ?",
                file, area, indicator, part);
    }
}
