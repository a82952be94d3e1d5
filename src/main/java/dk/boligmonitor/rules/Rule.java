package dk.boligmonitor.rules;

import static dk.boligmonitor.format.DanishFormat.number;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

import dk.boligmonitor.format.Messages;
import dk.boligmonitor.rules.FactLookup.Figure;

/**
 * The kinds of success criteria the agreements and the law use. Each rule finds its target for a year,
 * compares the actual figure with it and says in Danish what it checked, so the board reads the rule, not a
 * code.
 */
public sealed interface Rule {

    /** Whether the rule says anything about this year (a fall from 2017 says nothing about 2017 itself). */
    default boolean evaluates(int year) {
        return true;
    }

    Evaluation evaluate(Case c);

    /** How a figure must stand to its target. */
    enum Comparison {
        ABOVE, AT_LEAST, BELOW, AT_MOST;

        /** The bundle has the words for each comparison, under this prefix and its name. */
        private static final String WORDS = "rules.comparison.";

        String words() {
            return Messages.get(WORDS + name());
        }

        Judge.Comparison apply(Judge judge, Optional<Figure> actual, BigDecimal target, String text) {
            return switch (this) {
                case ABOVE -> judge.above(actual, target, text);
                case AT_LEAST -> judge.atLeast(actual, target, text);
                case BELOW -> judge.below(actual, target, text);
                case AT_MOST -> judge.atMost(actual, target, text);
            };
        }
    }

    /** The figure must be above a reference group's figure in the same year, e.g. the SUB average. */
    record AboveReference(String referenceCode, String referenceName) implements Rule {
        @Override
        public Evaluation evaluate(Case c) {
            Judge judge = c.judge(Messages.get("rules.above_reference", referenceName));
            Optional<Figure> reference = c.of(referenceCode).filter(Figure::hasValue);
            if (reference.isEmpty()) {
                return judge.noBasis(Messages.get("rules.no_basis.reference", referenceName, c.year()));
            }
            // the reference is shown with a decimal more than the areas: 72,4 is the agreed figure, not 72
            BigDecimal target = reference.get().value();
            return judge.above(c.actual(), target, number(target, c.decimals() + 1)).measuredAs(reference.get())
                    .verdict();
        }
    }

    /** The figure must be above (or below) a fixed value, e.g. more than 40 % outside work and education. */
    record FixedValue(Comparison comparison, BigDecimal value) implements Rule {
        @Override
        public Evaluation evaluate(Case c) {
            Judge judge = c.judge(Messages.get("rules.fixed_value", comparison.words(), number(value, value.scale())));
            return comparison.apply(judge, c.actual(), value, number(value, value.scale())).verdict();
        }
    }

    /**
     * The figure must stand in a ratio to the unit's municipality, region, the country or a reference group:
     * e.g. convicted at least 3 times the national share, income below 55 % of the region's.
     */
    record RelativeToReference(String reference, BigDecimal factor, Comparison comparison) implements Rule {
        @Override
        public Evaluation evaluate(Case c) {
            String referenceUnit = c.facts().referenceUnit(c.unit(), reference);
            Judge judge = c.judge(Messages.get("rules.relative_to_reference", comparison.words(),
                    number(factor, factor.scale()), referenceWords()));
            Optional<Figure> base = c.of(referenceUnit).filter(Figure::hasValue);
            if (base.isEmpty()) {
                return judge.noBasis(Messages.get("rules.no_basis.reference", referenceWords(), c.year()));
            }
            BigDecimal target = base.get().value().multiply(factor, MathContext.DECIMAL64)
                    .setScale(c.decimals(), RoundingMode.HALF_UP);
            return comparison.apply(judge, c.actual(), target, number(target, c.decimals())).verdict();
        }

        private String referenceWords() {
            return switch (reference) {
                case "country" -> Messages.get("rules.reference.country");
                case "region" -> Messages.get("rules.reference.region");
                case "municipality" -> Messages.get("rules.reference.municipality");
                default -> Messages.get("rules.reference.group", reference);
            };
        }
    }

    /** The figure must be above the unit's own value in a zero-point year. */
    record AboveBaseline(int baselineYear) implements Rule {
        @Override
        public boolean evaluates(int year) {
            return year > baselineYear;
        }

        @Override
        public Evaluation evaluate(Case c) {
            Judge judge = c.judge(Messages.get("rules.above_baseline", baselineYear));
            Optional<Figure> base = c.in(baselineYear).filter(Figure::hasValue);
            if (base.isEmpty()) {
                return judge.noBasis(Messages.get("rules.no_basis.baseline", baselineYear));
            }
            BigDecimal target = rounded(base.get(), c.decimals());
            return judge.above(c.actual(), target, number(target, c.decimals())).measuredAs(base.get()).verdict();
        }
    }

    /** A fall of a fixed per cent every year from a baseline year, compounded: target = base × (1 − p)^years. */
    record RelativeFall(BigDecimal percentPerYear, int baselineYear) implements Rule {
        @Override
        public boolean evaluates(int year) {
            return year > baselineYear;
        }

        @Override
        public Evaluation evaluate(Case c) {
            Judge judge = c.judge(Messages.get("rules.relative_fall", number(percentPerYear, percentPerYear.scale()),
                    baselineYear));
            Optional<Figure> base = c.in(baselineYear).filter(Figure::hasValue);
            if (base.isEmpty()) {
                return judge.noBasis(Messages.get("rules.no_basis.year", baselineYear));
            }
            BigDecimal factor = BigDecimal.ONE.subtract(percentPerYear.movePointLeft(2))
                    .pow(c.year() - baselineYear, MathContext.DECIMAL64);
            BigDecimal target = base.get().value().multiply(factor, MathContext.DECIMAL64)
                    .setScale(c.decimals(), RoundingMode.HALF_UP);
            return judge.atMost(c.actual(), target, number(target, c.decimals()))
                    .onTheWay(c.year() < c.lastYear()).verdict();
        }
    }

    /** A straight path from a start value to a target value in a target year; at most (or at least) the path. */
    record TargetPath(int fromYear, BigDecimal fromValue, int targetYear, BigDecimal targetValue) implements Rule {
        @Override
        public boolean evaluates(int year) {
            return year > fromYear;
        }

        @Override
        public Evaluation evaluate(Case c) {
            boolean falling = targetValue.compareTo(fromValue) < 0;
            Judge judge = c.judge(Messages.get(falling ? "rules.target_path.falling" : "rules.target_path.rising",
                    number(fromValue, fromValue.scale()), fromYear, number(targetValue, targetValue.scale()),
                    targetYear));
            int steps = Math.min(c.year(), targetYear) - fromYear;
            BigDecimal target = fromValue.add(targetValue.subtract(fromValue).multiply(BigDecimal.valueOf(steps))
                            .divide(BigDecimal.valueOf(targetYear - fromYear), MathContext.DECIMAL64))
                    .setScale(c.decimals(), RoundingMode.HALF_UP);
            Judge.Comparison comparison = falling ? judge.atMost(c.actual(), target, number(target, c.decimals()))
                    : judge.atLeast(c.actual(), target, number(target, c.decimals()));
            return comparison.onTheWay(c.year() < targetYear).verdict();
        }
    }

    /** The figure must stay under a bound, per unit where the agreement names one, else a common bound. */
    record UpperBound(BigDecimal common, Map<String, BigDecimal> perUnit) implements Rule {
        @Override
        public Evaluation evaluate(Case c) {
            BigDecimal bound = perUnit.getOrDefault(c.unit(), common);
            Judge judge = c.judge(Messages.get("rules.upper_bound", number(bound, bound.scale())));
            return judge.below(c.actual(), bound, number(bound, bound.scale())).verdict();
        }
    }

    /** The figure must rise (or fall) compared with a baseline year. */
    record Direction(boolean rise, int baselineYear) implements Rule {
        @Override
        public boolean evaluates(int year) {
            return year > baselineYear;
        }

        @Override
        public Evaluation evaluate(Case c) {
            Judge judge = c.judge(Messages.get(rise ? "rules.direction.rise" : "rules.direction.fall", baselineYear));
            Optional<Figure> base = c.in(baselineYear).filter(Figure::hasValue);
            if (base.isEmpty()) {
                return judge.noBasis(Messages.get("rules.no_basis.year", baselineYear));
            }
            BigDecimal target = rounded(base.get(), c.decimals());
            String text = number(target, c.decimals()) + " (" + baselineYear + ")";
            return (rise ? judge.above(c.actual(), target, text) : judge.below(c.actual(), target, text))
                    .measuredAs(base.get()).verdict();
        }
    }

    /** A baseline as the board read it that year, so "over the zero point" compares printed figures. */
    private static BigDecimal rounded(Figure figure, int decimals) {
        return figure.value().setScale(decimals, RoundingMode.HALF_UP);
    }
}
