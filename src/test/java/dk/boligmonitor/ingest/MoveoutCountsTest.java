package dk.boligmonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MoveoutCountsTest {

    @Test
    void countsPerEstateAndYearFromTheFirstYearToTheLast() {
        MoveoutCounts counts = new MoveoutCounts(2013, 2021);
        counts.add(moveout("fob-15", LocalDate.of(2013, 1, 1), null, null));
        counts.add(moveout("fob-15", LocalDate.of(2013, 12, 31), null, null));
        counts.add(moveout("fob-15", LocalDate.of(2021, 6, 1), null, null));
        counts.add(moveout("fob-16", LocalDate.of(2017, 3, 1), null, null));

        assertThat(counts.counts()).containsExactlyInAnyOrder(none("fob-15", 2013, 2), none("fob-15", 2021, 1),
                none("fob-16", 2017, 1));
    }

    @Test
    void sumsTheVacancyDaysAndLossGivenAndCountsTheMoveoutsThatGaveThem() {
        MoveoutCounts counts = new MoveoutCounts(2013, 2021);
        counts.add(moveout("fob-15", LocalDate.of(2016, 2, 1), 12, new BigDecimal("1500.50")));
        counts.add(moveout("fob-15", LocalDate.of(2016, 5, 1), null, new BigDecimal("0.00")));
        counts.add(moveout("fob-15", LocalDate.of(2016, 9, 1), 30, null));

        assertThat(counts.counts()).containsExactly(
                new MoveoutCounts.Count("fob-15", 2016, 3, 42, 2, new BigDecimal("1500.50"), 2));
    }

    private static MoveoutCounts.Count none(String estate, int year, int moveouts) {
        return new MoveoutCounts.Count(estate, year, moveouts, 0, 0, BigDecimal.ZERO, 0);
    }

    private static Moveout moveout(String estate, LocalDate date, Integer vacancyDays, BigDecimal loss) {
        return new Moveout(2, estate, "1-0001", date, null, vacancyDays, loss);
    }
}
