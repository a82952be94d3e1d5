package dk.boligmonitor.warehouse;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dk.boligmonitor.warehouse.FactCalculator.Observed;

/**
 * Turns a year's observations of one part into the year's figure. A whole-year figure is used as it is;
 * quarters or months are summed (flows, e.g. reports) or the last is taken (stocks, e.g. residents), as
 * the mapping said. A sum with a suppressed or missing quarter is itself suppressed or missing. A year is
 * whole only with all four quarters or all twelve months: of a part of a year there is no year's figure, for
 * one quarter summed is a quarter, and the last quarter present is not the year's end.
 */
final class SubYearCombiner {

    record Entry(String period, String combine, Observed observed) {
    }

    private SubYearCombiner() {
    }

    /** The year's figure, or null when the entries cover only part of the year. */
    static Observed combine(List<Entry> entries) {
        Entry wholeYear = entries.stream().filter(e -> e.combine().equals("ONE")).findFirst().orElse(null);
        if (wholeYear != null) {
            return wholeYear.observed();
        }
        if (!isWholeYear(entries)) {
            return null;
        }
        Entry last = entries.stream().max(Comparator.comparing(Entry::period)).orElseThrow();
        if (last.combine().equals("LAST")) {
            return last.observed();
        }
        if (entries.stream().anyMatch(e -> e.observed().isSuppressed())) {
            return new Observed(null, "SUPPRESSED", last.observed().fileId(), last.observed().sheet(),
                    last.observed().rowNo());
        }
        if (entries.stream().anyMatch(e -> !e.observed().isValue())) {
            return new Observed(null, "MISSING", last.observed().fileId(), last.observed().sheet(),
                    last.observed().rowNo());
        }
        BigDecimal sum = entries.stream().map(e -> e.observed().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Observed(sum, "VALUE", last.observed().fileId(), last.observed().sheet(),
                last.observed().rowNo());
    }

    /** Periods are labelled 2021K1 or 2021M01: four distinct quarters or twelve distinct months make a year. */
    private static boolean isWholeYear(List<Entry> entries) {
        Set<String> periods = entries.stream().map(Entry::period).collect(Collectors.toSet());
        boolean quarters = periods.stream().allMatch(p -> p.charAt(4) == 'K');
        boolean months = periods.stream().allMatch(p -> p.charAt(4) == 'M');
        return quarters && periods.size() == 4 || months && periods.size() == 12;
    }
}
