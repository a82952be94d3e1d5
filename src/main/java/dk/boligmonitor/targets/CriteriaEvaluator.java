package dk.boligmonitor.targets;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.Indicator;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Programme;

/**
 * Evaluates every success criterion of every programme for each of its units and years, and stores the
 * status with the figures behind it and the rule in words.
 */
@Component
class CriteriaEvaluator {

    private final JdbcTemplate jdbc;
    private final MonitorConfig config;

    CriteriaEvaluator(JdbcTemplate jdbc, MonitorConfig config) {
        this.jdbc = jdbc;
        this.config = config;
    }

    Map<Status, Integer> evaluateAll() {
        FactLookup facts = new WarehouseFacts(jdbc);
        Map<String, Indicator> indicators = config.indicatorsByCode();
        List<Object[]> rows = new ArrayList<>();
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Programme programme : config.programmes()) {
            for (Criterion criterion : programme.criteria()) {
                int decimals = indicators.get(criterion.indicatorCode()).decimals();
                for (String unit : criterion.units()) {
                    for (int year = criterion.firstYear(); year <= criterion.lastYear(); year++) {
                        if (!criterion.appliesTo(year)) {
                            continue;
                        }
                        Evaluation e = criterion.rule().evaluate(facts, criterion.indicatorCode(), unit, year, decimals);
                        counts.merge(e.status(), 1, Integer::sum);
                        rows.add(new Object[] {programme.code(), criterion.code(), unit, year, e.status().name(),
                                e.actual(), e.target(), e.rule(), e.targetText(), e.actualText()});
                    }
                }
            }
        }
        jdbc.update("DELETE FROM criterion_result");
        jdbc.batchUpdate("INSERT INTO criterion_result (programme_code, criterion_code, area_code, year, status,"
                + " actual, target, rule_text, target_text, actual_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        return counts;
    }
}
