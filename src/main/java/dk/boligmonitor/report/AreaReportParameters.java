package dk.boligmonitor.report;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperReport;

import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.report.AreaReport.Chart;
import dk.boligmonitor.report.AreaReport.ChartPoint;
import dk.boligmonitor.report.AreaReport.CriterionLine;
import dk.boligmonitor.report.AreaReport.IndicatorRow;

/**
 * Turns an {@link AreaReport} into the fill parameters of {@code area-content.jrxml}. Rows are plain maps because
 * JasperReports' bean data source reads {@code getX()} getters and cannot see record accessors.
 */
final class AreaReportParameters {

    private AreaReportParameters() {
    }

    static Map<String, Object> of(AreaReport report, JasperReport charts) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("AREA_CHARTS", charts);
        parameters.put(JRParameter.REPORT_LOCALE, DanishFormat.DANISH);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, Messages.bundle());
        parameters.put("PROGRAMME_NAME", report.programmeName());
        parameters.put("PROGRAMME_PERIOD", report.programmePeriod());
        parameters.put("AREA_NAME", report.areaName());
        parameters.put("COMPARED_WITH", report.comparedWith());
        parameters.put("GENERATED_ON", report.generatedOn());
        parameters.put("INDICATOR_CELLS", indicatorCells(report.table()));
        parameters.put("CHANGE_HEADING", Messages.get("report.change_heading", report.changeYear() - 1,
                "%02d".formatted(report.changeYear() % 100)));
        parameters.put("CHARTS", report.charts().stream().map(AreaReportParameters::chart).toList());
        parameters.put("CRITERIA", criterionRows(report.criteria()));
        parameters.put("FOOTNOTES", report.footnotes());
        return parameters;
    }

    /**
     * The crosstab keeps rows in arrival order (its row buckets are unordered), so the cells come sorted here;
     * the indicator's name and unit travel together as one row key so the row header can show both. Every
     * cell carries its row's change, which the crosstab's total column prints once.
     */
    private static List<Map<String, ?>> indicatorCells(List<IndicatorRow> rows) {
        return rows.stream()
                .sorted(Comparator.comparingInt(IndicatorRow::indicatorOrder).thenComparingInt(IndicatorRow::seriesOrder))
                .flatMap(row -> row.texts().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .<Map<String, ?>>map(cell -> row(
                                "heading", Arrays.asList(row.indicator(), row.unit()),
                                "series", row.series(),
                                "year", cell.getKey(),
                                "text", cell.getValue(),
                                "change", row.change())))
                .toList();
    }

    /**
     * JFreeChart lays categories out in the order it first meets them, so points go in by year; the sort is
     * stable and keeps the series in the order given.
     */
    private static Map<String, ?> chart(Chart chart) {
        List<Map<String, ?>> points = chart.points().stream()
                .sorted(Comparator.comparingInt(ChartPoint::year))
                .<Map<String, ?>>map(point -> row("series", point.series(), "year", point.year(), "value", point.value()))
                .toList();
        return row("title", chart.title(), "unit", chart.unit(), "points", points);
    }

    private static List<Map<String, ?>> criterionRows(List<CriterionLine> criteria) {
        return criteria.stream()
                .<Map<String, ?>>map(line -> row(
                        "criterion", line.criterion(),
                        "rule", line.rule(),
                        "year", line.year(),
                        "target", line.target(),
                        "actual", line.actual(),
                        "status", StatusMark.styledWithWord(line.status())))
                .toList();
    }

    /** A data source row; unlike Map.of it takes nulls, and a null chart value is a gap, not an error. */
    static Map<String, ?> row(Object... keysAndValues) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
