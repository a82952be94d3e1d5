package dk.boligmonitor.targets;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/** All warehouse figures of the indicators criteria use, read once so rules can look up freely. */
final class WarehouseFacts implements FactLookup {

    private final Map<String, Figure> figures = new HashMap<>();

    WarehouseFacts(JdbcTemplate jdbc) {
        // criteria print their figures, so a figure hidden by disclosure control is suppressed for them too
        jdbc.query("SELECT area_code, indicator_code, year, value, state, disclosure FROM fact_indicator", rs -> {
            boolean shown = rs.getString(6).equals("SHOWN");
            figures.put(key(rs.getString(1), rs.getString(2), rs.getInt(3)),
                    shown ? new Figure(rs.getBigDecimal(4), rs.getString(5)) : new Figure(null, "SUPPRESSED"));
        });
    }

    @Override
    public Optional<Figure> figure(String unitCode, String indicatorCode, int year) {
        return Optional.ofNullable(figures.get(key(unitCode, indicatorCode, year)));
    }

    private static String key(String unit, String indicator, int year) {
        return unit + "|" + indicator + "|" + year;
    }
}
