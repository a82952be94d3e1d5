package dk.boligmonitor.targets;

import static dk.boligmonitor.report.DanishFormat.number;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.IntPredicate;

import dk.boligmonitor.targets.FactLookup.Figure;

/**
 * Compares an actual figure with a target. Figures are compared as the board sees them, rounded to the
 * indicator's decimals (computed targets arrive rounded the same way), so what the board reads agrees with
 * the verdict. Missing and suppressed figures give their own status, never a verdict.
 */
final class Judge {

    private final String rule;
    private final int decimals;

    Judge(String rule, int decimals) {
        this.rule = rule;
        this.decimals = decimals;
    }

    Evaluation above(Optional<Figure> actual, BigDecimal target, String targetText) {
        return judge(actual, target, "> " + targetText, c -> c > 0);
    }

    Evaluation below(Optional<Figure> actual, BigDecimal target, String targetText) {
        return judge(actual, target, "< " + targetText, c -> c < 0);
    }

    Evaluation atMost(Optional<Figure> actual, BigDecimal target, String targetText) {
        return judge(actual, target, "≤ " + targetText, c -> c <= 0);
    }

    Evaluation atLeast(Optional<Figure> actual, BigDecimal target, String targetText) {
        return judge(actual, target, "≥ " + targetText, c -> c >= 0);
    }

    /** Nothing can be judged without the figure the target is built from (a baseline, a reference). */
    Evaluation noBasis(String why) {
        return new Evaluation(Status.NO_DATA, null, null, rule, why, "–");
    }

    private Evaluation judge(Optional<Figure> actual, BigDecimal target, String targetText, IntPredicate met) {
        if (actual.isEmpty() || actual.get().state().equals("MISSING") || actual.get().value() == null
                && !actual.get().state().equals("SUPPRESSED")) {
            return new Evaluation(Status.NO_DATA, null, target, rule, targetText, "ingen data");
        }
        if (actual.get().state().equals("SUPPRESSED")) {
            return new Evaluation(Status.SUPPRESSED, null, target, rule, targetText, "diskretioneret");
        }
        BigDecimal value = actual.get().value();
        BigDecimal shown = value.setScale(decimals, RoundingMode.HALF_UP);
        Status status = met.test(shown.compareTo(target)) ? Status.MET : Status.NOT_MET;
        return new Evaluation(status, value, target, rule, targetText, number(value, decimals));
    }
}
