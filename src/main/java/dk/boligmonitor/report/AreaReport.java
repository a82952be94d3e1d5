package dk.boligmonitor.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.boligmonitor.rules.Status;

/**
 * Everything one area's PDF shows, already in Danish and already formatted: the renderer only lays it out,
 * so suppression and number formatting happen once, before any report sees a figure.
 *
 * @param comparedWith what the area is held against, as the heading says it: "Slagelse Kommune og hele landet"
 * @param changeYear   the year whose change from the year before the table shows
 */
public record AreaReport(
        String programmeName,
        String programmePeriod,
        String areaName,
        String comparedWith,
        LocalDate generatedOn,
        List<IndicatorRow> table,
        int changeYear,
        List<Chart> charts,
        List<CriterionLine> criteria,
        List<String> footnotes) {

    /**
     * One row of the indicator table: an indicator for one series (the area, its municipality, the country),
     * its text per year ("34,2", "1.000", "–" for missing, ".." for suppressed) and its latest change
     * ("+2,3 pp", "−1,4", "–"; blank for the rows the area is compared with).
     */
    public record IndicatorRow(int indicatorOrder, String indicator, String unit, int seriesOrder, String series,
                               Map<Integer, String> texts, String change) {
    }

    /** A line chart of the area against what it is compared with; a null value is a gap, never a zero. */
    public record Chart(String title, String unit, List<ChartPoint> points) {
    }

    public record ChartPoint(String series, int year, Double value) {
    }

    /** One success criterion for one year, with the rule in words and the figures behind the status. */
    public record CriterionLine(String criterion, String rule, int year, Status status, String target, String actual) {
    }
}
