package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dk.boligmonitor.pipeline.ExitCodes;

/** What the shell sees: help, usage mistakes and configuration mistakes, before any database is touched. */
class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Commands commands = new Commands(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @TempDir
    Path work;

    @Test
    void helpNamesTheOptionsAndExitCodes() {
        assertThat(commands.execute(new String[] {"--help"})).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--data DIR", "--config DIR", "--out DIR",
                "Afslutningskoder", "2  fejl i konfigurationen");
    }

    @Test
    void helpNamesEveryCommand() {
        assertThat(commands.execute(new String[] {"help"})).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("ingest  [--data DIR]",
                "rerun   --source NAVN --year ÅR", "rejects [--file NAVN]", "status  [--config DIR]",
                "afviste-raekker.csv");
    }

    /** "help COMMAND" and "COMMAND --help" give that command's usage, what it does and only its options. */
    @Test
    void helpForOneCommandNamesItsOptionsOnly() {
        for (String[] line : List.of(new String[] {"help", "preview"}, new String[] {"preview", "--help"})) {
            CommandLine.Result help = CommandLine.run(null, line);
            assertThat(help.exitCode()).isZero();
            assertThat(help.output()).contains("java -jar boligmonitor.jar preview --file FIL", "--rows N",
                    "--config DIR", "hvad en indlæsning ville gøre med én fil")
                    .doesNotContain("--source", "boligmonitor.jar run", "Kommandoer:");
        }
        assertThat(CommandLine.run(null, "help", "nope").errors()).contains("ukendt kommando 'nope'");
    }

    @Test
    void versionIsTheBuildsVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        int ours = pom.indexOf("<artifactId>boligmonitor</artifactId>");
        String version = pom.substring(pom.indexOf("<version>", ours) + "<version>".length(),
                pom.indexOf("</version>", ours));
        CommandLine.Result result = CommandLine.run(null, "--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).isEqualTo("boligmonitor " + version + System.lineSeparator());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(commands.execute(new String[] {"run", "--dta", "x"})).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--dta: ukendt tilvalg; mente du --data?");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "status --data x                                | --data er ikke et tilvalg til 'status'",
            "ingest --out x                                 | --out er ikke et tilvalg til 'ingest'",
            "rerun --year 2015                              | 'rerun' skal have --source",
            "rerun --source dst-afgoerelser                 | 'rerun' skal have --year",
            "rerun --source dst-afgoerelser --year 20x5     | --year skal være et år som 2015, ikke '20x5'",
            "rerun --source nope --year 2015                | ukendt kilde 'nope'; kilderne i konfigurationen"
                    + " er: dst-61a, dst-afgoerelser, dst-skole",
            "deliver                                        | 'deliver' skal have --programme",
            "deliver --programme nope                       | 'nope' er ikke en helhedsplan i jobs/programmes;"
                    + " kendte: slagelse, vestegnen",
            "deliver --programme vestegnen                  | programmet 'vestegnen' har ingen bestyrelse at sende"
                    + " til: tilføj board: i",
            "report                                         | ukendt kommando 'report'"})
    void commandLineMistakesStopBeforeTheDatabase(String line, String message) {
        List<String> args = new ArrayList<>(List.of(line.split(" ")));
        args.add("--spring.datasource.url=jdbc:h2:file:" + work.resolve("db") + ";MODE=PostgreSQL");

        assertThat(commands.execute(args.toArray(String[]::new))).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(message);
        assertThat(work.resolve("db.mv.db")).doesNotExist();
    }

    @Test
    void brokenConfigurationStopsTheRunBeforeTheDatabase() throws IOException {
        Path jobs = work.resolve("jobs");
        dk.boligmonitor.config.ConfigLoaderTestSupport.copy(Path.of("jobs"), jobs);
        Path indicators = jobs.resolve("indicators.yml");
        Files.writeString(indicators, Files.readString(indicators).replace("    better: lower\n    derived: moveouts",
                "    better: lower\n    derivd: moveouts"));
        Path database = work.resolve("db");

        int exit = commands.execute(new String[] {"run", "--config", jobs.toString(), "--out", work.resolve("out").toString(),
                "--spring.datasource.url=jdbc:h2:file:" + database + ";MODE=PostgreSQL"});

        assertThat(exit).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(indicators + ":", "ukendt nøgle 'derivd'");
        assertThat(work.resolve("db.mv.db")).doesNotExist();
        assertThat(work.resolve("out")).doesNotExist();
    }
}
