package dk.boligmonitor.cli;

import java.util.Locale;

/**
 * How far a file name is from a mapping's file-name pattern: letters to add, drop or change, where '*' takes any
 * run of letters and '?' any one for free. "dst_afgoerelser_2021.csv" is 9 from "dst_noegletal_afgoerelser_*.csv"
 * and far from "fraflytninger_fob_*.csv", so a file that misses every pattern can name the one it was meant for.
 */
final class PatternDistance {

    private PatternDistance() {
    }

    static int between(String glob, String fileName) {
        String pattern = glob.toLowerCase(Locale.ROOT);
        String name = fileName.toLowerCase(Locale.ROOT);
        int[] previous = new int[name.length() + 1];
        for (int j = 0; j <= name.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= pattern.length(); i++) {
            char p = pattern.charAt(i - 1);
            int[] current = new int[name.length() + 1];
            current[0] = previous[0] + (p == '*' ? 0 : 1);
            for (int j = 1; j <= name.length(); j++) {
                if (p == '*') {
                    current[j] = Math.min(previous[j], current[j - 1]);
                } else {
                    int change = p == '?' || p == name.charAt(j - 1) ? 0 : 1;
                    current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
                }
            }
            previous = current;
        }
        return previous[name.length()];
    }
}
