package dk.boligmonitor.report;

import dk.boligmonitor.report.AreaReport.ChartPoint;
import dk.boligmonitor.report.AreaReport.CriterionLine;
import dk.boligmonitor.report.AreaReport.IndicatorCell;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperReport;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an {@link AreaReport} into the fill parameters of {@code area-content.jrxml}. Rows are plain maps because
 * JasperReports' bean data source reads {@code getX()} getters and cannot see record accessors.
 */
final class AreaReportParameters {

    static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private AreaReportParameters() {
    }

    /** Parameters of {@code area-report.jrxml}: the page frame needs the content report and what it shows. */
    static Map<String, Object> onOwnPages(AreaReport report, JasperReport areaContent) {
        Map<String, Object> content = of(report);
        Map<String, Object> parameters = new HashMap<>(content);
        parameters.put("AREA_CONTENT", areaContent);
        parameters.put("AREA_PARAMETERS", content);
        return parameters;
    }

    static Map<String, Object> of(AreaReport report) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, DANISH);
        parameters.put("PROGRAMME_NAME", report.programmeName());
        parameters.put("PROGRAMME_PERIOD", report.programmePeriod());
        parameters.put("AREA_NAME", report.areaName());
        parameters.put("MUNICIPALITY_NAME", report.municipalityName());
        parameters.put("GENERATED_ON", report.generatedOn());
        parameters.put("INDICATOR_CELLS", indicatorRows(report.table()));
        parameters.put("CHART_TITLE", report.chart() == null ? null : report.chart().title());
        parameters.put("CHART_UNIT", report.chart() == null ? null : report.chart().unit());
        parameters.put("CHART_POINTS", report.chart() == null ? List.of() : chartRows(report.chart().points()));
        parameters.put("CRITERIA", criterionRows(report.criteria()));
        parameters.put("FOOTNOTES", report.footnotes() == null ? List.of() : report.footnotes());
        return parameters;
    }

    /**
     * The crosstab keeps rows in arrival order (its row buckets are unordered), so the cells come sorted here;
     * the indicator's name and unit travel together as one row key so the row header can show both.
     */
    private static List<Map<String, ?>> indicatorRows(List<IndicatorCell> cells) {
        return cells.stream()
                .sorted(Comparator.comparingInt(IndicatorCell::indicatorOrder)
                        .thenComparingInt(IndicatorCell::seriesOrder)
                        .thenComparingInt(IndicatorCell::year))
                .<Map<String, ?>>map(cell -> row(
                        "heading", Arrays.asList(cell.indicator(), cell.unit()),
                        "series", cell.series(),
                        "year", cell.year(),
                        "text", cell.text()))
                .toList();
    }

    /**
     * JFreeChart lays categories out in the order it first meets them, so points go in by year; the sort is
     * stable and keeps the series in the order given.
     */
    private static List<Map<String, ?>> chartRows(List<ChartPoint> points) {
        return points.stream()
                .sorted(Comparator.comparingInt(ChartPoint::year))
                .<Map<String, ?>>map(point -> row("series", point.series(), "year", point.year(), "value", point.value()))
                .toList();
    }

    private static List<Map<String, ?>> criterionRows(List<CriterionLine> criteria) {
        return criteria.stream()
                .<Map<String, ?>>map(line -> row(
                        "criterion", line.criterion(),
                        "rule", line.rule(),
                        "year", line.year(),
                        "target", line.target(),
                        "actual", line.actual(),
                        "status", line.status(),
                        "mark", StatusMark.of(line.status())))
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
