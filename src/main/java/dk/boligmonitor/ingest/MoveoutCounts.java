package dk.boligmonitor.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One file's accepted move-outs per estate and year, counted as its rows are mapped: the move-out rate needs
 * only these counts, and counting them here costs a map lookup a row where grouping the stored rows again
 * costs seconds at every run. An accepted move-out lies within the programmes' years, so an estate's counts
 * are an array by year rather than a second map, whose boxed year keys cost more than the rest of the count.
 */
public final class MoveoutCounts {

    /** One estate's count for one year. */
    public record Count(String estateCode, int year, int moveouts) {
    }

    private final int firstYear;
    private final int years;
    private final Map<String, int[]> byEstate = new HashMap<>();

    public MoveoutCounts(int firstYear, int lastYear) {
        this.firstYear = firstYear;
        this.years = lastYear - firstYear + 1;
    }

    public void add(Moveout moveout) {
        int[] counts = byEstate.get(moveout.estateCode());
        if (counts == null) {
            counts = new int[years];
            byEstate.put(moveout.estateCode(), counts);
        }
        counts[moveout.date().getYear() - firstYear]++;
    }

    public List<Count> counts() {
        List<Count> counts = new ArrayList<>();
        byEstate.forEach((estate, years) -> {
            for (int i = 0; i < years.length; i++) {
                if (years[i] > 0) {
                    counts.add(new Count(estate, firstYear + i, years[i]));
                }
            }
        });
        return counts;
    }
}
