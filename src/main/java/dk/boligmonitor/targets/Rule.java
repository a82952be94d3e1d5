package dk.boligmonitor.targets;

import static dk.boligmonitor.report.DanishFormat.number;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
            String rule = "skal være over " + referenceName;
            return compare(facts.figure(referenceCode, indicator, year), rule + " (ingen referenceværdi " + year + ")",
                    target -> Judge.above(facts.figure(unit, indicator, year), target,
                            rule + ": mål > " + number(target, decimals), decimals));
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
            String rule = "skal være over nulpunktet i " + baselineYear;
            return compare(facts.figure(unit, indicator, baselineYear), rule + " (intet nulpunkt)",
                    base -> Judge.above(facts.figure(unit, indicator, year), base,
                            rule + ": mål > " + number(base, decimals), decimals));
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
            String rule = "skal falde " + number(percentPerYear, percentPerYear.scale() > 0 ? 1 : 0)
                    + " % om året fra " + baselineYear + " (renters rente)";
            BigDecimal factor = BigDecimal.ONE.subtract(percentPerYear.movePointLeft(2))
                    .pow(year - baselineYear, MathContext.DECIMAL64);
            return compare(facts.figure(unit, indicator, baselineYear), rule + " (ingen værdi i " + baselineYear + ")",
                    base -> {
                        BigDecimal target = base.multiply(factor, MathContext.DECIMAL64)
                                .setScale(decimals, RoundingMode.HALF_UP);
                        return Judge.atMost(facts.figure(unit, indicator, year), target,
                                rule + ": mål " + year + " ≤ " + number(target, decimals), decimals);
                    });
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
            int steps = Math.min(year, targetYear) - fromYear;
            BigDecimal target = fromValue.add(targetValue.subtract(fromValue)
                    .multiply(BigDecimal.valueOf(steps))
                    .divide(BigDecimal.valueOf(targetYear - fromYear), MathContext.DECIMAL64))
                    .setScale(decimals, RoundingMode.HALF_UP);
            boolean falling = targetValue.compareTo(fromValue) < 0;
            String rule = "skal gå fra " + number(fromValue, fromValue.scale()) + " i " + fromYear
                    + (falling ? " til højst " : " til mindst ") + number(targetValue, targetValue.scale())
                    + " i " + targetYear + " (lige linje): mål " + year + (falling ? " ≤ " : " ≥ ")
                    + number(target, decimals);
            Optional<Figure> actual = facts.figure(unit, indicator, year);
            return falling ? Judge.atMost(actual, target, rule, decimals) : Judge.atLeast(actual, target, rule, decimals);
        }
    }

    /** The figure must stay under a bound, per unit where the agreement names one, else a common bound. */
    record UpperBound(BigDecimal common, Map<String, BigDecimal> perUnit) implements Rule {
        @Override
        public Evaluation evaluate(FactLookup facts, String indicator, String unit, int year, int decimals) {
            BigDecimal bound = perUnit.getOrDefault(unit, common);
            String rule = "skal være under " + number(bound, bound.scale());
            return Judge.below(facts.figure(unit, indicator, year), bound, rule, decimals);
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
            String rule = (rise ? "skal stige" : "skal falde") + " fra " + baselineYear;
            return compare(facts.figure(unit, indicator, baselineYear), rule + " (ingen værdi i " + baselineYear + ")",
                    base -> {
                        String withBase = rule + ": " + baselineYear + " " + number(base, decimals);
                        Optional<Figure> actual = facts.figure(unit, indicator, year);
                        return rise ? Judge.above(actual, base, withBase, decimals)
                                : Judge.below(actual, base, withBase, decimals);
                    });
        }
    }

    /** Evaluates against a reference figure that must itself exist before anything can be judged. */
    private static Evaluation compare(Optional<Figure> reference, String noReference,
                                      Function<BigDecimal, Evaluation> judge) {
        if (reference.isEmpty() || !reference.get().hasValue()) {
            return new Evaluation(Status.NO_DATA, null, null, noReference);
        }
        return judge.apply(reference.get().value());
    }
}
