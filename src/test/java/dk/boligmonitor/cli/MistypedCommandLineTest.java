package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dk.boligmonitor.TestDatabase;
import dk.boligmonitor.config.ConfigLoaderTestSupport;
import dk.boligmonitor.pipeline.ExitCodes;

/**
 * A mistyped option or a key given twice in jobs/ stops the command with exit 2 before the database, instead of
 * running on defaults ("--dat=/somewhere" loaded sample-data); Spring Boot's own options keep working.
 */
class MistypedCommandLineTest {

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ingest --dat=/somewhere   | --dat: ukendt tilvalg; mente du --data?",
            "ingest --dat /somewhere   | --dat: ukendt tilvalg; mente du --data?",
            "run --ouf=out             | --ouf: ukendt tilvalg; mente du --out?",
            "status --konfiguration=x  | --konfiguration: ukendt tilvalg; tilvalgene er --config, --data"})
    void aMistypedOptionIsNamedWithTheNearestAndStopsBeforeTheDatabase(String line, String message) {
        String[] words = line.trim().split(" ");
        String[] args = new String[words.length + 1];
        System.arraycopy(words, 0, args, 0, words.length);
        args[words.length] = databaseUrl();

        CommandLine.Result result = CommandLine.run(null, args);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(result.errors()).contains(message);
        assertThat(work.resolve("db.mv.db")).doesNotExist();
    }

    @Test
    void springBootsOwnOptionsKeepWorking() {
        List<String> args = new ArrayList<>(List.of("status", "--debug", "--logging.level.root=ERROR",
                "--boligmonitor.disclosure.min-persons=5"));
        args.addAll(TestDatabase.fresh(work).springArguments());

        CommandLine.Result result = CommandLine.run(null, args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.errors()).isEqualTo(ExitCodes.OK);
        assertThat(result.output()).contains("ingen endnu: kør ingest eller run");
    }

    @Test
    void aKeyGivenTwiceInJobsStopsTheCommandNamingFileAndLine() throws IOException {
        Path jobs = work.resolve("jobs");
        ConfigLoaderTestSupport.copy(Path.of("jobs"), jobs);
        Path source = jobs.resolve("sources/dst-skole.yml");
        Files.writeString(source, Files.readString(source).replace("  Elever i alt: skolefravaer.denominator",
                "  Elever i 9. klasse: skolefravaer.denominator"));
        int line = Files.readAllLines(source).indexOf("  Elever i 9. klasse: skolefravaer.denominator") + 1;

        CommandLine.Result result = CommandLine.run(null, "ingest", "--config", jobs.toString(), databaseUrl());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(result.errors())
                .contains(source + ":" + line + ": nøglen 'Elever i 9. klasse' står to gange");
        assertThat(work.resolve("db.mv.db")).doesNotExist();
    }

    private String databaseUrl() {
        return "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db") + ";MODE=PostgreSQL";
    }
}
