package dk.boligmonitor.sampledata;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding exactly as the published tables do (half up on the exact quotient), so a figure chosen here is the
 * figure a report computes from the file. Doubles are never used for the check: 28.45 must not become 28.4.
 */
final class Rates {
    private Rates() {
    }

    /** numerator / denominator × factor, rounded half up to {@code scale} decimals. */
    static BigDecimal rate(long numerator, long denominator, int factor, int scale) {
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(factor))
                .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }

    static boolean rounds(long numerator, long denominator, int factor, String expected) {
        BigDecimal want = new BigDecimal(expected);
        return rate(numerator, denominator, factor, want.scale()).compareTo(want) == 0;
    }

    /** Nearest integer count giving {@code share} (a fraction) of {@code denominator}. */
    static int count(double share, int denominator) {
        return (int) Math.round(share * denominator);
    }

    /** Smallest and largest numerator whose rate over {@code denominator} rounds to {@code expected}. */
    static int[] numeratorRange(long denominator, int factor, String expected) {
        BigDecimal want = new BigDecimal(expected);
        long guess = want.multiply(BigDecimal.valueOf(denominator))
                .divide(BigDecimal.valueOf(factor), 0, RoundingMode.HALF_UP).longValueExact();
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        long spread = denominator / factor + 2;
        for (long n = Math.max(0, guess - spread); n <= guess + spread; n++) {
            if (rounds(n, denominator, factor, expected)) {
                lo = (int) Math.min(lo, n);
                hi = (int) Math.max(hi, n);
            }
        }
        return lo > hi ? null : new int[] {lo, hi};
    }
}
