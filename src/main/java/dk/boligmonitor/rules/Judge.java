package dk.boligmonitor.rules;

import static dk.boligmonitor.format.DanishFormat.number;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.IntPredicate;

import dk.boligmonitor.format.Messages;
import dk.boligmonitor.rules.FactLookup.Figure;

/**
 * Compares an actual figure with a target. Figures are compared as the board sees them, rounded to the
 * indicator's decimals (computed targets arrive rounded the same way), so what the board reads agrees with
 * the verdict. Missing and suppressed figures give their own status, never a verdict. For a survey, a
 * difference within the 95 % uncertainty of the shares compared is "not significant", neither success nor
 * failure.
 */
final class Judge {

    private static final double Z_95 = 1.96;

    private final String rule;
    private final int decimals;
    private final boolean survey;

    Judge(String rule, int decimals, boolean survey) {
        this.rule = rule;
        this.decimals = decimals;
        this.survey = survey;
    }

    Comparison above(Optional<Figure> actual, BigDecimal target, String targetText) {
        return new Comparison(actual, target, "> " + targetText, c -> c > 0);
    }

    Comparison below(Optional<Figure> actual, BigDecimal target, String targetText) {
        return new Comparison(actual, target, "< " + targetText, c -> c < 0);
    }

    Comparison atMost(Optional<Figure> actual, BigDecimal target, String targetText) {
        return new Comparison(actual, target, "≤ " + targetText, c -> c <= 0);
    }

    Comparison atLeast(Optional<Figure> actual, BigDecimal target, String targetText) {
        return new Comparison(actual, target, "≥ " + targetText, c -> c >= 0);
    }

    /** Nothing can be judged without the figure the target is built from (a baseline, a reference). */
    Evaluation noBasis(String why) {
        return new Evaluation(Status.NO_DATA, null, null, rule, why, "–");
    }

    /** One comparison, judged against a fixed target or against another survey figure. */
    final class Comparison {
        private final Optional<Figure> actual;
        private final BigDecimal target;
        private final String targetText;
        private final IntPredicate met;
        private Figure targetFigure;
        private boolean onTheWay;

        private Comparison(Optional<Figure> actual, BigDecimal target, String targetText, IntPredicate met) {
            this.actual = actual;
            this.target = target;
            this.targetText = targetText;
            this.met = met;
        }

        /** The target is itself a measured figure (a baseline year, a reference group) with its own uncertainty. */
        Comparison measuredAs(Figure figure) {
            this.targetFigure = figure;
            return this;
        }

        /** A year before the criterion's last: the verdict is whether the unit is on its way. */
        Comparison onTheWay(boolean before) {
            this.onTheWay = before;
            return this;
        }

        Evaluation verdict() {
            if (actual.isEmpty() || actual.get().state().equals("MISSING") || actual.get().value() == null
                    && !actual.get().state().equals("SUPPRESSED")) {
                return new Evaluation(Status.NO_DATA, null, target, rule, targetText,
                        Messages.get("rules.actual.no_data"));
            }
            if (actual.get().state().equals("SUPPRESSED")) {
                return new Evaluation(Status.SUPPRESSED, null, target, rule, targetText,
                        Messages.get("rules.actual.suppressed"));
            }
            BigDecimal value = actual.get().value();
            String actualText = number(value, decimals);
            if (survey && withinUncertainty(actual.get())) {
                return new Evaluation(Status.NOT_SIGNIFICANT, value, target, rule, targetText,
                        Messages.get("rules.actual.not_significant", actualText));
            }
            boolean ok = met.test(value.setScale(decimals, RoundingMode.HALF_UP).compareTo(target));
            Status status = onTheWay ? (ok ? Status.ON_TRACK : Status.NOT_ON_TRACK) : (ok ? Status.MET : Status.NOT_MET);
            return new Evaluation(status, value, target, rule, targetText, actualText);
        }

        /** |p − target| below 1.96 standard errors of the difference, shares in per cent of respondents. */
        private boolean withinUncertainty(Figure figure) {
            if (figure.denominator() == null || figure.denominator().signum() == 0) {
                return false;
            }
            double variance = variance(figure.value(), figure.denominator());
            if (targetFigure != null && targetFigure.denominator() != null && targetFigure.denominator().signum() > 0) {
                variance += variance(targetFigure.value(), targetFigure.denominator());
            }
            return Math.abs(figure.value().doubleValue() - target.doubleValue()) < Z_95 * Math.sqrt(variance);
        }

        private static double variance(BigDecimal percent, BigDecimal respondents) {
            double share = percent.doubleValue() / 100;
            return 100 * 100 * share * (1 - share) / respondents.doubleValue();
        }
    }
}
