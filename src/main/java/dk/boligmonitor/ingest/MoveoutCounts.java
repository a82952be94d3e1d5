package dk.boligmonitor.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One file's accepted move-outs per estate and year, counted as its rows are mapped, with the vacancy days and
 * the loss they give and how many gave each (a value a row leaves out is missing, not zero): the warehouse's
 * move-out figures need only these sums, and summing here costs a map lookup a row where grouping the stored
 * rows again costs seconds at every run. An accepted move-out lies within the programmes' years, so an
 * estate's sums are arrays by year rather than a second map, whose boxed year keys cost more than the rest.
 */
public final class MoveoutCounts {

    /** One estate's move-outs for one year, with the vacancy days and loss of those that gave them. */
    public record Count(String estateCode, int year, int moveouts, long vacancyDays, int vacancyKnown,
                        BigDecimal loss, int lossKnown) {
    }

    /** One estate's sums, by year from the first. */
    private static final class Sums {
        final int[] moveouts;
        final long[] vacancyDays;
        final int[] vacancyKnown;
        final BigDecimal[] loss;
        final int[] lossKnown;

        Sums(int years) {
            moveouts = new int[years];
            vacancyDays = new long[years];
            vacancyKnown = new int[years];
            loss = new BigDecimal[years];
            lossKnown = new int[years];
        }
    }

    private final int firstYear;
    private final int years;
    private final Map<String, Sums> byEstate = new HashMap<>();

    public MoveoutCounts(int firstYear, int lastYear) {
        this.firstYear = firstYear;
        this.years = lastYear - firstYear + 1;
    }

    public void add(Moveout moveout) {
        Sums sums = byEstate.get(moveout.estateCode());
        if (sums == null) {
            sums = new Sums(years);
            byEstate.put(moveout.estateCode(), sums);
        }
        int year = moveout.date().getYear() - firstYear;
        sums.moveouts[year]++;
        if (moveout.vacancyDays() != null) {
            sums.vacancyDays[year] += moveout.vacancyDays();
            sums.vacancyKnown[year]++;
        }
        if (moveout.loss() != null) {
            sums.loss[year] = sums.loss[year] == null ? moveout.loss() : sums.loss[year].add(moveout.loss());
            sums.lossKnown[year]++;
        }
    }

    public List<Count> counts() {
        List<Count> counts = new ArrayList<>();
        byEstate.forEach((estate, sums) -> {
            for (int i = 0; i < years; i++) {
                if (sums.moveouts[i] > 0) {
                    counts.add(new Count(estate, firstYear + i, sums.moveouts[i], sums.vacancyDays[i],
                            sums.vacancyKnown[i], sums.loss[i] == null ? BigDecimal.ZERO : sums.loss[i],
                            sums.lossKnown[i]));
                }
            }
        });
        return counts;
    }
}
