package dk.boligmonitor.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.Area;
import dk.boligmonitor.config.Programme;
import dk.boligmonitor.report.BoardPacket.CriteriaOverview;
import dk.boligmonitor.report.BoardPacket.CriterionMark;
import dk.boligmonitor.report.BoardPacket.ListStanding;
import dk.boligmonitor.report.ReportAssembler.Subject;
import dk.boligmonitor.rules.Criterion;
import dk.boligmonitor.rules.Status;

/** The packet's overview page: every criterion for every unit in one year, and the official list's early warning. */
@Component
class ProgrammeOverview {

    /** The criteria set of the official list of udsatte boligområder (almenboligloven § 61 a). */
    static final String OFFICIAL_LIST = "udsatte-boligomraader";

    private final JdbcTemplate jdbc;

    ProgrammeOverview(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The programme's own criteria for {@code units} in the latest year any of them has a result. */
    CriteriaOverview criteria(Programme programme, List<Subject> units) {
        Integer year = jdbc.queryForObject("""
                SELECT MAX(year)
                  FROM criterion_result
                 WHERE programme_code = ? AND criteria_set = 'programme'
                """, Integer.class, programme.code());
        Map<String, Status> statuses = new HashMap<>();
        if (year != null) {
            jdbc.query("""
                    SELECT criterion_code, area_code, status
                      FROM criterion_result
                     WHERE programme_code = ? AND criteria_set = 'programme' AND year = ?
                    """,
                    rs -> {
                        statuses.put(rs.getString(1) + "|" + rs.getString(2), Status.valueOf(rs.getString(3)));
                    }, programme.code(), year);
        }
        List<Criterion> criteria = programme.criteria();
        List<CriterionMark> marks = new ArrayList<>();
        for (Subject unit : units) {
            for (int number = 1; number <= criteria.size(); number++) {
                marks.add(new CriterionMark(unit.name(), number,
                        statuses.get(criteria.get(number - 1).code() + "|" + unit.code())));
            }
        }
        return new CriteriaOverview(year, criteria.stream().map(Criterion::name).toList(), marks);
    }

    /** Each area's standing on the official list, year by year, in the programme's order of areas. */
    List<ListStanding> officialList(Programme programme) {
        List<Area> areas = programme.areas();
        Map<String, List<ListStanding>> byArea = new HashMap<>();
        List<Object> arguments = new ArrayList<>(List.of(OFFICIAL_LIST));
        areas.forEach(area -> arguments.add(area.code()));
        jdbc.query("""
                SELECT area_code, year, criteria_met, criteria_known, status
                  FROM official_list_status
                 WHERE criteria_set = ? AND area_code IN (%s)
                 ORDER BY year
                """.formatted(String.join(", ", areas.stream().map(a -> "?").toList())),
                rs -> {
                    byArea.computeIfAbsent(rs.getString(1), code -> new ArrayList<>()).add(new ListStanding(
                            nameOf(areas, rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                            ListStatus.valueOf(rs.getString(5))));
                },
                arguments.toArray());
        return areas.stream().flatMap(area -> byArea.getOrDefault(area.code(), List.of()).stream()).toList();
    }

    private static String nameOf(List<Area> areas, String code) {
        return areas.stream().filter(a -> a.code().equals(code)).map(Area::name).findFirst().orElseThrow();
    }
}
