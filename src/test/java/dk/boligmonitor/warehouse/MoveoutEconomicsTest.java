package dk.boligmonitor.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.boligmonitor.StageRun;
import dk.boligmonitor.config.Area;
import dk.boligmonitor.config.Estate;
import dk.boligmonitor.config.Programme;

/**
 * The move-out lists' economics, vacancy days and loss at move-out, built by the real warehouse job from the
 * sample move-out lists loaded by the real ingest job, with FOB's list delivered as two files that share one
 * move-out and leave one move-out's vacancy days out. The expected figures are worked out here from the files'
 * text and from the stored move-out rows, each move-out once, never from moveout_count or the facts.
 */
class MoveoutEconomicsTest {

    private static final Path FOB = Path.of("sample-data/fraflytninger_fob_2013-2021.csv");
    private static final int YEAR = 2017;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** fact_indicator keeps six decimals. */
    private static final BigDecimal STORED = new BigDecimal("0.000001");

    @TempDir
    static Path work;

    static StageRun stage;
    static JdbcTemplate jdbc;
    /** FOB's move-outs as the two files give them, the one they share once. */
    static List<String> fobLines = new ArrayList<>();

    @BeforeAll
    static void loadTheMoveoutListsAndBuildTheWarehouse() throws Exception {
        stage = StageRun.start(work, "fraflytninger_sab_2013-2021.csv",
                "fraflytninger_slagelse-boligselskab_2013-2021.csv", "fraflytninger_boligkorsoer_2013-2021.xlsx",
                "fraflytninger_skaelskoer-boligselskab_2013-2021.xlsx");
        jdbc = stage.jdbc();
        splitFobList();
        stage.completed("ingestJob", "warehouseJob");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM source_file WHERE status <> 'LOADED'", Integer.class))
                .isZero();
    }

    /**
     * FOB's list as two files: up to 2016 with afdeling 23's first move-out of 2017, and from 2017, where the
     * third move-out of afdeling 23 in 2017 has no vacancy days.
     */
    private static void splitFobList() throws IOException {
        List<String> lines = Files.readAllLines(FOB, StandardCharsets.UTF_8);
        List<String> early = new ArrayList<>(List.of(lines.get(0)));
        List<String> late = new ArrayList<>(List.of(lines.get(0)));
        int afdeling23In2017 = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(";", -1);
            int year = Integer.parseInt(cells[2].substring(6));
            if (year < YEAR) {
                early.add(line);
                fobLines.add(line);
                continue;
            }
            if (year == YEAR && cells[0].equals("23") && ++afdeling23In2017 <= 3) {
                if (afdeling23In2017 == 1) {
                    early.add(line);
                } else if (afdeling23In2017 == 3) {
                    cells[4] = "";
                    line = String.join(";", cells);
                }
            }
            late.add(line);
            fobLines.add(line);
        }
        Files.write(stage.inbox().resolve("fraflytninger_fob_2013-2017.csv"), early, StandardCharsets.UTF_8);
        Files.write(stage.inbox().resolve("fraflytninger_fob_2017-2021.csv"), late, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        stage.close();
    }

    @Test
    void anEstatesFiguresAreItsMoveoutsOfTheYearEachCountedOnceFromTheFilesText() {
        long moveouts = 0;
        long days = 0;
        long daysKnown = 0;
        BigDecimal loss = BigDecimal.ZERO;
        for (String line : fobLines) {
            String[] cells = line.split(";", -1);
            if (cells[0].equals("23") && cells[2].endsWith("-" + YEAR)) {
                moveouts++;
                if (!cells[4].isEmpty()) {
                    days += Long.parseLong(cells[4]);
                    daysKnown++;
                }
                loss = loss.add(new BigDecimal(cells[5].replace(".", "").replace(',', '.')));
            }
        }
        assertThat(daysKnown).isEqualTo(moveouts - 1);
        // both files hold the shared move-out: the rows stored are one more than the move-outs
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM moveout WHERE estate_code = 'fob-23' AND year = ?",
                Long.class, YEAR)).isEqualTo(moveouts + 1);

        assertThat(value("fob-23", "fraflytning")).isEqualByComparingTo(ratio(moveouts * 100, 210));
        assertThat(value("fob-23", "tomgangsdage_pr_fraflytning")).isEqualByComparingTo(ratio(days, daysKnown));
        assertThat(derivation("fob-23", "tomgangsdage_pr_fraflytning"))
                .contains("1 af " + moveouts + " fraflytninger uden tomgangsdage");
        assertThat(state("fob-23", "tomgangsdage")).isEqualTo("MISSING");
        assertThat(state("fob-23", "tomgangsprocent")).isEqualTo("MISSING");
        // in 1.000 kr.
        assertThat(value("fob-23", "tab_fraflytning")).isEqualByComparingTo(loss.movePointLeft(3));
        assertThat(value("fob-23", "tab_pr_fraflytning"))
                .isEqualByComparingTo(loss.divide(BigDecimal.valueOf(moveouts), 6, RoundingMode.HALF_UP));
    }

    @Test
    void anAreasFiguresAreItsEstatesCountsSummedNotTheirFiguresAveraged() {
        Area ringparken = area("ringparken");
        Tally tally = Tally.of(ringparken.estates(), YEAR);
        assertThat(tally.moveouts - tally.daysKnown).isEqualTo(1);

        assertThat(value("ringparken", "tomgangsdage_pr_fraflytning"))
                .isEqualByComparingTo(ratio(tally.days, tally.daysKnown));
        assertThat(value("ringparken", "tab_fraflytning")).isEqualByComparingTo(tally.loss.movePointLeft(3));
        assertThat(value("ringparken", "tab_pr_fraflytning"))
                .isEqualByComparingTo(tally.loss.divide(BigDecimal.valueOf(tally.lossKnown), MathContext.DECIMAL64)
                        .setScale(6, RoundingMode.HALF_UP));
        assertThat(state("ringparken", "tomgangsdage")).isEqualTo("MISSING");
        assertThat(derivation("ringparken", "tomgangsdage")).isEqualTo("1 af " + tally.moveouts
                + " fraflytninger uden tomgangsdage");

        // a year where every move-out gave its vacancy days: totals and the vacancy rate are figures
        Tally next = Tally.of(ringparken.estates(), YEAR + 1);
        long tenancies = ringparken.estates().stream().mapToLong(Estate::tenancies).sum();
        assertThat(next.daysKnown).isEqualTo(next.moveouts);
        assertThat(value("ringparken", "tomgangsdage", YEAR + 1)).isEqualByComparingTo(BigDecimal.valueOf(next.days));
        assertThat(value("ringparken", "tomgangsprocent", YEAR + 1))
                .isEqualByComparingTo(ratio(next.days * 100, tenancies * 365));
    }

    @Test
    void theProgrammesFiguresAreAllItsEstatesCountsSummed() {
        List<Estate> estates = slagelse().areas().stream().flatMap(a -> a.estates().stream()).toList();
        Tally tally = Tally.of(estates, YEAR);
        assertThat(value("slagelse", "tomgangsdage_pr_fraflytning"))
                .isEqualByComparingTo(ratio(tally.days, tally.daysKnown));
        assertThat(value("slagelse", "tab_fraflytning")).isEqualByComparingTo(tally.loss.movePointLeft(3));
        Tally next = Tally.of(estates, YEAR + 1);
        long tenancies = estates.stream().mapToLong(Estate::tenancies).sum();
        assertThat(value("slagelse", "tomgangsprocent", YEAR + 1))
                .isEqualByComparingTo(ratio(next.days * 100, tenancies * 365));
        assertThat(value("slagelse", "fraflytning", YEAR + 1))
                .isEqualByComparingTo(ratio(next.moveouts * 100, tenancies));
    }

    @Test
    void theFiguresAreEventsNeverSuppressedAndHaveNoMunicipalComparison() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fact_indicator WHERE indicator_code IN"
                + " ('tomgangsdage', 'tomgangsdage_pr_fraflytning', 'tomgangsprocent', 'tab_fraflytning',"
                + " 'tab_pr_fraflytning') AND (state = 'SUPPRESSED' OR area_code IN"
                + " (SELECT area_code FROM dim_area WHERE kind NOT IN ('ESTATE', 'AREA', 'PROGRAMME')))",
                Integer.class)).isZero();
    }

    /** The loaded move-outs of some estates and a year, each once (by estate, tenancy and date), newest file's. */
    private static final class Tally {
        long moveouts;
        long days;
        long daysKnown;
        BigDecimal loss = BigDecimal.ZERO;
        long lossKnown;

        static Tally of(List<Estate> estates, int year) {
            Map<String, Object[]> moveouts = new LinkedHashMap<>();
            List<String> codes = estates.stream().map(Estate::code).toList();
            jdbc.query("""
                    SELECT m.estate_code, m.tenancy_no, m.moveout_date, m.vacancy_days, m.loss_dkk
                      FROM moveout m JOIN source_file f ON f.file_id = m.file_id
                     WHERE f.status = 'LOADED' AND m.year = ?
                     ORDER BY m.file_id DESC
                    """, rs -> {
                if (codes.contains(rs.getString(1))) {
                    moveouts.putIfAbsent(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getDate(3),
                            new Object[] {rs.getObject(4), rs.getBigDecimal(5)});
                }
            }, year);
            Tally tally = new Tally();
            for (Object[] moveout : moveouts.values()) {
                tally.moveouts++;
                if (moveout[0] != null) {
                    tally.days += ((Number) moveout[0]).longValue();
                    tally.daysKnown++;
                }
                if (moveout[1] != null) {
                    tally.loss = tally.loss.add((BigDecimal) moveout[1]);
                    tally.lossKnown++;
                }
            }
            return tally;
        }
    }

    private static Programme slagelse() {
        return stage.config().programmes().stream().filter(p -> p.code().equals("slagelse")).findFirst()
                .orElseThrow();
    }

    private static Area area(String code) {
        return slagelse().areas().stream()
                .filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    private static BigDecimal ratio(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 6,
                RoundingMode.HALF_UP);
    }

    private static BigDecimal value(String unit, String indicator) {
        return value(unit, indicator, YEAR);
    }

    private static BigDecimal value(String unit, String indicator, int year) {
        BigDecimal value = jdbc.queryForObject("SELECT value FROM fact_indicator WHERE area_code = ?"
                + " AND indicator_code = ? AND year = ? AND state = 'VALUE'", BigDecimal.class, unit, indicator, year);
        return value.setScale(6, RoundingMode.HALF_UP);
    }

    private static String state(String unit, String indicator) {
        return jdbc.queryForObject("SELECT state FROM fact_indicator WHERE area_code = ? AND indicator_code = ?"
                + " AND year = ?", String.class, unit, indicator, YEAR);
    }

    private static String derivation(String unit, String indicator) {
        return jdbc.queryForObject("SELECT derivation FROM fact_indicator WHERE area_code = ? AND indicator_code = ?"
                + " AND year = ?", String.class, unit, indicator, YEAR);
    }
}
