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
 * the verdict. Missing and suppressed figures give
 * their own status, never a verdict.
 */
final class Judge {

    private Judge() {
    }

    static Evaluation above(Optional<Figure> actual, BigDecimal target, String rule, int decimals) {
        return judge(actual, target, rule, decimals, c -> c > 0);
    }

    static Evaluation below(Optional<Figure> actual, BigDecimal target, String rule, int decimals) {
        return judge(actual, target, rule, decimals, c -> c < 0);
    }

    static Evaluation atMost(Optional<Figure> actual, BigDecimal target, String rule, int decimals) {
        return judge(actual, target, rule, decimals, c -> c <= 0);
    }

    static Evaluation atLeast(Optional<Figure> actual, BigDecimal target, String rule, int decimals) {
        return judge(actual, target, rule, decimals, c -> c >= 0);
    }

    private static Evaluation judge(Optional<Figure> actual, BigDecimal target, String rule, int decimals,
                                    IntPredicate met) {
        if (actual.isEmpty() || actual.get().state().equals("MISSING")) {
            return new Evaluation(Status.NO_DATA, null, target, rule + "; faktisk: ingen data");
        }
        if (actual.get().state().equals("SUPPRESSED")) {
            return new Evaluation(Status.SUPPRESSED, null, target, rule + "; faktisk: diskretioneret");
        }
        BigDecimal value = actual.get().value();
        BigDecimal shown = value.setScale(decimals, RoundingMode.HALF_UP);
        Status status = met.test(shown.compareTo(target)) ? Status.MET : Status.NOT_MET;
        return new Evaluation(status, value, target, rule + "; faktisk " + number(value, decimals));
    }
}
