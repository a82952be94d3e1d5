package dk.boligmonitor.warehouse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.Area;
import dk.boligmonitor.config.Indicator;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Programme;
import dk.boligmonitor.registry.Years;

/**
 * Statistical disclosure control, decided once in the warehouse so every report and every criterion reads
 * the same verdict. Primary: a figure built on fewer than the minimum number of persons (a non-zero numerator
 * or a denominator below it) is not shown. Secondary: when exactly one area of a programme is hidden and the
 * programme total is shown, the hidden figure could be recovered by subtraction, so the area with the next
 * smallest count is hidden too, or the total when there is no other area.
 */
@Component
class DisclosureControl {

    private final JdbcTemplate jdbc;
    private final MonitorConfig config;
    private final int minPersons;

    DisclosureControl(JdbcTemplate jdbc, MonitorConfig config,
                      @Value("${boligmonitor.disclosure.min-persons:5}") int minPersons) {
        this.jdbc = jdbc;
        this.config = config;
        this.minPersons = minPersons;
    }

    /** Returns how many figures were hidden. */
    int apply(Years years) {
        String inYears = " AND " + years.condition("year");
        jdbc.update("UPDATE fact_indicator SET disclosure = 'SHOWN' WHERE disclosure <> 'SHOWN'" + inYears);
        List<String> personIndicators = config.indicators().stream()
                .filter(i -> i.counts() == Indicator.Counts.PERSONS).map(Indicator::code).toList();
        int hidden = 0;
        for (String indicator : personIndicators) {
            hidden += jdbc.update("""
                    UPDATE fact_indicator SET disclosure = 'PRIMARY'
                     WHERE indicator_code = ? AND state = 'VALUE'
                       AND (numerator > 0 AND numerator < ? OR denominator < ?)
                    """ + inYears, indicator, minPersons, minPersons);
        }
        for (Programme programme : config.programmes()) {
            hidden += secondary(programme, personIndicators, inYears);
        }
        return hidden;
    }

    private int secondary(Programme programme, List<String> indicators, String inYears) {
        Map<String, List<Cell>> cells = new HashMap<>();
        List<String> units = new ArrayList<>(programme.areas().stream().map(Area::code).toList());
        units.add(programme.code());
        String placeholders = String.join(", ", units.stream().map(u -> "?").toList());
        jdbc.query("""
                SELECT area_code, indicator_code, year, numerator, state, disclosure
                  FROM fact_indicator
                 WHERE area_code IN (%s)
                """.formatted(placeholders) + inYears, rs -> {
                    cells.computeIfAbsent(rs.getString(2) + "|" + rs.getInt(3), k -> new ArrayList<>())
                            .add(new Cell(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4),
                                    rs.getString(5), rs.getString(6)));
                }, units.toArray());
        int hidden = 0;
        for (List<Cell> group : cells.values()) {
            if (!indicators.contains(group.get(0).indicator())) {
                continue;
            }
            Cell total = group.stream().filter(c -> c.unit().equals(programme.code())).findFirst().orElse(null);
            List<Cell> areas = group.stream().filter(c -> !c.unit().equals(programme.code())).toList();
            if (total == null || !total.visible() || areas.stream().filter(c -> c.disclosure().equals("PRIMARY")).count() != 1) {
                continue;
            }
            Cell next = areas.stream().filter(Cell::visible)
                    .min(Comparator.comparing(c -> c.numerator() == null ? BigDecimal.ZERO : c.numerator()))
                    .orElse(total);
            hidden += jdbc.update("""
                    UPDATE fact_indicator SET disclosure = 'SECONDARY'
                     WHERE area_code = ? AND indicator_code = ? AND year = ?
                    """, next.unit(), next.indicator(), next.year());
        }
        return hidden;
    }

    private record Cell(String unit, String indicator, int year, BigDecimal numerator, String state,
                        String disclosure) {

        boolean visible() {
            return state.equals("VALUE") && disclosure.equals("SHOWN");
        }
    }
}
