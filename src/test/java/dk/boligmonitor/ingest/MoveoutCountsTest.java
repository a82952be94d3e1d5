package dk.boligmonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MoveoutCountsTest {

    @Test
    void countsPerEstateAndYearFromTheFirstYearToTheLast() {
        MoveoutCounts counts = new MoveoutCounts(2013, 2021);
        counts.add(moveout("fob-15", LocalDate.of(2013, 1, 1)));
        counts.add(moveout("fob-15", LocalDate.of(2013, 12, 31)));
        counts.add(moveout("fob-15", LocalDate.of(2021, 6, 1)));
        counts.add(moveout("fob-16", LocalDate.of(2017, 3, 1)));

        assertThat(counts.counts()).containsExactlyInAnyOrder(new MoveoutCounts.Count("fob-15", 2013, 2),
                new MoveoutCounts.Count("fob-15", 2021, 1), new MoveoutCounts.Count("fob-16", 2017, 1));
    }

    private static Moveout moveout(String estate, LocalDate date) {
        return new Moveout(2, estate, "1-0001", date, null, null, null);
    }
}
