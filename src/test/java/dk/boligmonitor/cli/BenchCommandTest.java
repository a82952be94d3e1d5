package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.boligmonitor.TestDatabase;

/**
 * The bench runs end to end at programme scale and prints a row of figures for every stage. Timings are not
 * checked: a benchmark is a command that prints figures, not a timed test.
 */
class BenchCommandTest {

    private static final Pattern STAGE = Pattern.compile("(?m)^\\s+(ingest|warehouse|targets|report)\\s+\\S.*?\\s(\\d+)\\s+\\d+\\.\\d\\s");

    @Test
    void printsEveryStageWithRows(@TempDir Path folder) {
        CommandLine.Result result = CommandLine.run(TestDatabase.fresh(folder), "bench", "--scale", "programme",
                "--out", folder.resolve("out").toString());

        assertThat(result.exitCode()).as(result.output() + result.errors()).isZero();
        Matcher stages = STAGE.matcher(result.output());
        int found = 0;
        while (stages.find()) {
            assertThat(Long.parseLong(stages.group(2))).as(stages.group()).isPositive();
            found++;
        }
        assertThat(found).as(result.output()).isEqualTo(4);
        assertThat(result.output()).contains("fraflytninger_benchbo_2013-2021.csv", "PDF'er pr. sekund");
    }
}
