package dk.boligmonitor.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The facts of the units one report compares, read once. It is the one place a figure is turned into the
 * text a report prints, so zero, missing ("–") and suppressed ("..") stay apart in every report alike.
 */
final class WarehouseFigures {

    static final String MISSING = "–";
    static final String SUPPRESSED = "..";

    private record Figure(BigDecimal value, String state) {
    }

    private final Map<String, Figure> figures = new HashMap<>();

    WarehouseFigures(JdbcTemplate jdbc, List<String> units) {
        String placeholders = String.join(", ", units.stream().map(u -> "?").toList());
        // a figure disclosure control hides is read as suppressed: its value never reaches a report
        jdbc.query("SELECT area_code, indicator_code, year, value, state, disclosure FROM fact_indicator"
                + " WHERE area_code IN (" + placeholders + ")", rs -> {
                    boolean shown = rs.getString(6).equals("SHOWN");
                    figures.put(key(rs.getString(1), rs.getString(2), rs.getInt(3)), shown
                            ? new Figure(rs.getBigDecimal(4), rs.getString(5)) : new Figure(null, "SUPPRESSED"));
                }, units.toArray());
    }

    String text(String unit, String indicator, int year, int decimals) {
        Figure figure = figures.get(key(unit, indicator, year));
        if (figure == null || figure.state().equals("MISSING") || figure.value() == null
                && !figure.state().equals("SUPPRESSED")) {
            return MISSING;
        }
        if (figure.state().equals("SUPPRESSED")) {
            return SUPPRESSED;
        }
        return DanishFormat.number(figure.value(), decimals);
    }

    /** A chart point: the rounded value, or empty for a gap (missing and suppressed are never drawn as 0). */
    Optional<Double> value(String unit, String indicator, int year, int decimals) {
        Figure figure = figures.get(key(unit, indicator, year));
        if (figure == null || !figure.state().equals("VALUE") || figure.value() == null) {
            return Optional.empty();
        }
        return Optional.of(figure.value().setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue());
    }

    private static String key(String unit, String indicator, int year) {
        return unit + "|" + indicator + "|" + year;
    }
}
