package dk.boligmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.boligmonitor.config.Indicator;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Programme;
import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.report.BoardPacket.LoadedFile;
import dk.boligmonitor.report.FiguresWorkbook.UnitReport;
import dk.boligmonitor.report.ReportAssembler.Subject;

/**
 * The workbook beside the board packet of the README's run: its sheets, frozen headings and cell types, its
 * figures against the packet's own text (a suppressed one included), and texts that Excel would run defused.
 */
class FiguresWorkbookTest {

    private static final int SERIES = 1;
    private static final int INDICATOR = 2;
    private static final int YEAR = 4;
    private static final int NUMERATOR = 5;
    private static final int VALUE = 7;
    private static final int STATE = 8;
    private static final int NUMERATOR_FILE = 9;
    private static final DataFormatter DANISH_EXCEL = new DataFormatter(DanishFormat.DANISH);

    @TempDir
    static Path work;

    static JdbcTemplate jdbc;
    static MonitorConfig config;
    static Programme slagelse;
    static String packetText;
    static XSSFWorkbook workbook;

    @BeforeAll
    static void runThePipelineOnSampleData() throws IOException {
        SampleDataRun run = SampleDataRun.into(work);
        jdbc = run.jdbc();
        config = run.config();
        slagelse = run.slagelse();
        packetText = PdfContent.read(work.resolve("out/slagelse/bestyrelsespakke.pdf")).text();
        workbook = new XSSFWorkbook(Files.newInputStream(work.resolve("out/slagelse/" + FiguresWorkbook.FILE)));
    }

    @AfterAll
    static void close() throws IOException {
        workbook.close();
    }

    @Test
    void everyProgrammeHasItsWorkbookAndNoHalfWrittenFile() throws IOException {
        for (Programme programme : config.programmes()) {
            Path folder = work.resolve("out").resolve(programme.code());
            assertThat(folder.resolve(FiguresWorkbook.FILE)).isRegularFile();
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
            }
        }
    }

    @Test
    void aSheetPerTableWithItsHeadingRowFrozen() {
        int officialListRows = jdbc.queryForObject("SELECT COUNT(*) FROM official_list_status WHERE criteria_set = ?",
                Integer.class, ProgrammeOverview.OFFICIAL_LIST);
        List<String> expected = new ArrayList<>(List.of("Indikatorer", "Succeskriterier"));
        if (officialListRows > 0) {
            expected.add("Officiel liste");
        }
        expected.add("Kilder");
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        assertThat(names).containsExactlyElementsOf(expected);
        for (Sheet sheet : workbook) {
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane).as(sheet.getSheetName()).isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(20 * 256);
            assertThat(sheet.getLastRowNum()).as(sheet.getSheetName()).isPositive();
        }
        assertThat(texts(workbook.getSheet("Indikatorer").getRow(0))).startsWith("Område", "Tal for", "Indikator",
                "Enhed", "År", "Tæller", "Nævner", "Værdi", "Tilstand");
        assertThat(texts(workbook.getSheet("Succeskriterier").getRow(0)))
                .containsExactly("Område", "Kriterium", "År", "Mål", "Faktisk", "Status");
    }

    @Test
    void numbersAreNumbersSuppressedFiguresDotsAndMissingOnesBlank() {
        Sheet indicators = workbook.getSheet("Indikatorer");
        int suppressed = 0;
        int shown = 0;
        for (Row row : rows(indicators)) {
            assertThat(row.getCell(YEAR).getCellType()).isEqualTo(CellType.NUMERIC);
            Cell value = row.getCell(VALUE);
            switch (row.getCell(STATE).getStringCellValue()) {
                case "vist" -> {
                    assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
                    shown++;
                }
                case "diskretioneret" -> {
                    for (int column = NUMERATOR; column <= VALUE; column++) {
                        assertThat(row.getCell(column).getStringCellValue()).isEqualTo(WarehouseFigures.SUPPRESSED);
                    }
                    assertThat(row.getCell(NUMERATOR_FILE)).isNull();
                    suppressed++;
                }
                case "mangler" -> assertThat(value == null || value.getCellType() == CellType.BLANK).isTrue();
                default -> throw new AssertionError("Unknown state in row " + row.getRowNum());
            }
        }
        assertThat(shown).isPositive();
        assertThat(suppressed).isPositive();
        Row hidden = row("Skælskør", "Skælskør", "uddannelsesparat", 2014);
        assertThat(jdbc.queryForObject("SELECT disclosure FROM fact_indicator WHERE area_code = 'skaelskoer'"
                + " AND indicator_code = 'uddannelsesparat' AND year = 2014", String.class)).isEqualTo("PRIMARY");
        assertThat(hidden.getCell(VALUE).getStringCellValue()).isEqualTo("..");
        Row figure = rows(indicators).stream().filter(r -> r.getCell(STATE).getStringCellValue().equals("vist")
                && r.getCell(NUMERATOR_FILE) != null).findFirst().orElseThrow();
        assertThat(figure.getCell(NUMERATOR).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(figure.getCell(NUMERATOR_FILE + 1).getCellType()).isEqualTo(CellType.NUMERIC);
    }

    /**
     * Every row of every unit's table in the workbook, year after year as Danish Excel shows the cells, is a row
     * of the packet's tables, under the label the packet gives its series.
     */
    @Test
    void everyFigureIsTheOneThePacketPrints() {
        Map<String, List<String>> tableRows = new LinkedHashMap<>();
        for (Row row : rows(workbook.getSheet("Indikatorer"))) {
            String unit = row.getCell(0).getStringCellValue();
            String series = row.getCell(SERIES).getStringCellValue();
            String label = series.equals(unit) ? (unit.equals("Hele programmet") ? unit : ReportAssembler.AREA_LABEL)
                    : series.equals(MonitorConfig.COUNTRY_NAME) ? series : ReportAssembler.MUNICIPALITY_LABEL;
            Cell value = row.getCell(VALUE);
            tableRows.computeIfAbsent(unit + "|" + row.getCell(INDICATOR).getStringCellValue() + "|" + label,
                    key -> new ArrayList<>(List.of(label))).add(value == null ? DanishFormat.MISSING
                    : DANISH_EXCEL.formatCellValue(value));
        }
        assertThat(tableRows).hasSizeGreaterThan(10);
        tableRows.forEach((key, printed) -> assertThat(packetText).as(key).contains(String.join(" ", printed)));
        String skaelskoer = String.join(" ", tableRows.get(unit("Skælskør") + "|"
                + indicator("uddannelsesparat").name() + "|" + ReportAssembler.AREA_LABEL));
        assertThat(skaelskoer).contains(" .. ");
    }

    /** Targets and actuals are numbers where the packet prints one, shown by their format as it prints them. */
    @Test
    void criteriaStandAsThePacketPrintsThem() {
        List<Row> criteria = rows(workbook.getSheet("Succeskriterier"));
        assertThat(criteria).isNotEmpty();
        // texts wrap in the criteria table's narrow columns, so the packet is read as one line
        String packetLine = packetText.replaceAll("\\s+", " ");
        int numbers = 0;
        for (Row row : criteria) {
            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            for (int column = 3; column <= 4; column++) {
                Cell cell = row.getCell(column);
                if (cell == null) {
                    continue;
                }
                String shown = DANISH_EXCEL.formatCellValue(cell);
                if (cell.getCellType() == CellType.NUMERIC) {
                    numbers++;
                } else {
                    assertThat(shown).doesNotMatch("([≤≥<>] )?[−-]?[0-9.]+(,[0-9]+)?");
                }
                assertThat(packetLine).as("row %d", row.getRowNum()).contains(shown);
            }
            assertThat(packetLine).contains(row.getCell(5).getStringCellValue());
        }
        assertThat(numbers).isGreaterThan(criteria.size());
        Row first = criteria.get(0);
        assertThat(DANISH_EXCEL.formatCellValue(first.getCell(3))).startsWith("≤ ");
    }

    @Test
    void aTextExcelWouldRunIsDefused() throws IOException {
        jdbc.update("UPDATE source_file SET file_name = '+45 12 34 56 78' WHERE file_name LIKE 'dst_skole%'");
        ReportAssembler assembler = new ReportAssembler(jdbc, config, new Footnotes(jdbc, config));
        List<UnitReport> units = new ArrayList<>();
        for (Subject unit : assembler.unitsOf(slagelse)) {
            Subject renamed = unit.wholeProgramme() ? unit
                    : new Subject(slagelse, unit.code(), "=1+1", unit.baselineCode(), unit.baselineName());
            units.add(new UnitReport(renamed, assembler.assemble(unit, LocalDate.now())));
        }
        BoardPacket packet = new BoardPacket(slagelse.name(), slagelse.period(), LocalDate.now(), null, List.of(),
                List.of(), List.of(new LoadedFile("=HYPERLINK(\"http://x\")", "@SUM(A1)", "2013–2021", 1,
                        LocalDateTime.of(2026, 11, 24, 9, 15), "e9b4efdfa2e2")), PacketChanges.first());
        Path file = work.resolve("defused.xlsx");
        new FiguresWorkbook(jdbc, config).write(file, units, packet);

        try (XSSFWorkbook written = new XSSFWorkbook(Files.newInputStream(file))) {
            Row source = written.getSheet("Kilder").getRow(1);
            assertThat(source.getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(source.getCell(1).getStringCellValue()).isEqualTo("'@SUM(A1)");
            assertThat(source.getCell(4).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 24, 9, 15));
            assertThat(written.getSheet("Officiel liste")).isNull();
            List<Row> indicators = rows(written.getSheet("Indikatorer"));
            assertThat(indicators).extracting(r -> r.getCell(0).getStringCellValue()).contains("'=1+1");
            assertThat(indicators).allSatisfy(r -> assertThat(r.getCell(0).getCellType()).isEqualTo(CellType.STRING));
            assertThat(indicators).filteredOn(r -> r.getCell(NUMERATOR_FILE) != null)
                    .extracting(r -> r.getCell(NUMERATOR_FILE).getStringCellValue())
                    .contains("'+45 12 34 56 78");
        }
    }

    private static Row row(String unitPrefix, String seriesPrefix, String indicator, int year) {
        String name = indicator(indicator).name();
        return rows(workbook.getSheet("Indikatorer")).stream()
                .filter(r -> r.getCell(0).getStringCellValue().startsWith(unitPrefix)
                        && r.getCell(SERIES).getStringCellValue().startsWith(seriesPrefix)
                        && r.getCell(INDICATOR).getStringCellValue().equals(name)
                        && r.getCell(YEAR).getNumericCellValue() == year)
                .findFirst().orElseThrow();
    }

    private static String unit(String prefix) {
        return slagelse.areas().stream().filter(a -> a.name().startsWith(prefix)).findFirst().orElseThrow().name();
    }

    private static Indicator indicator(String code) {
        return config.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<Row> rows(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            rows.add(sheet.getRow(i));
        }
        return rows;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
