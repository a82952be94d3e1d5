package dk.boligmonitor.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import dk.boligmonitor.rules.Status;

/**
 * The board's packet: a cover, an overview (the criteria of every area on one page, and the early warning
 * of the official list), what changed since the previous packet, the programme's and every area's report as laid out for their own PDFs, and the files
 * all figures came from.
 */
public record BoardPacket(
        String programmeName,
        String programmePeriod,
        LocalDate generatedOn,
        CriteriaOverview overview,
        List<ListStanding> officialList,
        List<AreaPages> units,
        List<LoadedFile> sources,
        PacketChanges changes) {

    /**
     * The programme's criteria (numbered from 1, in the order agreed) against its areas and the programme as a
     * whole, in {@code year}, the latest year with results (null when there are none yet).
     */
    public record CriteriaOverview(Integer year, List<String> criteria, List<CriterionMark> marks) {
    }

    /** How criterion {@code number} stands for a unit; a null status means the criterion is not the unit's. */
    public record CriterionMark(String unit, int number, Status status) {
    }

    /** Where an area stands on the official list (almenboligloven § 61 a) in one year. */
    public record ListStanding(String area, int year, int criteriaMet, int criteriaKnown, ListStatus status) {
    }

    /** A file the figures were loaded from, as the sources appendix lists it. */
    public record LoadedFile(String fileName, String description, String years, int rows, LocalDateTime loadedAt,
                             String sha256) {
    }
}
