package dk.boligmonitor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.Indicator;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.format.SpreadsheetText;
import dk.boligmonitor.report.AreaReport.CriterionLine;
import dk.boligmonitor.report.AreaReport.IndicatorRow;
import dk.boligmonitor.report.BoardPacket.ListStanding;
import dk.boligmonitor.report.BoardPacket.LoadedFile;
import dk.boligmonitor.report.ReportAssembler.Subject;
import dk.boligmonitor.report.WarehouseFigures.Fact;

/**
 * The figures of a board packet as a workbook beside it, {@code tal.xlsx}, for those who go on with them in a
 * spreadsheet: a sheet per table the packet shows, a row per figure. Numbers stay numbers, formatted as the
 * packet prints them (Excel shows them in the reader's own locale); a suppressed figure is "..", as in the packet
 * and by the same rule, and a missing one an empty cell. Every text is defused, since names and file names come
 * from outside.
 */
@Component
public class FiguresWorkbook {

    public static final String FILE = "tal.xlsx";

    /** Rows kept in memory per sheet before they are flushed to disk. */
    private static final int WINDOW = 200;
    private static final String SEPARATOR = "\\|";
    /** A figure as the criteria print it, with the comparison the target is held to: "≤ 20,1", "1.000". */
    private static final Pattern PRINTED_NUMBER =
            Pattern.compile("([≤≥<>] )?([−-]?\\d{1,3}(?:\\.\\d{3})*(?:,(\\d+))?)");
    private static final int[] INDICATOR_WIDTHS = {30, 30, 50, 28, 8, 12, 12, 12, 16, 34, 16, 34, 16};
    private static final int[] CRITERIA_WIDTHS = {30, 50, 8, 12, 12, 18};
    private static final int[] LIST_WIDTHS = {30, 8, 18, 18, 18};
    private static final int[] SOURCE_WIDTHS = {40, 50, 24, 10, 18, 20};

    private final JdbcTemplate jdbc;
    private final MonitorConfig config;

    FiguresWorkbook(JdbcTemplate jdbc, MonitorConfig config) {
        this.jdbc = jdbc;
        this.config = config;
    }

    /** A unit of the packet (the programme as a whole or an area) and its report as assembled for the packet. */
    record UnitReport(Subject subject, AreaReport report) {
    }

    /** Writes the workbook of {@code packet}, whose units are {@code units}, whole or not at all. */
    void write(Path file, List<UnitReport> units, BoardPacket packet) {
        PdfFile.write(file, Messages.get("report.workbook.of", packet.programmeName()),
                out -> write(out, units, packet));
    }

    private void write(OutputStream out, List<UnitReport> units, BoardPacket packet) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            Styles styles = new Styles(workbook);
            indicators(workbook, styles, units);
            criteria(workbook, styles, units);
            if (!packet.officialList().isEmpty()) {
                officialList(workbook, styles, packet.officialList());
            }
            sources(workbook, styles, packet.sources());
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** The rows of every unit's indicator table, as the packet shows them, one row per year. */
    private void indicators(SXSSFWorkbook workbook, Styles styles, List<UnitReport> units) {
        Sheet sheet = sheet(workbook, styles, "report.workbook.sheet.indicators", "report.workbook.indicator_headings",
                INDICATOR_WIDTHS);
        int next = 1;
        for (UnitReport unit : units) {
            Subject subject = unit.subject();
            List<ReportAssembler.Series> series = subject.series();
            WarehouseFigures figures = new WarehouseFigures(jdbc, series.stream().map(ReportAssembler.Series::code)
                    .toList());
            List<IndicatorRow> table = unit.report().table().stream()
                    .sorted(Comparator.comparingInt(IndicatorRow::indicatorOrder)
                            .thenComparingInt(IndicatorRow::seriesOrder)).toList();
            for (IndicatorRow line : table) {
                Indicator indicator = indicatorOf(line);
                String code = series.get(line.seriesOrder()).code();
                for (int year : line.texts().keySet()) {
                    Row row = sheet.createRow(next++);
                    text(row, 0, subject.name());
                    text(row, 1, seriesName(subject, line.seriesOrder(), code));
                    text(row, 2, indicator.name());
                    text(row, 3, line.unit());
                    row.createCell(4).setCellValue(year);
                    figure(row, styles, figures.fact(code, indicator.code(), year, indicator.decimals()),
                            indicator.decimals());
                }
            }
        }
    }

    private static void figure(Row row, Styles styles, Optional<Fact> found, int decimals) {
        Fact fact = found.orElse(null);
        if (fact != null && fact.suppressed()) {
            for (int column = 5; column <= 7; column++) {
                row.createCell(column).setCellValue(WarehouseFigures.SUPPRESSED);
            }
            text(row, 8, Messages.get("report.workbook.state.suppressed"));
            return;
        }
        if (fact == null) {
            text(row, 8, Messages.get("report.workbook.state.missing"));
            return;
        }
        number(row, 5, fact.numerator(), styles.exact(fact.numerator()));
        number(row, 6, fact.denominator(), styles.exact(fact.denominator()));
        number(row, 7, fact.value(), styles.decimals(decimals));
        text(row, 8, Messages.get(fact.value() == null ? "report.workbook.state.missing"
                : "report.workbook.state.shown"));
        text(row, 9, fact.numeratorFile());
        integer(row, 10, fact.numeratorRow());
        text(row, 11, fact.denominatorFile());
        integer(row, 12, fact.denominatorRow());
    }

    private Indicator indicatorOf(IndicatorRow line) {
        return config.indicators().stream()
                .filter(i -> i.order() == line.indicatorOrder() && i.name().equals(line.indicator()))
                .findFirst().orElseThrow();
    }

    /** The series by name rather than by the table's label: "Slagelse Kommune", not "Kommunen". */
    static String seriesName(Subject subject, int order, String code) {
        if (order == 0) {
            return subject.name();
        }
        return code.equals(MonitorConfig.COUNTRY_CODE) ? MonitorConfig.COUNTRY_NAME : subject.baselineName();
    }

    /** Every unit's criteria results, year by year, with target and actual as the packet prints them. */
    private static void criteria(SXSSFWorkbook workbook, Styles styles, List<UnitReport> units) {
        Sheet sheet = sheet(workbook, styles, "report.workbook.sheet.criteria", "report.workbook.criteria_headings",
                CRITERIA_WIDTHS);
        int next = 1;
        for (UnitReport unit : units) {
            for (CriterionLine line : unit.report().criteria()) {
                Row row = sheet.createRow(next++);
                text(row, 0, unit.subject().name());
                text(row, 1, line.criterion());
                row.createCell(2).setCellValue(line.year());
                printed(row, 3, line.target(), styles);
                printed(row, 4, line.actual(), styles);
                text(row, 5, line.status().danish());
            }
        }
    }

    private static void officialList(SXSSFWorkbook workbook, Styles styles, List<ListStanding> standings) {
        Sheet sheet = sheet(workbook, styles, "report.workbook.sheet.official_list", "report.workbook.list_headings",
                LIST_WIDTHS);
        int next = 1;
        for (ListStanding standing : standings) {
            Row row = sheet.createRow(next++);
            text(row, 0, standing.area());
            row.createCell(1).setCellValue(standing.year());
            row.createCell(2).setCellValue(standing.criteriaMet());
            row.createCell(3).setCellValue(standing.criteriaKnown());
            text(row, 4, standing.status().danish());
        }
    }

    private static void sources(SXSSFWorkbook workbook, Styles styles, List<LoadedFile> files) {
        Sheet sheet = sheet(workbook, styles, "report.workbook.sheet.sources", "report.workbook.source_headings",
                SOURCE_WIDTHS);
        int next = 1;
        for (LoadedFile file : files) {
            Row row = sheet.createRow(next++);
            text(row, 0, file.fileName());
            text(row, 1, file.description());
            text(row, 2, file.years());
            row.createCell(3).setCellValue(file.rows());
            LocalDateTime loadedAt = file.loadedAt();
            if (loadedAt != null) {
                row.createCell(4).setCellValue(loadedAt);
                row.getCell(4).setCellStyle(styles.timestamp);
            }
            text(row, 5, file.sha256());
        }
    }

    /** A sheet with its heading row in bold, frozen, and its columns as wide as {@code widths} characters. */
    private static Sheet sheet(SXSSFWorkbook workbook, Styles styles, String nameKey, String headingsKey,
                               int[] widths) {
        Sheet sheet = workbook.createSheet(Messages.get(nameKey));
        String[] headings = Messages.get(headingsKey).split(SEPARATOR);
        Row row = sheet.createRow(0);
        for (int column = 0; column < headings.length; column++) {
            row.createCell(column).setCellValue(headings[column]);
            row.getCell(column).setCellStyle(styles.heading);
            sheet.setColumnWidth(column, widths[column] * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void text(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column).setCellValue(SpreadsheetText.defused(value));
        }
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
            row.getCell(column).setCellStyle(style);
        }
    }

    private static void integer(Row row, int column, Integer value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    /**
     * A figure as the packet prints it ("≤ 21,8", "1.000", "diskretioneret" or "–"): a number when it is one, its
     * comparison and as many decimals as printed kept in the cell's format, so it reads as printed; "–" is an empty
     * cell, and anything else is text.
     */
    private static void printed(Row row, int column, String text, Styles styles) {
        if (text == null || text.equals(DanishFormat.MISSING)) {
            return;
        }
        Matcher number = PRINTED_NUMBER.matcher(text);
        if (!number.matches()) {
            text(row, column, text);
            return;
        }
        int decimals = number.group(3) == null ? 0 : number.group(3).length();
        BigDecimal value = new BigDecimal(number.group(2).replace(".", "").replace(',', '.').replace('−', '-'));
        number(row, column, value, styles.decimals(number.group(1), decimals));
    }

    /** The workbook's cell styles, each made once: a workbook holds a limited number of them. */
    private static final class Styles {

        private final SXSSFWorkbook workbook;
        private final Map<String, CellStyle> formats = new HashMap<>();
        final CellStyle heading;
        final CellStyle timestamp;

        Styles(SXSSFWorkbook workbook) {
            this.workbook = workbook;
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading = workbook.createCellStyle();
            heading.setFont(bold);
            timestamp = format("dd-mm-yyyy hh:mm");
        }

        /** A number with this many decimals and thousands grouped, as the packet prints figures. */
        CellStyle decimals(int decimals) {
            return decimals(null, decimals);
        }

        /** The same after a comparison such as "≤ ", when there is one. */
        CellStyle decimals(String comparison, int decimals) {
            String number = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
            return format(comparison == null ? number : "\"" + comparison + "\"" + number);
        }

        /** A numerator or denominator as it is: grouped, with its decimals only when it has any. */
        CellStyle exact(BigDecimal value) {
            return value == null || value.stripTrailingZeros().scale() <= 0 ? decimals(0) : format("#,##0.0#####");
        }

        private CellStyle format(String pattern) {
            return formats.computeIfAbsent(pattern, p -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(p));
                return style;
            });
        }
    }
}
