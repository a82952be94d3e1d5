package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.boligmonitor.TestDatabase;
import dk.boligmonitor.config.ConfigLoaderTestSupport;

/**
 * Results on standard output, the log on standard error, in the application's own pattern from the first line
 * (a warning while jobs/ is read comes before Spring starts): `run > summary.txt` keeps only the summary.
 */
class StandardStreamsTest {

    private static final String FILE = "dst_noegletal_afgoerelser_2013-2021.csv";

    @TempDir
    Path work;

    @Test
    void theLogGoesToStandardErrorAndTheSummaryToStandardOutput() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Files.copy(Path.of("sample-data", FILE), inbox.resolve(FILE));
        Path config = work.resolve("jobs");
        ConfigLoaderTestSupport.copy(Path.of("jobs"), config);
        // a copied jobs/ still holds the mapping of a company whose programme it dropped: a warning, logged before
        // Spring starts
        Files.writeString(config.resolve("sources/gammelt-boligselskab.yml"), """
                source: gammelt-boligselskab
                kind: moveouts
                files:
                  - {pattern: "fraflytninger_gammelt_*.csv", company: Gammelt Boligselskab}
                columns: {estate: Afdeling, tenancy: Lejemål, date: Fraflyttet}
                """);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "ingest", "--data", inbox.toString(),
                "--config", config.toString()));
        command.addAll(TestDatabase.fresh(work).springArguments());
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String output = Files.readString(out, StandardCharsets.UTF_8);
        String errors = Files.readString(err, StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(output + errors).isZero();
        assertThat(output).contains("Oversigt", "Filer indlæst:    1").doesNotContainPattern("\\d\\d:\\d\\d:\\d\\d ");
        assertThat(errors).containsPattern("\\d\\d:\\d\\d:\\d\\d INFO  " + FILE + ": 216 rækker indlæst")
                .containsPattern("\\d\\d:\\d\\d:\\d\\d WARN  .*gammelt-boligselskab.yml:\\d+: mappingen bruges ikke")
                .doesNotContain("Oversigt", "DEBUG");
    }
}
