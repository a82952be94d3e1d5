package dk.boligmonitor.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * How much synthetic data the benchmark makes: one programme as a single housing organisation sees it, or the
 * whole country as a national follow-up (e.g. Landsbyggefonden) would run it. {@link #TEST} is not offered on
 * the command line: it is for tests that need several programmes (packets rendered side by side) in seconds.
 */
public enum BenchScale {
    PROGRAMME(1, 4, 2013, 2021, 20_000, 10_000),
    NATIONAL(50, 20, 2010, 2025, 2_000_000, 1_000_000),
    /** Tests only: not a choice of {@code bench --scale}, see {@link #parse}. */
    TEST(5, 1, 2019, 2021, 8_000, 2_000);

    final int programmes;
    final int areasPerProgramme;
    final int firstYear;
    final int lastYear;
    final int csvMoveouts;
    final int xlsxMoveouts;

    BenchScale(int programmes, int areasPerProgramme, int firstYear, int lastYear, int csvMoveouts,
               int xlsxMoveouts) {
        this.programmes = programmes;
        this.areasPerProgramme = areasPerProgramme;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.csvMoveouts = csvMoveouts;
        this.xlsxMoveouts = xlsxMoveouts;
    }

    /** The name on the command line, also the name of the folder the data goes to. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    int years() {
        return lastYear - firstYear + 1;
    }

    /** Null when the text names no scale a user may choose, so the caller can say which ones there are. */
    public static BenchScale parse(String text) {
        return Arrays.stream(values()).filter(s -> s != TEST)
                .filter(s -> s.key().equals(text.trim().toLowerCase(Locale.ROOT))).findFirst().orElse(null);
    }
}
