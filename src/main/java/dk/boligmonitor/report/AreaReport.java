package dk.boligmonitor.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything one area's PDF shows, already in Danish and already formatted: the renderer only lays it out,
 * so suppression and number formatting happen once, before any report sees a figure.
 */
public record AreaReport(
        String programmeName,
        String programmePeriod,
        String areaName,
        String municipalityName,
        LocalDate generatedOn,
        List<IndicatorCell> table,
        Chart chart,
        List<CriterionLine> criteria,
        List<String> footnotes) {

    /**
     * One cell of the indicator table: rows are indicator × series (the area, then its municipality, ...),
     * columns are years. {@code text} is final ("34,2", "1.000", "–" for missing, ".." for suppressed).
     */
    public record IndicatorCell(int indicatorOrder, String indicator, String unit,
                                int seriesOrder, String series, int year, String text) {
    }

    /** A line chart of the area against its municipality; a null value is a gap, never a zero. */
    public record Chart(String title, String unit, List<ChartPoint> points) {
    }

    public record ChartPoint(String series, int year, Double value) {
    }

    /** One success criterion for one year, with the rule in words and the figures behind the status. */
    public record CriterionLine(String criterion, String rule, int year, String status,
                                String target, String actual) {
    }
}
