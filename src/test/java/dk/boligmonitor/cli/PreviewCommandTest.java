package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.boligmonitor.TestDatabase;
import dk.boligmonitor.config.Area;
import dk.boligmonitor.config.ConfigLoader;
import dk.boligmonitor.ingest.read.PersonalData;
import dk.boligmonitor.pipeline.ExitCodes;

/**
 * The preview command as the shell runs it: what a load would make of one file, with the database it names never
 * created. Its rejections are checked against a real load of the same files.
 */
class PreviewCommandTest {

    private static final Path SAMPLES = Path.of("sample-data");
    private static final Path BAD_INPUT = Path.of("src/test/resources/bad-input");
    private static final String BAD_INPUT_JOBS = "src/test/resources/bad-input-jobs";

    @TempDir
    Path work;

    @Test
    void dstExportShowsItsMappingHeaderColumnsAndFirstRows() throws IOException {
        Path file = SAMPLES.resolve("dst_noegletal_afgoerelser_2013-2021.csv");
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);

        CommandLine.Result result = preview("--file", file.toString(), "--rows", "3");

        assertThat(result.exitCode()).as(result.errors()).isEqualTo(ExitCodes.OK);
        String shown = result.output();
        assertThat(shown).contains("Mapping: dst-afgoerelser", "Mønster: dst_noegletal_afgoerelser_*.csv",
                "Læst som: Windows-1252, skilletegn ';'", "Overskrift i række: 1", "Tal med: decimalkomma",
                "Kriminalretlige afgørelser → afgoerelser.numerator", "Beboere → afgoerelser.denominator",
                "Resultat: filen ville blive indlæst");
        assertThat(shown).containsPattern(column(1, "OMRÅDE", "area")).containsPattern(column(2, "NØGLETAL", "measure"))
                .containsPattern(column(3, "TID", "year"))
                .containsPattern(column(4, "INDHOLD", "værdi → indikator og del efter measure"));
        for (int rowNo = 2; rowNo <= 4; rowNo++) {
            String[] cells = lines.get(rowNo - 1).split(";");
            assertThat(shown).containsPattern("(?m)^ +" + rowNo + " +" + areaCode(cells[0]) + " +" + cells[2]
                    + " +afgoerelser +numerator +" + cells[3] + "$");
        }
        assertThat(shown).doesNotContainPattern("(?m)^ +5 +" + areaCode(lines.get(4).split(";")[0]));
        assertThat(shown).contains("Hele filen: " + (lines.size() - 1) + " rækker læst, " + (lines.size() - 1)
                + " godkendt, 0 afvist, 0 sprunget over");
        assertNoDatabase();
    }

    @Test
    void moveoutWorkbookShowsItsSheetHeaderRowAndMappedMoveouts() throws IOException {
        Path file = SAMPLES.resolve("fraflytninger_boligkorsoer_2013-2021.xlsx");

        CommandLine.Result result = preview("--file", file.toString());

        assertThat(result.exitCode()).as(result.errors()).isEqualTo(ExitCodes.OK);
        String shown = result.output();
        assertThat(shown).contains("Mapping: fraflytninger-xlsx", "Læst som: ark 'Fraflytninger'",
                "Resultat: filen ville blive indlæst");
        assertThat(shown).containsPattern(column(1, "Afd.", "estate")).containsPattern(column(2, "Lejemål", "tenancy"))
                .containsPattern(column(3, "Fraflyttet", "date")).containsPattern(column(4, "Årsag", "reason"))
                .containsPattern(column(5, "Tomgang \\(dage\\)", "vacancy_days"))
                .containsPattern(column(6, "Tab \\(kr.\\)", "loss"));
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet("Fraflytninger");
            int header = headerRow(sheet);
            assertThat(shown).contains("Overskrift i række: " + (header + 1));
            DataFormatter text = new DataFormatter();
            int dataRows = 0;
            for (int i = header + 1; i <= sheet.getLastRowNum(); i++) {
                if (sheet.getRow(i) != null && !text.formatCellValue(sheet.getRow(i).getCell(1)).isBlank()) {
                    dataRows++;
                }
            }
            for (int i = header + 1; i <= header + Preview.DEFAULT_ROWS; i++) {
                Row row = sheet.getRow(i);
                assertThat(shown).containsPattern("(?m)^ +" + (i + 1) + " +boligkorsoer-"
                        + text.formatCellValue(row.getCell(0)) + " +" + tenancy(text.formatCellValue(row.getCell(1)))
                        + " +" + row.getCell(2).getLocalDateTimeCellValue().toLocalDate() + " +.+ +"
                        + (int) row.getCell(4).getNumericCellValue() + " +" + Pattern.quote(String.valueOf(
                                row.getCell(5).getNumericCellValue()).replace('.', ',')) + "0?$");
            }
            assertThat(shown).doesNotContainPattern("(?m)^ +" + (header + Preview.DEFAULT_ROWS + 2) + " +boligkorsoer");
            assertThat(shown).contains("Hele filen: " + dataRows + " rækker læst, " + dataRows + " godkendt, 0 afvist");
        }
        assertNoDatabase();
    }

    @Test
    void fileNoPatternTakesNamesTheNearestMappingAndWhatItLacks() throws IOException {
        Path renamed = work.resolve("dst_afgoerelser_2021.csv");
        Files.copy(SAMPLES.resolve("dst_noegletal_afgoerelser_2013-2021.csv"), renamed);
        Path broken = work.resolve("fraflytninger_2021.csv");
        Files.writeString(broken, Files.readString(SAMPLES.resolve("fraflytninger_fob_2013-2021.csv"),
                StandardCharsets.UTF_8).replaceFirst("Fraflytningsdato", "Dato"), StandardCharsets.UTF_8);

        CommandLine.Result named = preview("--file", renamed.toString());
        CommandLine.Result lacking = preview("--file", broken.toString());

        assertThat(named.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(named.output()).contains("Ingen mapping tager filen", "Nærmest: dst-afgoerelser",
                "har alle mappingens kolonner; filen ville blive indlæst (0 af 216 rækker afvist)",
                "mønsteret dst_noegletal_afgoerelser_*.csv");
        assertThat(lacking.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(lacking.output()).contains("Nærmest: fraflytninger-csv", "mangler Fraflytningsdato",
                "mønsteret fraflytninger_");
        assertNoDatabase();
    }

    /** Rejections by reason and column, and the verdict, as a real load of the same files gives them. */
    @Test
    void rejectionsAndRefusalAreThoseOfARealLoad() throws IOException {
        List<String> files = List.of("fraflytninger_sab_2017_forskudt_raekke.csv",
                "fraflytninger_fob_2016_forskudte_kolonner.csv", "fraflytninger_fob_2019_navn_i_dato_og_lejemaal.csv",
                "dst_afgoerelser_2019_dublet.csv");
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        for (String file : files) {
            Files.copy(BAD_INPUT.resolve(file), inbox.resolve(file));
        }
        TestDatabase database = TestDatabase.fresh(work.resolve("loaded"));
        CommandLine.run(database, "ingest", "--data", inbox.toString(), "--config", BAD_INPUT_JOBS);
        JdbcTemplate jdbc = database.jdbc();

        for (String file : files) {
            CommandLine.Result result = preview("--file", inbox.resolve(file).toString(), "--config", BAD_INPUT_JOBS);

            Map<String, Object> loaded = jdbc.queryForMap(
                    "SELECT file_id, status, rows_read, rows_rejected FROM source_file WHERE file_name = ?", file);
            String shown = result.output();
            assertThat(result.exitCode()).as(file).isEqualTo(loaded.get("status").equals("REFUSED")
                    ? ExitCodes.REFUSED : ExitCodes.OK);
            assertThat(shown).as(file).contains("Hele filen: " + loaded.get("rows_read") + " rækker læst, ")
                    .contains(" " + loaded.get("rows_rejected") + " afvist, ")
                    .contains(loaded.get("status").equals("REFUSED") ? "filen ville blive AFVIST" : "blive indlæst");
            List<Map<String, Object>> reasons = jdbc.queryForList("""
                    SELECT column_name, reason, COUNT(*) AS n, MIN(row_no) AS first_row FROM rejected_row
                     WHERE file_id = ? GROUP BY column_name, reason""", loaded.get("file_id"));
            assertThat(reasons).as(file).isNotEmpty();
            for (Map<String, Object> reason : reasons) {
                String start = ((String) reason.get("reason")).substring(0,
                        Math.min(30, ((String) reason.get("reason")).length()));
                assertThat(shown).as(file).containsPattern("(?m)^ +" + reason.get("n") + " +"
                        + Pattern.quote(String.valueOf(Objects.requireNonNullElse(reason.get("column_name"), "")))
                        + " +" + Pattern.quote(start)
                        + ".* +" + reason.get("first_row") + "( |$)");
            }
            assertThat(shown.lines().filter(line -> line.matches(" +\\d+ +.+ +\\d+ +.*")).count())
                    .as(file).isGreaterThanOrEqualTo(reasons.size());
        }
        assertNoDatabase();
    }

    @Test
    void namesInTheFileAreNeverShown() throws IOException {
        Path file = BAD_INPUT.resolve("fraflytninger_fob_2019_navn_i_dato_og_lejemaal.csv");
        List<String> names = Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1)
                .flatMap(line -> Pattern.compile(";").splitAsStream(line))
                .filter(cell -> cell.matches("\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+")).toList();

        CommandLine.Result result = preview("--file", file.toString(), "--config", BAD_INPUT_JOBS);

        assertThat(names).isNotEmpty();
        assertThat(result.output()).contains(PersonalData.HIDDEN).doesNotContain(names);
    }

    @Test
    void usageMistakesStopWithExitTwo() {
        assertThat(CommandLine.run(null, "--help").output()).contains("preview --file FIL [--rows N] [--config DIR]");
        assertThat(preview().exitCode()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(preview("--file", work.resolve("nope.csv").toString()).errors()).contains("filen findes ikke");
        assertThat(preview("--file", "sample-data/dst_skole_2013-2021.csv", "--rows", "0").exitCode())
                .isEqualTo(ExitCodes.CONFIGURATION);
        assertNoDatabase();
    }

    /** Preview with a database of its own named on the command line: one it must never create. */
    private CommandLine.Result preview(String... arguments) {
        String[] args = new String[arguments.length + 2];
        args[0] = "preview";
        System.arraycopy(arguments, 0, args, 1, arguments.length);
        args[args.length - 1] = "--spring.datasource.url=jdbc:h2:file:" + work.resolve("preview-db");
        return CommandLine.run(null, args);
    }

    private void assertNoDatabase() {
        assertThat(work.resolve("preview-db.mv.db")).doesNotExist();
    }

    private static String column(int number, String header, String use) {
        return "(?m)^ +" + number + " +" + header + " +" + Pattern.quote(use) + "$";
    }

    private static String areaCode(String name) {
        return ConfigLoader.load(Path.of("jobs")).areas()
                .filter(area -> area.name().equals(name)).map(Area::code).findFirst().orElseThrow();
    }

    /** A tenancy number is stored in one spelling: "15-0174" as 15-174. */
    private static String tenancy(String asWritten) {
        String[] parts = asWritten.split("-");
        return Pattern.quote(parts[0]) + "-0*" + Pattern.quote(parts[1].replaceFirst("^0+(?=\\d)", ""));
    }

    private static int headerRow(Sheet sheet) {
        DataFormatter text = new DataFormatter();
        for (Row row : sheet) {
            if (text.formatCellValue(row.getCell(1)).equals("Lejemål")) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no header in " + sheet.getSheetName());
    }
}
