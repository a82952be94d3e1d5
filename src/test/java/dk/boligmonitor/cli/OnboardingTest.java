package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dk.boligmonitor.TestDatabase;
import dk.boligmonitor.config.ConfigLoaderTestSupport;
import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.report.PdfContent;

/**
 * A data officer onboards a programme unlike the sample ones by YAML alone (src/test/resources/onboarding/jobs:
 * a programme, six mappings; indicators and reference groups as shipped): each partner's file is previewed
 * first, as the walkthrough in docs/configuration.md does, then the pipeline runs, and the area reports show
 * the figures worked out here by hand from what {@link OnboardingFiles} wrote.
 */
class OnboardingTest {

    private static final Path ONBOARDING = Path.of("src/test/resources/onboarding/jobs");

    @TempDir
    static Path work;

    static Path config;
    static Path inbox;
    static CommandLine.Result run;

    @BeforeAll
    static void onboardAndRun() throws IOException {
        config = work.resolve("jobs");
        Files.createDirectories(config);
        for (String shipped : List.of("indicators.yml", "reference-groups.yml")) {
            Files.copy(Path.of("jobs", shipped), config.resolve(shipped));
        }
        ConfigLoaderTestSupport.copy(ONBOARDING, config);
        inbox = work.resolve("inbox");
        OnboardingFiles.write(inbox);
        run = CommandLine.run(TestDatabase.fresh(work), "run", "--data", inbox.toString(), "--config",
                config.toString(), "--out", work.resolve("out").toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "brabrand_fraflytninger_2019-2021.csv, brabrand, 114, 0",
        "randers_fraflytninger.xlsx, randers, 66, 0",
        "viborg_fraflytninger_2019-2021.csv, viborg, 42, 0",
        "tryghedsmaaling_2019-2021.xlsx, tryghed, 6, 0",
        "lbf_udtraek_2019-2021.xlsx, lbf, 9, 0",
        "politi_haervaerk_2019-2021.csv, politi, 12, 3"})
    void previewShowsHowEachFileWillBeRead(String file, String mapping, int rows, int skipped) {
        CommandLine.Result preview = CommandLine.run(null, "preview", "--file", inbox.resolve(file).toString(),
                "--config", config.toString(), "--rows", "3");

        assertThat(preview.exitCode()).as(preview.output() + preview.errors()).isZero();
        assertThat(preview.output()).contains("Mapping: " + mapping + " (sources/" + mapping + ".yml)",
                "Hele filen: " + rows + " rækker læst, " + (rows - skipped) + " godkendt, 0 afvist, " + skipped
                        + " sprunget over", "Resultat: filen ville blive indlæst");
    }

    @Test
    void everyFileLoadsWhole() {
        assertThat(run.exitCode()).as(run.output() + run.errors()).isZero();
        assertThat(run.output()).contains("Filer indlæst:    6", "Filer afvist:     0", "0 afvist",
                "Rapporter:        4 PDF'er");
    }

    /** Move-outs per 100 tenancies, summed over the area's estates: counted here from what the files hold. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "skovgaardsparken, Brabrand Boligforening/4+Brabrand Boligforening/5, 300",
        "vestervang, Boligselskabet Randers/12, 150",
        "soendermarken, Boligselskabet Viborg/30, 120"})
    void theMoveoutRateIsTheCompaniesMoveoutsPerHundredTenancies(String area, String estates, int tenancies) {
        List<String> expected = IntStream.range(0, OnboardingFiles.YEARS.size()).mapToObj(y -> {
            int moveouts = List.of(estates.split("\\+")).stream()
                    .mapToInt(estate -> OnboardingFiles.MOVEOUTS.get(estate).get(y)).sum();
            return share(moveouts, tenancies, 1);
        }).toList();
        assertThat(areaRow(area, "Fraflytningsprocent")).startsWith(expected.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"skovgaardsparken, Skovgårdsparken", "vestervang, Vestervang", "soendermarken, Søndermarken"})
    void surveyLbfAndPoliceFiguresAreTheFilesFigures(String area, String name) {
        List<List<Integer>> survey = OnboardingFiles.SURVEY.get(name);
        assertThat(areaRow(area, "Andel beboere over 18 år, der")).startsWith(shares(survey.get(1), survey.get(0),
                0));
        List<List<Integer>> dayCare = OnboardingFiles.DAY_CARE.get(name);
        assertThat(areaRow(area, "Andel 1–5-årige i dagtilbud")).startsWith(shares(dayCare.get(0), dayCare.get(1),
                1));
        List<List<Integer>> turnout = OnboardingFiles.TURNOUT.get(name);
        assertThat(areaRow(area, "Valgdeltagelse ved seneste valg")).startsWith(
                share(turnout.get(0).get(0), turnout.get(1).get(0), 1), DanishFormat.MISSING,
                share(turnout.get(0).get(1), turnout.get(1).get(1), 1));
        assertThat(areaRow(area, "Anmeldelser af hærværk")).startsWith(OnboardingFiles.VANDALISM.get(name).stream()
                .map(String::valueOf).toArray(String[]::new));
    }

    /** The reports show what the programme follows and has figures for, and name what it follows without. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"skovgaardsparken, Skovgårdsparken", "vestervang, Vestervang", "soendermarken, Søndermarken"})
    void onlyTheFollowedIndicatorsWithFiguresHaveRows(String area, String name) {
        // lines joined: a note wraps where the page ends it
        String text = PdfContent.read(work.resolve("out/midtjylland/" + area + ".pdf")).text().replaceAll("\\s+", " ");
        assertThat(text).doesNotContain("Sigtelser pr. 1.000 beboere", "Påsatte brande", "Elevfravær")
                .contains("Følges, men har endnu ingen tal for " + name + ": Kriminalretlige afgørelser pr. 1.000"
                        + " beboere.");
        assertThat(text.split("Kriminalretlige afgørelser", -1)).as("named in the note only").hasSize(2);
    }

    /** Numerators over denominators, a year each, in per cent as the report rounds them. */
    private static String[] shares(List<Integer> numerators, List<Integer> denominators, int decimals) {
        return IntStream.range(0, numerators.size())
                .mapToObj(y -> share(numerators.get(y), denominators.get(y), decimals)).toArray(String[]::new);
    }

    private static String share(int numerator, int denominator, int decimals) {
        return DanishFormat.number(BigDecimal.valueOf(numerator * 100L)
                .divide(BigDecimal.valueOf(denominator), decimals, RoundingMode.HALF_UP), decimals);
    }

    /** The area's own figures, year by year, in the row under the indicator's name in its report. */
    private static List<String> areaRow(String area, String indicator) {
        String text = PdfContent.read(work.resolve("out/midtjylland/" + area + ".pdf")).text();
        int at = text.indexOf(indicator);
        assertThat(at).as(indicator + " in " + area).isNotNegative();
        for (String line : text.substring(at).split("\n")) {
            int own = line.indexOf("Boligområdet");
            if (own >= 0) {
                return new ArrayList<>(List.of(line.substring(own + "Boligområdet".length()).trim().split("\\s+")));
            }
        }
        throw new AssertionError("no row of the area's own figures under " + indicator + " in " + area);
    }
}
