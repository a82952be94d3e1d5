package dk.boligmonitor.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;



/** The years a rerun rebuilds: of the files that give the warehouse something else since the last rebuild. */
class RebuildsTest {

    @Test
    void filesThatChangedCameOrWentCountWithTheirYearsThenAndNowAndFilesLoadedAgainAsTheyWereDoNot() {
        Map<Long, Contribution> then = Map.of(1L, new Contribution(Set.of(2024), "a"),
                2L, new Contribution(Set.of(2019, 2020), "b"), 3L, new Contribution(Set.of(2015), "c"),
                4L, new Contribution(Set.of(2010), "d"));
        Map<Long, Contribution> now = Map.of(1L, new Contribution(Set.of(2024, 2025), "a2"),
                3L, new Contribution(Set.of(2015), "c"), 4L, new Contribution(Set.of(2010), "d2"),
                5L, new Contribution(Set.of(2012), "e"));

        assertThat(Rebuilds.yearsChanged(then, now)).containsExactly(2010, 2012, 2019, 2020, 2024, 2025);
    }
}
