package dk.boligmonitor.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


/**
 * Figures over several years, as the law's "2-year average": numerators and denominators of the years are
 * summed, never the rates averaged. Any year missing or hidden makes the average missing or hidden.
 */
public final class AveragedFacts implements FactLookup {

    private final FactLookup facts;
    private final int years;
    private final BigDecimal scale;

    public AveragedFacts(FactLookup facts, int years, BigDecimal scale) {
        this.facts = facts;
        this.years = years;
        this.scale = scale;
    }

    @Override
    public Optional<Figure> figure(String unit, String indicator, int year) {
        List<Figure> figures = new ArrayList<>();
        for (int y = year - years + 1; y <= year; y++) {
            Optional<Figure> figure = facts.figure(unit, indicator, y);
            if (figure.isEmpty()) {
                return Optional.empty();
            }
            figures.add(figure.get());
        }
        if (figures.stream().anyMatch(f -> f.state().equals("SUPPRESSED"))) {
            return Optional.of(new Figure(null, "SUPPRESSED"));
        }
        if (figures.stream().anyMatch(f -> !f.hasValue() || f.numerator() == null || f.denominator() == null)) {
            return Optional.of(new Figure(null, "MISSING"));
        }
        BigDecimal numerator = figures.stream().map(Figure::numerator).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal denominator = figures.stream().map(Figure::denominator).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (denominator.signum() == 0) {
            return Optional.of(new Figure(null, "MISSING"));
        }
        return Optional.of(new Figure(numerator.multiply(scale).divide(denominator, MathContext.DECIMAL64), "VALUE",
                numerator, denominator));
    }

    @Override
    public String referenceUnit(String unit, String reference) {
        return facts.referenceUnit(unit, reference);
    }
}
