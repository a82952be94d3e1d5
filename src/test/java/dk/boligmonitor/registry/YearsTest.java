package dk.boligmonitor.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

class YearsTest {

    @Test
    void aJobWithoutTheParameterRebuildsEveryYear() {
        Years years = Years.of(new JobParametersBuilder().addString("out", "x").toJobParameters());

        assertThat(years.isAll()).isTrue();
        assertThat(years.includes(1990)).isTrue();
        assertThat(years.condition("f.year")).isEqualTo("1 = 1");
    }

    @Test
    void theParameterLimitsTheRebuildAndTheChangeReachesTheYearAfter() {
        Years years = Years.of(new JobParametersBuilder().addString(Years.PARAMETER, Years.of(List.of(2025, 2019))
                .parameter()).toJobParameters());

        assertThat(years.parameter()).isEqualTo("2019,2025");
        assertThat(years.includes(2019)).isTrue();
        assertThat(years.includes(2020)).isFalse();
        assertThat(years.condition("f.year")).isEqualTo("f.year IN (2019, 2025)");
        assertThat(years.andFollowing().condition("year")).isEqualTo("year IN (2019, 2020, 2025, 2026)");
    }

    @Test
    void noYearsMatchNothing() {
        assertThat(Years.of(List.of()).condition("year")).isEqualTo("1 = 0");
    }
}
