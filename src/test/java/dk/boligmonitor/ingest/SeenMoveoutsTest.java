package dk.boligmonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SeenMoveoutsTest {

    private static final LocalDate DAY = LocalDate.of(2019, 3, 1);

    @Test
    void aRepeatedMoveoutNamesTheRowThatGaveItFirst() {
        SeenMoveouts seen = new SeenMoveouts();
        assertThat(seen.putIfAbsent("fob-15", "15-0101", DAY, 2)).isZero();
        assertThat(seen.putIfAbsent("fob-15", "15-0101", DAY.plusDays(1), 3)).isZero();
        assertThat(seen.putIfAbsent("fob-16", "15-0101", DAY, 4)).isZero();
        assertThat(seen.putIfAbsent("fob-15", "15-0101", DAY, 5)).isEqualTo(2);
        assertThat(seen.putIfAbsent("fob-15", "15-0101", DAY, 6)).isEqualTo(2);
    }

    @Test
    void keysThatOnlyShiftCharactersBetweenFieldsDiffer() {
        SeenMoveouts seen = new SeenMoveouts();
        assertThat(seen.putIfAbsent("fob-1", "51-0101", DAY, 2)).isZero();
        assertThat(seen.putIfAbsent("fob-15", "1-0101", DAY, 3)).isZero();
    }

    @Test
    void twoMillionDifferentMoveoutsAreAllNewAndAllFoundAgain() {
        SeenMoveouts seen = new SeenMoveouts();
        int rows = 2_000_000;
        for (int i = 0; i < rows; i++) {
            assertThat(seen.putIfAbsent("benchbo-" + (i % 4000), (i % 4000) + "-" + (i / 4000), DAY.plusDays(i % 3650),
                    i + 2)).as("row %d", i + 2).isZero();
        }
        for (int i = 0; i < rows; i += 997) {
            assertThat(seen.putIfAbsent("benchbo-" + (i % 4000), (i % 4000) + "-" + (i / 4000), DAY.plusDays(i % 3650),
                    rows + i)).isEqualTo(i + 2);
        }
    }
}
