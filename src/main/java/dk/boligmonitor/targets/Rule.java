package dk.boligmonitor.targets;

import static dk.boligmonitor.report.DanishFormat.number;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

import dk.boligmonitor.targets.FactLookup.Figure;

/**
 * The kinds of success criteria the agreements use. Each rule finds its target for a year, compares the
 * actual figure with it and says in Danish what it checked, so the board reads the rule, not a code.
 */
public sealed interface Rule {

    /** Whether the rule says anything about this year (a fall from 2017 says nothing about 2017 itself). */
    default boolean evaluates(int year) {
        return true;
    }

    Evaluation evaluate(FactLookup facts, String indicator, String unit, int year, int decimals);

    /** The figure must be above a reference group's figure in the same year, e.g. the SUB average. */
    record AboveReference(String referenceCode, String referenceName) implements Rule {
        @Override
        public Evaluation evaluate(FactLookup facts, String indicator, String unit, int year, int decimals) {
            Judge judge = new Judge("skal være over " + referenceName, decimals);
            Optional<BigDecimal> reference = valueOf(facts.figure(referenceCode, indicator, year));
            if (reference.isEmpty()) {
                return judge.noBasis("ingen værdi for " + referenceName + " i " + year);
            }
            // the reference is shown with a decimal more than the areas: 72,4 is the agreed figure, not 72
            return judge.above(facts.figure(unit, indicator, year), reference.get(),
                    number(reference.get(), decimals + 1));
        }
    }

    /** The figure must be above the unit's own value in a zero-point year. */
    record AboveBaseline(int baselineYear) implements Rule {
        @Override
        public boolean evaluates(int year) {
            return year > baselineYear;
        }

        @Override
        public Evaluation evaluate(FactLookup facts, String indicator, String unit, int year, int decimals) {
            Judge judge = new Judge("skal være over nulpunktet i " + baselineYear, decimals);
            Optional<BigDecimal> base = rounded(facts.figure(unit, indicator, baselineYear), decimals);
            if (base.isEmpty()) {
                return judge.noBasis("intet nulpunkt i " + baselineYear);
            }
            return judge.above(facts.figure(unit, indicator, year), base.get(), number(base.get(), decimals));
        }
    }

    /** A fall of a fixed per cent every year from a baseline year, compounded: target = base × (1 − p)^years. */
    record RelativeFall(BigDecimal percentPerYear, int baselineYear) implements Rule {
        @Override
        public boolean evaluates(int year) {
            return year > baselineYear;
        }

        @Override
        public Evaluation evaluate(FactLookup facts, String indicator, String unit, int year, int decimals) {
            Judge judge = new Judge("skal falde " + number(percentPerYear, percentPerYear.scale())
                    + " % om året fra " + baselineYear + " (renters rente)", decimals);
            Optional<BigDecimal> base = valueOf(facts.figure(unit, indicator, baselineYear));
            if (base.isEmpty()) {
                return judge.noBasis("ingen værdi i " + baselineYear);
            }
            BigDecimal factor = BigDecimal.ONE.subtract(percentPerYear.movePointLeft(2))
                    .pow(year - baselineYear, MathContext.DECIMAL64);
            BigDecimal target = base.get().multiply(factor, MathContext.DECIMAL64).setScale(decimals, RoundingMode.HALF_UP);
            return judge.atMost(facts.figure(unit, indicator, year), target, number(target, decimals));
        }
    }

    /** A straight path from a start value to a target value in a target year; at most (or at least) the path. */
    record TargetPath(int fromYear, BigDecimal fromValue, int targetYear, BigDecimal targetValue) implements Rule {
        @Override
        public boolean evaluates(int year) {
            return year > fromYear;
        }

        @Override
        public Evaluation evaluate(FactLookup facts, String indicator, String unit, int year, int decimals) {
            boolean falling = targetValue.compareTo(fromValue) < 0;
            Judge judge = new Judge("skal gå fra " + number(fromValue, fromValue.scale()) + " i " + fromYear
                    + (falling ? " til højst " : " til mindst ") + number(targetValue, targetValue.scale())
                    + " i " + targetYear + " (lige linje)", decimals);
            int steps = Math.min(year, targetYear) - fromYear;
            BigDecimal target = fromValue.add(targetValue.subtract(fromValue).multiply(BigDecimal.valueOf(steps))
                            .divide(BigDecimal.valueOf(targetYear - fromYear), MathContext.DECIMAL64))
                    .setScale(decimals, RoundingMode.HALF_UP);
            Optional<Figure> actual = facts.figure(unit, indicator, year);
            return falling ? judge.atMost(actual, target, number(target, decimals))
                    : judge.atLeast(actual, target, number(target, decimals));
        }
    }

    /** The figure must stay under a bound, per unit where the agreement names one, else a common bound. */
    record UpperBound(BigDecimal common, Map<String, BigDecimal> perUnit) implements Rule {
        @Override
        public Evaluation evaluate(FactLookup facts, String indicator, String unit, int year, int decimals) {
            BigDecimal bound = perUnit.getOrDefault(unit, common);
            Judge judge = new Judge("skal være under " + number(bound, bound.scale()), decimals);
            return judge.below(facts.figure(unit, indicator, year), bound, number(bound, bound.scale()));
        }
    }

    /** The figure must rise (or fall) compared with a baseline year. */
    record Direction(boolean rise, int baselineYear) implements Rule {
        @Override
        public boolean evaluates(int year) {
            return year > baselineYear;
        }

        @Override
        public Evaluation evaluate(FactLookup facts, String indicator, String unit, int year, int decimals) {
            Judge judge = new Judge((rise ? "skal stige" : "skal falde") + " fra " + baselineYear, decimals);
            Optional<BigDecimal> base = rounded(facts.figure(unit, indicator, baselineYear), decimals);
            if (base.isEmpty()) {
                return judge.noBasis("ingen værdi i " + baselineYear);
            }
            Optional<Figure> actual = facts.figure(unit, indicator, year);
            String text = number(base.get(), decimals) + " (" + baselineYear + ")";
            return rise ? judge.above(actual, base.get(), text) : judge.below(actual, base.get(), text);
        }
    }

    private static Optional<BigDecimal> valueOf(Optional<Figure> figure) {
        return figure.filter(Figure::hasValue).map(Figure::value);
    }

    /** A baseline as the board read it that year, so "over the zero point" compares printed figures. */
    private static Optional<BigDecimal> rounded(Optional<Figure> figure, int decimals) {
        return valueOf(figure).map(v -> v.setScale(decimals, RoundingMode.HALF_UP));
    }
}
