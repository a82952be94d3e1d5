package dk.boligmonitor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import dk.boligmonitor.config.Indicator;
import dk.boligmonitor.config.Unit;
import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.format.Messages;

/**
 * The facts of the units one report compares, read once. It is the one place a figure is turned into the
 * text a report prints, so zero, missing ("–") and suppressed ("..") stay apart in every report alike, and
 * the one place that keeps a figure disclosure control hides out of tables, charts, changes and the workbook.
 */
final class WarehouseFigures {

    static final String SUPPRESSED = "..";

    private record Figure(BigDecimal value, String state, BigDecimal change, Fact fact) {

        boolean shown() {
            return state.equals("VALUE") && value != null;
        }
    }

    /**
     * A figure with what it was computed from, for the packet's workbook: a suppressed one carries none of its
     * numbers, nor where they came from; a missing value is null.
     */
    record Fact(boolean suppressed, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                String numeratorFile, Integer numeratorRow, String denominatorFile, Integer denominatorRow) {

        static final Fact HIDDEN = new Fact(true, null, null, null, null, null, null, null);
    }

    private final Map<String, Figure> figures = new HashMap<>();

    WarehouseFigures(JdbcTemplate jdbc, List<String> units) {
        String placeholders = String.join(", ", units.stream().map(u -> "?").toList());
        // a figure disclosure control hides is read as suppressed: neither its value nor its change reaches a report
        jdbc.query("""
                SELECT f.area_code, f.indicator_code, f.year, f.value, f.state, f.disclosure, f.change_abs,
                       f.numerator, f.denominator, n.file_name, f.numerator_row, d.file_name, f.denominator_row
                  FROM fact_indicator f
                  LEFT JOIN source_file n ON n.file_id = f.numerator_file_id
                  LEFT JOIN source_file d ON d.file_id = f.denominator_file_id
                 WHERE f.area_code IN (%s)
                """.formatted(placeholders), rs -> {
                    boolean disclosed = rs.getString(6).equals("SHOWN");
                    figures.put(key(rs.getString(1), rs.getString(2), rs.getInt(3)), disclosed
                            ? new Figure(rs.getBigDecimal(4), rs.getString(5), rs.getBigDecimal(7),
                                    new Fact(false, rs.getBigDecimal(4), rs.getBigDecimal(8), rs.getBigDecimal(9),
                                            rs.getString(10), rs.getObject(11, Integer.class),
                                            rs.getString(12), rs.getObject(13, Integer.class)))
                            : new Figure(null, "SUPPRESSED", null, Fact.HIDDEN));
                }, units.toArray());
    }

    /** Whether a table would print anything but "–" for the unit in one of the years: a value or "..". */
    boolean hasFigure(String unit, String indicator, int firstYear, int lastYear) {
        for (int year = firstYear; year <= lastYear; year++) {
            Figure figure = figures.get(key(unit, indicator, year));
            if (figure != null && (figure.shown() || figure.state().equals("SUPPRESSED"))) {
                return true;
            }
        }
        return false;
    }

    String text(String unit, String indicator, int year, int decimals) {
        Figure figure = figures.get(key(unit, indicator, year));
        if (figure != null && figure.state().equals("SUPPRESSED")) {
            return SUPPRESSED;
        }
        return figure != null && figure.shown() ? DanishFormat.number(figure.value(), decimals) : DanishFormat.MISSING;
    }

    /**
     * The figure for the workbook, by the same rule as {@link #text}: suppressed as there, its value rounded as
     * the table prints it, and null where the table prints "–" and nothing is known.
     */
    Optional<Fact> fact(String unit, String indicator, int year, int decimals) {
        Figure figure = figures.get(key(unit, indicator, year));
        if (figure == null) {
            return Optional.empty();
        }
        if (figure.state().equals("SUPPRESSED")) {
            return Optional.of(Fact.HIDDEN);
        }
        Fact fact = figure.fact();
        BigDecimal value = figure.shown() ? figure.value().setScale(decimals, RoundingMode.HALF_UP) : null;
        return Optional.of(new Fact(false, value, fact.numerator(), fact.denominator(), fact.numeratorFile(),
                fact.numeratorRow(), fact.denominatorFile(), fact.denominatorRow()));
    }

    /** A chart point: the rounded value, or empty for a gap (missing and suppressed are never drawn as 0). */
    Optional<Double> value(String unit, String indicator, int year, int decimals) {
        Figure figure = figures.get(key(unit, indicator, year));
        if (figure == null || !figure.shown()) {
            return Optional.empty();
        }
        return Optional.of(figure.value().setScale(decimals, RoundingMode.HALF_UP).doubleValue());
    }

    /**
     * The change from the year before in the indicator's unit, "+2,3 pp" for shares and "−1,4" otherwise; "–"
     * unless both years are shown, since a change next to one visible year would give the hidden one away.
     */
    String change(String unit, Indicator indicator, int year) {
        Figure now = figures.get(key(unit, indicator.code(), year));
        Figure before = figures.get(key(unit, indicator.code(), year - 1));
        if (now == null || before == null || !now.shown() || !before.shown() || now.change() == null) {
            return DanishFormat.MISSING;
        }
        // the difference of the two figures as printed: a reader who subtracts them must find it (15 → 13 is −2,
        // though the unrounded 15,4 → 12,6 differ by 2,8)
        int decimals = indicator.decimals();
        BigDecimal printed = now.value().setScale(decimals, RoundingMode.HALF_UP)
                .subtract(before.value().setScale(decimals, RoundingMode.HALF_UP));
        String change = DanishFormat.change(printed, decimals);
        return indicator.unit() == Unit.PERCENT ? Messages.get("report.change_points", change) : change;
    }

    private static String key(String unit, String indicator, int year) {
        return unit + "|" + indicator + "|" + year;
    }
}
