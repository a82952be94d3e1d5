package dk.boligmonitor.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.boligmonitor.StageRun;
import dk.boligmonitor.config.Area;
import dk.boligmonitor.config.CriteriaSet;
import dk.boligmonitor.config.Programme;
import dk.boligmonitor.rules.Criterion;

/**
 * The targets job alone, on a warehouse the real ingest and warehouse jobs built from three DST extracts
 * (decisions, school figures and the official list's figures). What it owns is criterion_result and
 * official_list_status: a verdict for every criterion of every programme, unit and year it applies to, verdicts
 * that follow from the facts, each area placed on the official list from those verdicts, and no second judging
 * while the facts stand.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TargetsJobTest {

    private static final String OFFICIAL_LIST = "udsatte-boligomraader";

    @TempDir
    static Path work;

    static StageRun stage;
    static JdbcTemplate jdbc;
    static JobExecution targets;

    @BeforeAll
    static void judgeTheWarehouse() throws Exception {
        stage = StageRun.start(work, "dst_noegletal_afgoerelser_2013-2021.csv", "dst_skole_2013-2021.csv",
                "dst_boligomraader_61a_2013-2021.csv");
        jdbc = stage.jdbc();
        stage.completed("ingestJob", "warehouseJob");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM criterion_result", Integer.class)).isZero();
        targets = stage.launch("targetsJob");
    }

    @AfterAll
    static void stop() {
        stage.close();
    }

    @Test
    void everyCriterionGetsAVerdictForEachOfItsUnitsInEveryYearItApplies() {
        assertThat(targets.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<String> expected = new ArrayList<>();
        for (Programme programme : stage.config().programmes()) {
            for (Criterion criterion : programme.criteria()) {
                expected.addAll(verdicts(programme, "programme", criterion, criterion.units()));
            }
            List<String> areas = programme.areas().stream().map(Area::code).toList();
            for (CriteriaSet set : stage.config().criteriaSets()) {
                for (Criterion criterion : set.criteria()) {
                    expected.addAll(verdicts(programme, set.code(), criterion, areas));
                }
            }
        }
        assertThat(expected).hasSizeGreaterThan(300);

        assertThat(jdbc.queryForList("SELECT CONCAT(programme_code, '|', criteria_set, '|', criterion_code, '|',"
                + " area_code, '|', year) FROM criterion_result", String.class))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aCriterionOnAnIndicatorWithoutFiguresHasNoDataAndOneWithFiguresIsJudged() {
        Set<String> withFigures = new HashSet<>(jdbc.queryForList("SELECT DISTINCT indicator_code FROM fact_indicator"
                + " WHERE state = 'VALUE'", String.class));
        assertThat(withFigures).contains("afgoerelser").doesNotContain("tryghed", "haervaerk", "fraflytning");
        for (Programme programme : stage.config().programmes()) {
            for (Criterion criterion : programme.criteria()) {
                List<String> statuses = jdbc.queryForList("SELECT DISTINCT status FROM criterion_result"
                        + " WHERE programme_code = ? AND criterion_code = ?", String.class, programme.code(),
                        criterion.code());
                if (withFigures.contains(criterion.indicatorCode())) {
                    assertThat(statuses).as(criterion.code()).isNotEqualTo(List.of("NO_DATA"));
                } else {
                    assertThat(statuses).as(criterion.code()).containsExactly("NO_DATA");
                }
            }
        }
    }

    @Test
    void anUpperBoundIsMetWhenTheShownFigureIsAtMostTheBound() {
        int decimals = stage.config().indicator("afgoerelser").orElseThrow().decimals();
        List<Map<String, Object>> verdicts = jdbc.queryForList("SELECT r.area_code, r.year, r.status, f.value,"
                + " f.state, f.disclosure FROM criterion_result r JOIN fact_indicator f ON f.area_code = r.area_code"
                + " AND f.indicator_code = 'afgoerelser' AND f.year = r.year"
                + " WHERE r.criterion_code = 'afgoerelser-ghettokriterium'");
        assertThat(verdicts).hasSizeGreaterThan(20);
        for (Map<String, Object> verdict : verdicts) {
            String expected;
            if (!"SHOWN".equals(verdict.get("disclosure")) || "SUPPRESSED".equals(verdict.get("state"))) {
                expected = "SUPPRESSED";
            } else {
                BigDecimal shown = ((BigDecimal) verdict.get("value")).setScale(decimals, RoundingMode.HALF_UP);
                expected = shown.compareTo(BigDecimal.valueOf(28)) <= 0 ? "MET" : "NOT_MET";
            }
            assertThat(verdict.get("status")).as(verdict.toString()).isEqualTo(expected);
        }
        assertThat(verdicts).extracting(v -> v.get("status")).contains("MET", "NOT_MET");
    }

    @Test
    void everyAreaIsPlacedOnTheOfficialListFromTheCriteriaItMeets() {
        List<Map<String, Object>> places = jdbc.queryForList("SELECT area_code, year, criteria_met, criteria_known,"
                + " status FROM official_list_status WHERE criteria_set = ?", OFFICIAL_LIST);
        int areas = stage.config().programmes().stream().mapToInt(p -> p.areas().size()).sum();
        assertThat(places).hasSize(areas * (2021 - 2018 + 1));
        for (Map<String, Object> place : places) {
            List<String> statuses = jdbc.queryForList("SELECT status FROM criterion_result WHERE criteria_set = ?"
                    + " AND area_code = ? AND year = ?", String.class, OFFICIAL_LIST, place.get("area_code"),
                    place.get("year"));
            assertThat(statuses).hasSize(4);
            int met = (int) statuses.stream().filter("MET"::equals).count();
            int known = (int) statuses.stream().filter(s -> s.equals("MET") || s.equals("NOT_MET")).count();
            assertThat(place).as(place.toString()).containsEntry("criteria_met", met)
                    .containsEntry("criteria_known", known)
                    .containsEntry("status", expectedPlace((String) place.get("area_code"), (Integer) place.get("year"),
                            met, known));
        }
        assertThat(places).extracting(p -> p.get("status")).contains("UDSAT");
    }

    /** Last: it launches the job again, on a warehouse no one has rebuilt since. */
    @Test
    @Order(Integer.MAX_VALUE)
    void criteriaAreNotJudgedAgainWhileTheFactsStand() throws Exception {
        assertThat(jdbc.queryForObject("SELECT criteria_due FROM warehouse_rebuild", Boolean.class)).isFalse();
        List<Map<String, Object>> before = jdbc.queryForList("SELECT * FROM criterion_result"
                + " ORDER BY programme_code, criterion_code, area_code, year");

        JobExecution again = stage.launch("targetsJob");

        assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(again.getStepExecutions()).extracting(StepExecution::getStepName)
                .doesNotContain("evaluateCriteria", "placeOnOfficialList");
        assertThat(jdbc.queryForList("SELECT * FROM criterion_result"
                + " ORDER BY programme_code, criterion_code, area_code, year")).isEqualTo(before);
    }

    /**
     * The list's rule from jobs/criteria-sets: at least 1,000 residents and 2 of the 4 criteria met, a
     * parallelsamfund above 50 % non-Western; no residents figure, or criteria without data that could tip it,
     * is "ingen data".
     */
    private static String expectedPlace(String area, int year, int met, int known) {
        BigDecimal residents = shownValue(area, "beboere", year);
        if (residents == null) {
            return "INGEN_DATA";
        }
        if (residents.compareTo(BigDecimal.valueOf(1000)) < 0) {
            return "IKKE_PAA_LISTEN";
        }
        if (met >= 2) {
            BigDecimal share = shownValue(area, "ikke_vestlige", year);
            return share != null && share.compareTo(BigDecimal.valueOf(50)) > 0 ? "PARALLELSAMFUND" : "UDSAT";
        }
        return met + (4 - known) >= 2 ? "INGEN_DATA" : "IKKE_PAA_LISTEN";
    }

    private static BigDecimal shownValue(String area, String indicator, int year) {
        List<BigDecimal> values = jdbc.queryForList("SELECT value FROM fact_indicator WHERE area_code = ?"
                + " AND indicator_code = ? AND year = ? AND state = 'VALUE' AND disclosure = 'SHOWN'",
                BigDecimal.class, area, indicator, year);
        return values.isEmpty() ? null : values.get(0);
    }

    private static List<String> verdicts(Programme programme, String set, Criterion criterion, List<String> units) {
        List<String> keys = new ArrayList<>();
        for (String unit : units) {
            for (int year = criterion.firstYear(); year <= criterion.lastYear(); year++) {
                if (criterion.appliesTo(year)) {
                    keys.add(programme.code() + "|" + set + "|" + criterion.code() + "|" + unit + "|" + year);
                }
            }
        }
        return keys;
    }
}
