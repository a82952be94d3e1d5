package dk.boligmonitor.targets;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Municipality;
import dk.boligmonitor.rules.FactLookup;

/** All warehouse figures, read once so rules can look up freely, and where each unit belongs. */
final class WarehouseFacts implements FactLookup {

    private final Map<String, Figure> figures = new HashMap<>();
    private final Map<String, Integer> municipalityOf = new HashMap<>();
    private final Map<String, Integer> regionOf = new HashMap<>();

    WarehouseFacts(JdbcTemplate jdbc) {
        // criteria print their figures, so a figure hidden by disclosure control is suppressed for them too
        jdbc.query("""
                SELECT area_code, indicator_code, year, value, state, disclosure, numerator, denominator
                  FROM fact_indicator
                """, rs -> {
                    boolean shown = rs.getString(6).equals("SHOWN");
                    figures.put(key(rs.getString(1), rs.getString(2), rs.getInt(3)), shown
                            ? new Figure(rs.getBigDecimal(4), rs.getString(5), rs.getBigDecimal(7), rs.getBigDecimal(8))
                            : new Figure(null, "SUPPRESSED"));
                });
        jdbc.query("SELECT area_code, municipality_code, region_code FROM dim_area", rs -> {
            municipalityOf.put(rs.getString(1), (Integer) rs.getObject(2));
            regionOf.put(rs.getString(1), (Integer) rs.getObject(3));
        });
    }

    @Override
    public Optional<Figure> figure(String unitCode, String indicatorCode, int year) {
        return Optional.ofNullable(figures.get(key(unitCode, indicatorCode, year)));
    }

    @Override
    public String referenceUnit(String unitCode, String reference) {
        return switch (reference) {
            case "country" -> MonitorConfig.COUNTRY_CODE;
            case "municipality" -> municipalityOf.get(unitCode) == null ? null
                    : Municipality.unitCode(municipalityOf.get(unitCode));
            case "region" -> regionOf.get(unitCode) == null ? null : Municipality.regionUnitCode(regionOf.get(unitCode));
            default -> reference;
        };
    }

    private static String key(String unit, String indicator, int year) {
        return unit + "|" + indicator + "|" + year;
    }
}
