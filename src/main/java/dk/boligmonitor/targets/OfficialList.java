package dk.boligmonitor.targets;

import static dk.boligmonitor.format.DanishFormat.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.Area;
import dk.boligmonitor.config.CriteriaSet.ListRule;
import dk.boligmonitor.config.CriteriaSet;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Programme;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.rules.Criterion;
import dk.boligmonitor.rules.FactLookup.Figure;
import dk.boligmonitor.rules.FactLookup;
import dk.boligmonitor.rules.Status;

/**
 * Where each area stands on the official list each year: how many of the set's criteria it meets, and
 * whether that, with its residents, puts it on the list (udsat) or also makes it a parallelsamfund. An area
 * whose missing figures could still decide it is "ingen data", never silently off the list.
 */
@Component
class OfficialList {

    private final JdbcTemplate jdbc;
    private final MonitorConfig config;

    OfficialList(JdbcTemplate jdbc, MonitorConfig config) {
        this.jdbc = jdbc;
        this.config = config;
    }

    int place(FactLookup facts) {
        jdbc.update("DELETE FROM official_list_status");
        List<Object[]> rows = new ArrayList<>();
        for (CriteriaSet set : config.criteriaSets()) {
            Map<String, int[]> tally = tally(set);
            int first = set.criteria().stream().mapToInt(Criterion::firstYear).min().orElse(0);
            int last = set.criteria().stream().mapToInt(Criterion::lastYear).max().orElse(-1);
            for (Programme programme : config.programmes()) {
                for (Area area : programme.areas()) {
                    for (int year = first; year <= last; year++) {
                        int[] counts = tally.getOrDefault(area.code() + "|" + year, new int[2]);
                        rows.add(row(set, area.code(), year, counts[0], counts[1], facts));
                    }
                }
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO official_list_status (criteria_set, area_code, year, criteria_met,
                                                  criteria_known, residents, status, explanation)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        return rows.size();
    }

    /** Criteria met and criteria decided (met or not) per area and year. */
    private Map<String, int[]> tally(CriteriaSet set) {
        Map<String, int[]> tally = new HashMap<>();
        jdbc.query("SELECT area_code, year, status FROM criterion_result WHERE criteria_set = ?", rs -> {
            int[] counts = tally.computeIfAbsent(rs.getString(1) + "|" + rs.getInt(2), k -> new int[2]);
            String status = rs.getString(3);
            if (status.equals(Status.MET.name())) {
                counts[0]++;
            }
            if (status.equals(Status.MET.name()) || status.equals(Status.NOT_MET.name())) {
                counts[1]++;
            }
        }, set.code());
        return tally;
    }

    private Object[] row(CriteriaSet set, String area, int year, int met, int known, FactLookup facts) {
        ListRule rule = set.list();
        int total = set.criteria().size();
        BigDecimal residents = value(facts.figure(area, rule.residentsIndicator(), year));
        String tallyText = Messages.get("targets.list.tally", met, total);
        String status;
        String explanation;
        if (residents == null) {
            status = "INGEN_DATA";
            explanation = Messages.get("targets.list.no_residents", tallyText);
        } else if (residents.compareTo(rule.minimumResidents()) < 0) {
            status = "IKKE_PAA_LISTEN";
            explanation = Messages.get("targets.list.too_few_residents", tallyText, number(residents, 0),
                    number(rule.minimumResidents(), 0));
        } else if (met >= rule.criteriaNeeded()) {
            BigDecimal share = value(facts.figure(area, rule.parallelIndicator(), year));
            boolean parallel = share != null && share.compareTo(rule.parallelAbove()) > 0;
            status = parallel ? "PARALLELSAMFUND" : "UDSAT";
            explanation = share == null ? tallyText
                    : Messages.get("targets.list.non_western", tallyText, number(share, 1));
        } else if (met + (total - known) >= rule.criteriaNeeded()) {
            status = "INGEN_DATA";
            explanation = Messages.get("targets.list.undecided", tallyText, total - known);
        } else {
            status = "IKKE_PAA_LISTEN";
            explanation = tallyText;
        }
        return new Object[] {set.code(), area, year, met, known, residents, status, explanation};
    }

    private static BigDecimal value(Optional<Figure> figure) {
        return figure.filter(Figure::hasValue).map(Figure::value).orElse(null);
    }
}
