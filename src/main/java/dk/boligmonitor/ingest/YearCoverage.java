package dk.boligmonitor.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dk.boligmonitor.format.Messages;

/**
 * Which quarters or months of each year a file gives, per unit, indicator and part. A year is whole only when
 * all four quarters (or twelve months) are there: one quarter summed is a quarter, not the year, so the
 * warehouse makes no figure of it. This says so when the file is loaded, with the rows it concerns.
 */
final class YearCoverage {

    private static final class Seen {
        private int periods;
        private final List<Integer> rows = new ArrayList<>();
    }

    private final Map<String, Seen> seen = new HashMap<>();

    /** An observation of a quarter or month (label 2025K1, 2025M01) that is to add up to its year. */
    void add(Observation observation) {
        String label = observation.period();
        boolean month = label.charAt(4) == 'M';
        int bit = month ? 4 + Integer.parseInt(label.substring(5)) - 1 : Integer.parseInt(label.substring(5)) - 1;
        Seen periods = seen.computeIfAbsent(observation.areaCode() + ' ' + observation.indicator() + ' '
                + observation.part() + ' ' + observation.year(), key -> new Seen());
        periods.periods |= 1 << bit;
        periods.rows.add(observation.rowNo());
    }

    /**
     * The rows of incomplete years, by a reason such as "2025: 1 af 4 kvartaler i filen ...". A row that
     * gives several figures counts once.
     */
    Map<String, Integer> incompleteYears() {
        Map<String, Set<Integer>> rows = new TreeMap<>();
        seen.forEach((key, periods) -> {
            int quarters = Integer.bitCount(periods.periods & 0xF);
            int months = Integer.bitCount(periods.periods >>> 4);
            boolean whole = quarters == 4 && months == 0 || months == 12 && quarters == 0;
            if (!whole) {
                String year = key.substring(key.lastIndexOf(' ') + 1);
                String reason = months == 0 ? Messages.get("ingest.skipped.quarters", year, quarters)
                        : quarters == 0 ? Messages.get("ingest.skipped.months", year, months)
                        : Messages.get("ingest.skipped.mixed", year);
                rows.computeIfAbsent(reason, r -> new HashSet<>()).addAll(periods.rows);
            }
        });
        Map<String, Integer> counts = new LinkedHashMap<>();
        rows.forEach((reason, rowNos) -> counts.put(reason, rowNos.size()));
        return counts;
    }
}
