package dk.boligmonitor.targets;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/** All warehouse figures of the indicators criteria use, read once so rules can look up freely. */
final class WarehouseFacts implements FactLookup {

    private final Map<String, Figure> figures = new HashMap<>();

    WarehouseFacts(JdbcTemplate jdbc) {
        jdbc.query("SELECT area_code, indicator_code, year, value, state FROM fact_indicator", rs -> {
            figures.put(key(rs.getString(1), rs.getString(2), rs.getInt(3)),
                    new Figure(rs.getBigDecimal(4), rs.getString(5)));
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
