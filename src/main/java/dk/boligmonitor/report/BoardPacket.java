package dk.boligmonitor.report;

import java.time.LocalDate;
import java.util.List;

/** The board's packet: a cover, one summary line per area, then every area's own report. */
public record BoardPacket(
        String programmeName,
        String programmePeriod,
        LocalDate generatedOn,
        List<SummaryLine> summary,
        List<AreaReport> areas) {

    /**
     * One area in the overview: its headline indicator for the latest year next to its municipality's,
     * and how its success criteria stand in that year.
     */
    public record SummaryLine(String area, String municipality, String headlineIndicator, int year,
                              String areaValue, String municipalityValue,
                              int criteriaMet, int criteriaNotMet, int criteriaNoData) {
    }
}
