package dk.boligmonitor.sampledata;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds respondent counts for the four Slagelse-programme areas so that each area's safe and unsafe shares and
 * the four areas' combined shares all round (half up, whole per cent) to the published figures at once.
 * A published combined share constrains the sum of counts, so the per-area counts cannot be drawn freely.
 */
final class SafetySurvey {
    /** One area's answers in one year. */
    record Answers(int respondents, int safe, int unsafe) {
    }

    private SafetySurvey() {
    }

    /**
     * @param preferred respondents wanted per area (the search stays as close as it can)
     * @param safe      published safe share per area, whole per cent
     * @param unsafe    published unsafe share per area
     */
    static List<Answers> solve(int[] preferred, int[] safe, int[] unsafe, int combinedSafe, int combinedUnsafe) {
        int areas = preferred.length;
        if (areas != 4) {
            throw new IllegalArgumentException("the search is written for the four programme areas");
        }
        int reach = 45;
        int[][][] safeRange = new int[areas][][];
        int[][][] unsafeRange = new int[areas][][];
        for (int a = 0; a < areas; a++) {
            safeRange[a] = new int[2 * reach + 1][];
            unsafeRange[a] = new int[2 * reach + 1][];
            for (int d = -reach; d <= reach; d++) {
                int n = preferred[a] + d;
                if (n >= 60 && n <= 250) {
                    safeRange[a][d + reach] = Rates.numeratorRange(n, 100, Integer.toString(safe[a]));
                    unsafeRange[a][d + reach] = Rates.numeratorRange(n, 100, Integer.toString(unsafe[a]));
                }
            }
        }
        int[][] safeTotals = totals(areas * 250, combinedSafe);
        int[][] unsafeTotals = totals(areas * 250, combinedUnsafe);
        int[] best = null;
        // Widen the window one step at a time and take the first solution, in a fixed enumeration order:
        // the smallest total deviation from the preferred sample sizes, found without scanning the whole window.
        for (int distance = 0; best == null && distance <= 4 * reach; distance++) {
            best = firstAt(distance, reach, preferred, safeRange, unsafeRange, safeTotals, unsafeTotals);
        }
        if (best == null) {
            throw new IllegalStateException("no respondent counts reproduce the published shares");
        }
        int[] n = new int[areas];
        for (int a = 0; a < areas; a++) {
            n[a] = preferred[a] + best[a];
        }
        int[] s = distribute(best, reach, n, safeRange, safeTotals);
        int[] u = distribute(best, reach, n, unsafeRange, unsafeTotals);
        List<Answers> answers = new ArrayList<>();
        for (int a = 0; a < areas; a++) {
            answers.add(new Answers(n[a], s[a], u[a]));
        }
        return answers;
    }

    private static int[] firstAt(int distance, int reach, int[] preferred, int[][][] safeRange,
                                 int[][][] unsafeRange, int[][] safeTotals, int[][] unsafeTotals) {
        int[] d = new int[4];
        for (d[0] = -Math.min(distance, reach); d[0] <= Math.min(distance, reach); d[0]++) {
            int left0 = distance - Math.abs(d[0]);
            for (d[1] = -Math.min(left0, reach); d[1] <= Math.min(left0, reach); d[1]++) {
                int left1 = left0 - Math.abs(d[1]);
                for (d[2] = -Math.min(left1, reach); d[2] <= Math.min(left1, reach); d[2]++) {
                    int left2 = left1 - Math.abs(d[2]);
                    if (left2 > reach) {
                        continue;
                    }
                    for (int sign : left2 == 0 ? new int[] {1} : new int[] {-1, 1}) {
                        d[3] = sign * left2;
                        if (total(d, reach, preferred, safeRange, safeTotals) != null
                                && total(d, reach, preferred, unsafeRange, unsafeTotals) != null) {
                            return d.clone();
                        }
                    }
                }
            }
        }
        return null;
    }

    /** For every possible total of respondents, the combined counts that round to {@code combined}. */
    private static int[][] totals(int maxRespondents, int combined) {
        int[][] ranges = new int[maxRespondents + 1][];
        for (int n = 1; n <= maxRespondents; n++) {
            ranges[n] = Rates.numeratorRange(n, 100, Integer.toString(combined));
        }
        return ranges;
    }

    /** The combined count to aim for, or null when the per-area ranges cannot produce the combined share. */
    private static Integer total(int[] d, int reach, int[] preferred, int[][][] ranges, int[][] totals) {
        int lo = 0;
        int hi = 0;
        int respondents = 0;
        for (int a = 0; a < d.length; a++) {
            int[] range = ranges[a][d[a] + reach];
            if (range == null) {
                return null;
            }
            lo += range[0];
            hi += range[1];
            respondents += preferred[a] + d[a];
        }
        int[] wanted = totals[respondents];
        if (wanted == null || wanted[0] > hi || wanted[1] < lo) {
            return null;
        }
        return Math.max(lo, wanted[0]);
    }

    /** Starts every area at its lowest valid count and tops up in area order until the total is reached. */
    private static int[] distribute(int[] d, int reach, int[] n, int[][][] ranges, int[][] totals) {
        int[] preferred = new int[n.length];
        for (int a = 0; a < n.length; a++) {
            preferred[a] = n[a] - d[a];
        }
        int left = total(d, reach, preferred, ranges, totals);
        int[] counts = new int[n.length];
        for (int a = 0; a < n.length; a++) {
            counts[a] = ranges[a][d[a] + reach][0];
            left -= counts[a];
        }
        for (int a = 0; a < n.length && left > 0; a++) {
            int extra = Math.min(left, ranges[a][d[a] + reach][1] - counts[a]);
            counts[a] += extra;
            left -= extra;
        }
        return counts;
    }
}
