package dk.boligmonitor.ingest.moveouts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One file's accepted move-outs per estate and year, counted as its rows are mapped: the move-out rate needs
 * only these counts, and counting them here costs a map lookup a row where grouping the stored rows again
 * costs seconds at every run.
 */
public final class MoveoutCounts {

    /** One estate's count for one year. */
    public record Count(String estateCode, int year, int moveouts) {
    }

    private final Map<String, Map<Integer, int[]>> byEstate = new HashMap<>();

    public void add(Moveout moveout) {
        byEstate.computeIfAbsent(moveout.estateCode(), estate -> new HashMap<>())
                .computeIfAbsent(moveout.date().getYear(), year -> new int[1])[0]++;
    }

    public List<Count> counts() {
        List<Count> counts = new ArrayList<>();
        byEstate.forEach((estate, years) -> years.forEach((year, count) -> counts.add(new Count(estate, year, count[0]))));
        return counts;
    }
}
