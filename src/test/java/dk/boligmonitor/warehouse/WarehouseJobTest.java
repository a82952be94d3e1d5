package dk.boligmonitor.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.HashMap;
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
import org.springframework.jdbc.core.JdbcTemplate;

import dk.boligmonitor.StageRun;
import dk.boligmonitor.config.Area;
import dk.boligmonitor.config.Programme;

/**
 * The warehouse job alone, on what the real ingest job staged from two DST extracts (decisions per 1,000
 * residents, and the school figures). What it owns is fact_indicator: a fact for every unit, indicator and year
 * the loaded files give, each leading back to its file and row, ratios formed from the staged counts, programme
 * totals as the sum of the areas' numerators over the sum of their denominators, and the programmes' reports
 * made due. The expected figures are worked out here from the staged observations, not from the facts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WarehouseJobTest {

    private static final String DECISIONS = "dst_noegletal_afgoerelser_2013-2021.csv";
    private static final String SCHOOL = "dst_skole_2013-2021.csv";
    private static final BigDecimal PER_1000 = BigDecimal.valueOf(1000);
    /** fact_indicator keeps six decimals. */
    private static final BigDecimal STORED = new BigDecimal("0.000001");

    @TempDir
    static Path work;

    static StageRun stage;
    static JdbcTemplate jdbc;
    static JobExecution warehouse;

    @BeforeAll
    static void buildTheWarehouseFromIngestedFiles() throws Exception {
        stage = StageRun.start(work, DECISIONS, SCHOOL);
        jdbc = stage.jdbc();
        stage.completed("ingestJob");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fact_indicator", Integer.class)).isZero();
        warehouse = stage.launch("warehouseJob");
    }

    @AfterAll
    static void stop() {
        stage.close();
    }

    @Test
    void everyAreaHasAFactForEveryYearOfTheLoadedFiles() {
        assertThat(warehouse.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Integer> years = jdbc.queryForList("SELECT DISTINCT y.year FROM source_file_year y JOIN source_file f"
                + " ON f.file_id = y.file_id WHERE f.file_name = ? ORDER BY y.year", Integer.class, DECISIONS);
        assertThat(years).hasSizeGreaterThan(1);
        for (Programme programme : stage.config().programmes()) {
            for (Area area : programme.areas()) {
                assertThat(jdbc.queryForList("SELECT year FROM fact_indicator WHERE area_code = ? AND indicator_code"
                        + " = 'afgoerelser' ORDER BY year", Integer.class, area.code())).as(area.code())
                        .isEqualTo(years);
            }
        }
    }

    @Test
    void everyUnitIndicatorAndYearStagedFromALoadedFileBecomesAFact() {
        Set<String> staged = new HashSet<>(jdbc.queryForList("SELECT DISTINCT CONCAT(o.area_code, '|',"
                + " o.indicator_code, '|', o.year) FROM observation o JOIN source_file f ON f.file_id = o.file_id"
                + " JOIN dim_area a ON a.area_code = o.area_code WHERE f.status = 'LOADED'", String.class));
        Set<String> facts = new HashSet<>(jdbc.queryForList("SELECT CONCAT(area_code, '|', indicator_code, '|', year)"
                + " FROM fact_indicator", String.class));
        assertThat(staged).hasSizeGreaterThan(100);
        assertThat(facts).containsAll(staged);
    }

    @Test
    void everyFactFromAFileLeadsBackToTheRowThatGaveIt() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fact_indicator WHERE derivation IN ('fra fil',"
                + " 'værdi fra fil')", Integer.class)).isGreaterThan(100);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fact_indicator WHERE derivation IN ('fra fil',"
                + " 'værdi fra fil') AND numerator_file_id IS NULL", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fact_indicator f WHERE f.numerator_file_id IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM observation o WHERE o.file_id = f.numerator_file_id"
                + " AND o.row_no = f.numerator_row AND o.area_code = f.area_code"
                + " AND o.indicator_code = f.indicator_code AND o.year = f.year"
                + " AND o.part IN ('numerator', 'value'))", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fact_indicator f WHERE f.denominator_file_id IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM observation o WHERE o.file_id = f.denominator_file_id"
                + " AND o.row_no = f.denominator_row AND o.area_code = f.area_code"
                + " AND o.indicator_code = f.indicator_code AND o.year = f.year AND o.part = 'denominator')",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fact_indicator f JOIN source_file s"
                + " ON s.file_id = f.numerator_file_id WHERE s.file_name = ?", Integer.class, SCHOOL)).isPositive();
    }

    @Test
    void anAreasRateIsItsStagedNumeratorPerThousandOfItsStagedDenominator() {
        Map<String, Staged> staged = stagedDecisions();
        int compared = 0;
        for (Map<String, Object> fact : jdbc.queryForList("SELECT f.area_code, f.year, f.value, f.state"
                + " FROM fact_indicator f JOIN dim_area a ON a.area_code = f.area_code"
                + " WHERE f.indicator_code = 'afgoerelser' AND a.kind = 'AREA'")) {
            Staged counts = staged.get(fact.get("area_code") + "|" + fact.get("year"));
            if (counts.known()) {
                assertThat(fact.get("state")).isEqualTo("VALUE");
                assertThat((BigDecimal) fact.get("value")).as(fact.toString())
                        .isCloseTo(counts.numerator().multiply(PER_1000).divide(counts.denominator(),
                                MathContext.DECIMAL64), within(STORED));
                compared++;
            } else {
                assertThat(fact.get("state")).as(fact.toString()).isEqualTo("SUPPRESSED");
                assertThat(fact.get("value")).isNull();
            }
        }
        assertThat(compared).isGreaterThan(50);
    }

    @Test
    void aProgrammeTotalIsTheSumOfItsAreasNumeratorsOverTheSumOfTheirDenominators() {
        Map<String, Staged> staged = stagedDecisions();
        int compared = 0;
        for (Programme programme : stage.config().programmes()) {
            for (int year = programme.firstYear(); year <= programme.lastYear(); year++) {
                BigDecimal numerators = BigDecimal.ZERO;
                BigDecimal denominators = BigDecimal.ZERO;
                boolean known = true;
                for (Area area : programme.areas()) {
                    Staged counts = staged.get(area.code() + "|" + year);
                    known &= counts != null && counts.known();
                    if (known) {
                        numerators = numerators.add(counts.numerator());
                        denominators = denominators.add(counts.denominator());
                    }
                }
                Map<String, Object> total = jdbc.queryForMap("SELECT value FROM fact_indicator WHERE area_code = ?"
                        + " AND indicator_code = 'afgoerelser' AND year = ?", programme.code(), year);
                if (known) {
                    assertThat((BigDecimal) total.get("value")).as(programme.code() + " " + year)
                            .isCloseTo(numerators.multiply(PER_1000).divide(denominators, MathContext.DECIMAL64),
                                    within(STORED));
                    compared++;
                } else {
                    assertThat(total.get("value")).as(programme.code() + " " + year).isNull();
                }
            }
        }
        assertThat(compared).isGreaterThan(10);
    }

    @Test
    void theFirstBuildMakesEveryProgrammesReportsDue() {
        assertThat(jdbc.queryForList("SELECT programme_code FROM report_due", String.class))
                .containsExactlyInAnyOrderElementsOf(stage.config().programmes().stream().map(Programme::code)
                        .toList());
        assertThat(jdbc.queryForMap("SELECT finished, criteria_due FROM warehouse_rebuild"))
                .containsEntry("finished", true).containsEntry("criteria_due", true);
    }

    /** Last: it launches the job again. */
    @Test
    @Order(Integer.MAX_VALUE)
    void buildingAgainFromTheSameFilesGivesTheSameFacts() throws Exception {
        String query = "SELECT area_code, indicator_code, year, numerator, denominator, value, state,"
                + " numerator_file_id, numerator_row, denominator_file_id, denominator_row, derivation, disclosure,"
                + " change_abs, change_pct, margin FROM fact_indicator ORDER BY area_code, indicator_code, year";
        List<Map<String, Object>> before = jdbc.queryForList(query);

        assertThat(stage.launch("warehouseJob").getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForList(query)).isEqualTo(before);
    }

    /** The decisions and residents staged per area and year ("area|year"). */
    private static Map<String, Staged> stagedDecisions() {
        Map<String, Staged> staged = new HashMap<>();
        jdbc.query("SELECT o.area_code, o.year, o.part, o.amount, o.state FROM observation o JOIN source_file f"
                + " ON f.file_id = o.file_id WHERE f.status = 'LOADED' AND o.indicator_code = 'afgoerelser'", rs -> {
                    Staged counts = staged.computeIfAbsent(rs.getString(1) + "|" + rs.getInt(2), k -> new Staged());
                    BigDecimal amount = "VALUE".equals(rs.getString(5)) ? rs.getBigDecimal(4) : null;
                    if (rs.getString(3).equals("numerator")) {
                        counts.numerator = amount;
                    } else {
                        counts.denominator = amount;
                    }
                });
        return staged;
    }

    /** One area's staged counts for a year; null where the file hid or lacked the figure. */
    private static final class Staged {
        BigDecimal numerator;
        BigDecimal denominator;

        BigDecimal numerator() {
            return numerator;
        }

        BigDecimal denominator() {
            return denominator;
        }

        boolean known() {
            return numerator != null && denominator != null && denominator.signum() != 0;
        }
    }
}
