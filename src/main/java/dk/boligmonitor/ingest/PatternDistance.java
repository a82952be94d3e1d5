package dk.boligmonitor.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How near a file name comes to a mapping's file-name pattern, so that a file that misses every pattern can name
 * the one it was meant for: first the words they share ("dst_afgoerelser_2021.csv" shares dst, afgoerelser and csv
 * with "dst_noegletal_afgoerelser_*.csv", two with "dst_skole_*.csv"), then the letters to add, drop or change.
 */
final class PatternDistance {

    private PatternDistance() {
    }

    /** The words of the pattern, wildcards aside, that the file name has too. */
    static int sharedWords(String glob, String fileName) {
        List<String> words = words(fileName);
        return (int) words(glob).stream().filter(words::contains).distinct().count();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty()).toList();
    }

    /** Letters to add, drop or change, where '*' takes any run of letters and '?' any one letter for free. */
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
