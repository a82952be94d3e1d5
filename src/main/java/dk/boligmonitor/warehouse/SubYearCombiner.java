package dk.boligmonitor.warehouse;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import dk.boligmonitor.warehouse.FactCalculator.Observed;

/**
 * Turns a year's observations of one part into the year's figure. A whole-year figure is used as it is;
 * quarters or months are summed (flows, e.g. reports) or the last is taken (stocks, e.g. residents), as
 * the mapping said. A sum with a suppressed or missing quarter is itself suppressed or missing.
 */
final class SubYearCombiner {

    record Entry(String period, String combine, Observed observed) {
    }

    private SubYearCombiner() {
    }

    static Observed combine(List<Entry> entries) {
        Entry wholeYear = entries.stream().filter(e -> e.combine().equals("ONE")).findFirst().orElse(null);
        if (wholeYear != null) {
            return wholeYear.observed();
        }
        Entry last = entries.stream().max(Comparator.comparing(Entry::period)).orElseThrow();
        if (last.combine().equals("LAST")) {
            return last.observed();
        }
        if (entries.stream().anyMatch(e -> e.observed().isSuppressed())) {
            return new Observed(null, "SUPPRESSED", last.observed().fileId(), last.observed().rowNo());
        }
        if (entries.stream().anyMatch(e -> !e.observed().isValue())) {
            return new Observed(null, "MISSING", last.observed().fileId(), last.observed().rowNo());
        }
        BigDecimal sum = entries.stream().map(e -> e.observed().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Observed(sum, "VALUE", last.observed().fileId(), last.observed().rowNo());
    }
}
