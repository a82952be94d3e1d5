package dk.boligmonitor.targets;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.CriteriaSet;
import dk.boligmonitor.config.Indicator;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Programme;
import dk.boligmonitor.rules.AveragedFacts;
import dk.boligmonitor.rules.Case;
import dk.boligmonitor.rules.Criterion;
import dk.boligmonitor.rules.Evaluation;
import dk.boligmonitor.rules.FactLookup;
import dk.boligmonitor.rules.Status;

/**
 * Evaluates every success criterion of every programme, and every criterion of the shared sets for every
 * area, for each unit and year, and stores the status with the figures behind it and the rule in words.
 */
@Component
class CriteriaEvaluator {

    static final String PROGRAMME_SET = "programme";

    private final JdbcTemplate jdbc;
    private final MonitorConfig config;

    CriteriaEvaluator(JdbcTemplate jdbc, MonitorConfig config) {
        this.jdbc = jdbc;
        this.config = config;
    }

    /** One evaluated criterion, ready to store. */
    record Result(String programme, String set, String criterion, String unit, int year, Evaluation evaluation) {
    }

    List<Result> evaluateAll(FactLookup facts) {
        List<Result> results = new ArrayList<>();
        for (Programme programme : config.programmes()) {
            for (Criterion criterion : programme.criteria()) {
                evaluate(facts, programme.code(), PROGRAMME_SET, criterion, criterion.units(), results);
            }
            List<String> areas = programme.areas().stream().map(a -> a.code()).toList();
            for (CriteriaSet set : config.criteriaSets()) {
                for (Criterion criterion : set.criteria()) {
                    evaluate(facts, programme.code(), set.code(), criterion,
                            criterion.units().stream().filter(areas::contains).toList(), results);
                }
            }
        }
        return results;
    }

    private void evaluate(FactLookup facts, String programme, String set, Criterion criterion, List<String> units,
                          List<Result> results) {
        Indicator indicator = config.indicator(criterion.indicatorCode()).orElseThrow();
        FactLookup lookup = criterion.averageYears() > 1 && indicator.unit().isRatio()
                ? new AveragedFacts(facts, criterion.averageYears(), indicator.unit().scale()) : facts;
        for (String unit : units) {
            for (int year = criterion.firstYear(); year <= criterion.lastYear(); year++) {
                if (criterion.appliesTo(year)) {
                    Case c = new Case(lookup, indicator.code(), unit, year, indicator.decimals(), indicator.survey(),
                            criterion.lastYear());
                    results.add(new Result(programme, set, criterion.code(), unit, year, criterion.rule().evaluate(c)));
                }
            }
        }
    }

    Map<Status, Integer> store(List<Result> results) {
        jdbc.update("DELETE FROM criterion_result");
        jdbc.batchUpdate("""
                INSERT INTO criterion_result (programme_code, criteria_set, criterion_code, area_code, year,
                                              status, actual, target, rule_text, target_text, actual_text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, results, 500,
                (ps, r) -> {
                    Evaluation e = r.evaluation();
                    ps.setString(1, r.programme());
                    ps.setString(2, r.set());
                    ps.setString(3, r.criterion());
                    ps.setString(4, r.unit());
                    ps.setInt(5, r.year());
                    ps.setString(6, e.status().name());
                    ps.setBigDecimal(7, e.actual());
                    ps.setBigDecimal(8, e.target());
                    ps.setString(9, e.rule());
                    ps.setString(10, e.targetText());
                    ps.setString(11, e.actualText());
                });
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        results.forEach(r -> counts.merge(r.evaluation().status(), 1, Integer::sum));
        return counts;
    }
}
