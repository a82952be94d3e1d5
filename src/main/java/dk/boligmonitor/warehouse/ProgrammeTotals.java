package dk.boligmonitor.warehouse;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.Indicator;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Programme;
import dk.boligmonitor.registry.Years;
import dk.boligmonitor.warehouse.Fact.State;

/**
 * The programme's combined figures: the sum of its areas' numerators over the sum of their denominators,
 * never an average of rates. A total with an area missing would be wrong, so it is marked missing instead;
 * one with a suppressed area is suppressed, since it could reveal the hidden figure.
 */
@Component
class ProgrammeTotals {

    private final JdbcTemplate jdbc;
    private final FactWriter writer;
    private final MonitorConfig config;

    ProgrammeTotals(JdbcTemplate jdbc, FactWriter writer, MonitorConfig config) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.config = config;
    }

    int build(Years years) {
        Map<String, AreaFigure> figures = new HashMap<>();
        jdbc.query("""
                SELECT f.area_code, f.indicator_code, f.year, f.numerator, f.denominator, f.state
                  FROM fact_indicator f
                  JOIN dim_area a ON a.area_code = f.area_code
                 WHERE a.kind = 'AREA' AND %s
                """.formatted(years.condition("f.year")),
                rs -> {
                    figures.put(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3),
                            new AreaFigure(rs.getBigDecimal(4), rs.getBigDecimal(5), State.valueOf(rs.getString(6))));
                });
        try (FactWriter.Batch batch = writer.batch()) {
            for (Programme programme : config.programmes()) {
                for (Indicator indicator : config.indicators()) {
                    if (indicator.isDerived()) {
                        continue;
                    }
                    for (int year = programme.firstYear(); year <= programme.lastYear(); year++) {
                        if (!years.includes(year)) {
                            continue;
                        }
                        final int y = year;
                        List<AreaFigure> parts = programme.areas().stream()
                                .map(a -> figures.get(a.code() + "|" + indicator.code() + "|" + y)).toList();
                        total(programme, indicator, year, parts).ifPresent(batch::add);
                    }
                }
            }
            return batch.written();
        }
    }

    private Optional<Fact> total(Programme programme, Indicator indicator, int year, List<AreaFigure> parts) {
        if (parts.stream().allMatch(p -> p == null)) {
            return Optional.empty();
        }
        String code = indicator.code();
        if (parts.stream().anyMatch(p -> p != null && p.state() == State.SUPPRESSED)) {
            return Optional.of(Fact.derived(programme.code(), code, year, null, null, null, State.SUPPRESSED,
                    "et område er diskretioneret"));
        }
        boolean complete = parts.stream().allMatch(p -> p != null && p.state() == State.VALUE && p.numerator() != null
                && (!indicator.unit().isRatio() || p.denominator() != null));
        if (!complete) {
            String lacking = programme.areas().get(firstIncomplete(parts)).name();
            return Optional.of(Fact.derived(programme.code(), code, year, null, null, null, State.MISSING,
                    "ufuldstændig: mangler " + lacking));
        }
        BigDecimal numerator = parts.stream().map(AreaFigure::numerator).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!indicator.unit().isRatio()) {
            return Optional.of(Fact.derived(programme.code(), code, year, numerator, null, numerator,
                    State.VALUE, "sum af områderne"));
        }
        BigDecimal denominator = parts.stream().map(AreaFigure::denominator).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (denominator.signum() == 0) {
            return Optional.of(Fact.derived(programme.code(), code, year, numerator, denominator, null,
                    State.MISSING, "nævner 0"));
        }
        BigDecimal value = numerator.multiply(indicator.unit().scale()).divide(denominator, MathContext.DECIMAL64);
        return Optional.of(Fact.derived(programme.code(), code, year, numerator, denominator, value,
                State.VALUE, "sum af tællere / sum af nævnere for områderne"));
    }

    private static int firstIncomplete(List<AreaFigure> parts) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) == null || parts.get(i).state() != State.VALUE) {
                return i;
            }
        }
        return 0;
    }

    private record AreaFigure(BigDecimal numerator, BigDecimal denominator, State state) {
    }
}
