package dk.boligmonitor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import dk.boligmonitor.ingest.AreaResolver;

/** The shipped jobs/ loads; a data officer's mistakes in it are named by file, line and key. */
class ConfigLoaderTest {

    @TempDir
    Path jobs;

    @BeforeEach
    void copyTheShippedConfiguration() throws IOException {
        ConfigLoaderTestSupport.copy(Path.of("jobs"), jobs);
    }

    @Test
    void shippedConfigurationDescribesBothProgrammes() {
        MonitorConfig config = ConfigLoader.load(jobs);

        assertThat(config.programmes()).extracting(Programme::code).containsExactly("slagelse", "vestegnen");
        Programme slagelse = config.programmes().get(0);
        assertThat(slagelse.areas()).extracting(Area::name).containsExactly("Motalavej",
                "Ringparken og Schackenborgvænge", "Sydbyen", "Skælskør (Parkvej/Præstevangen)");
        assertThat(slagelse.criteria()).hasSize(11);
        assertThat(slagelse.areas().get(0).estates()).extracting(Estate::code)
                .containsExactly("boligkorsoer-15", "boligkorsoer-21", "boligkorsoer-35");
        assertThat(config.programmes().get(1).areas()).extracting(Area::municipalityCode).containsExactly(159, 151, 163);
        assertThat(config.sources()).hasSize(9);
    }

    /** A copied jobs/ without one of the programmes keeps its companies' mappings: they are unused, not wrong. */
    @Test
    void aMappingOfACompanyWithoutEstatesIsAWarningNotAnError() throws IOException {
        Files.delete(jobs.resolve("programmes/slagelse.yml"));
        ListAppender<ILoggingEvent> warnings = new ListAppender<>();
        warnings.start();
        Logger reader = (Logger) LoggerFactory.getLogger(SourceMappingReader.class);
        reader.addAppender(warnings);
        try {
            assertThat(ConfigLoader.load(jobs).programmes()).extracting(Programme::code).containsExactly("vestegnen");
        } finally {
            reader.detachAppender(warnings);
        }
        assertThat(warnings.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(m -> m.contains("fraflytninger-csv.yml:") && m.contains("mappingen bruges ikke til selskabet"
                        + " 'FOB'"));
    }

    /** A value column read as 'measure' needs the part from the measure; naming only the indicator gave none. */
    @Test
    void aMeasureWithoutItsPartIsNamedWhenTheValuesTakeTheirPartFromIt() throws IOException {
        replace(jobs.resolve("sources/dst-afgoerelser.yml"), "Kriminalretlige afgørelser: afgoerelser.numerator",
                "Kriminalretlige afgørelser: afgoerelser");

        assertThatThrownBy(() -> ConfigLoader.load(jobs)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("målet 'Kriminalretlige afgørelser' under measures giver indikatoren"
                        + " afgoerelser uden del");
    }

    /** The YAML library explains in English: the data officer reads where, and what usually causes it, in Danish. */
    @Test
    void brokenYamlIsNamedByLineInDanish() throws IOException {
        Path tabbed = jobs.resolve("programmes/vestegnen.yml");
        replace(tabbed, "  - code: hedeparken", "\t- code: hedeparken");
        Path unclosed = jobs.resolve("reference-groups.yml");
        Files.writeString(unclosed, Files.readString(unclosed) + "  - code: [ikke lukket\n");

        assertThatThrownBy(() -> ConfigLoader.load(jobs)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(tabbed + ":" + lineOf(tabbed, "- code: hedeparken") + ": ikke gyldig YAML")
                .hasMessageContaining("tabulatortegn kan ikke indrykke YAML")
                .hasMessageContaining(unclosed + ":").hasMessageContaining("citationstegn og klammer lukkes")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("found", "expected", "character"));
    }

    @Test
    void misspelledKeyIsNamedWithFileAndLine() throws IOException {
        Path file = jobs.resolve("programmes/slagelse.yml");
        replace(file, "    municipality: 330\n    estates:\n      - {company: BoligKorsør",
                "    munipality: 330\n    estates:\n      - {company: BoligKorsør");
        int line = lineOf(file, "munipality");

        assertThatThrownBy(() -> ConfigLoader.load(jobs))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file + ":" + line + ": ukendt nøgle 'munipality'")
                .hasMessageContaining("nøglen 'municipality' mangler");
    }

    /** The board and the data officer are read with the rest; a wrong address is named by line, never repeated. */
    @Test
    void aBoardMemberWithoutAnAddressIsNamedWithFileAndLine() throws IOException {
        Path file = jobs.resolve("programmes/slagelse.yml");
        Files.writeString(file, Files.readString(file) + """
                board:
                  - {name: Anna Jensen, email: anna.jensen@slagelse.dk}
                  - {name: Bo Nielsen, email: bo.nielsen.fob.dk}
                  - {name: Anna igen, email: Anna.Jensen@slagelse.dk}
                data_officer: {name: Karin Holm, mail: karin@slagelse.dk}
                """);

        assertThatThrownBy(() -> ConfigLoader.load(jobs))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).hasSize(4))
                .hasMessageContaining(file + ":" + lineOf(file, "bo.nielsen.fob.dk")
                        + ": email er ikke en e-mailadresse: den skal have formen navn@domæne.dk")
                .hasMessageContaining(file + ":" + lineOf(file, "board:")
                        + ": samme e-mailadresse står ved to medlemmer af board")
                .hasMessageContaining(file + ":" + lineOf(file, "data_officer") + ": ukendt nøgle 'mail'")
                .hasMessageContaining("nøglen 'email' mangler")
                .message().doesNotContain("bo.nielsen.fob.dk");

        replace(file, "bo.nielsen.fob.dk", "bo.nielsen@fob.dk");
        replace(file, "Anna.Jensen@slagelse.dk", "anna2@slagelse.dk");
        replace(file, "mail: karin", "email: karin");
        Programme slagelse = ConfigLoader.load(jobs).programmes().get(0);
        assertThat(slagelse.board()).extracting(Contact::name)
                .containsExactly("Anna Jensen", "Bo Nielsen", "Anna igen");
        assertThat(slagelse.dataOfficer()).map(Contact::email).contains("karin@slagelse.dk");
        assertThat(slagelse.toString()).doesNotContain("Anna", "@");
    }

    @Test
    void unknownAreaInACriterionIsNamed() throws IOException {
        Path file = jobs.resolve("programmes/slagelse.yml");
        replace(file, "units: [ringparken, motalavej]", "units: [ringparkn, motalavej]");

        assertThatThrownBy(() -> ConfigLoader.load(jobs))
                .hasMessageContaining(file + ":" + lineOf(file, "units: [ringparkn") + ": ukendt område 'ringparkn'")
                .hasMessageContaining("ukendt område 'ringparkn'");
    }

    @Test
    void everyProblemIsListedAtOnce() throws IOException {
        replace(jobs.resolve("programmes/vestegnen.yml"), "municipality: 159", "municipality: 999");
        replace(jobs.resolve("sources/dst-skole.yml"), "uddannelsesparat.numerator", "uddannelsesparat.taeller");
        replace(jobs.resolve("indicators.yml"), "unit: per_1000", "unit: per_tusind"); // two indicators

        assertThatThrownBy(() -> ConfigLoader.load(jobs))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).hasSize(4))
                .hasMessageContaining("municipality 999 er ikke en dansk kommunekode")
                .hasMessageContaining("delen skal være numerator, denominator eller value, ikke 'taeller'")
                .hasMessageContaining("'unit' skal være en af [percent, per_1000, mean, count], ikke 'per_tusind'");
    }

    /** decimal: is read as the file's decimal sign for the mapping's files; a word it does not know is named. */
    @Test
    void decimalSignIsCommaPointOrLeftToTheFile() throws IOException {
        Path file = jobs.resolve("sources/dst-skole.yml");
        assertThat(ConfigLoader.load(jobs).sources()).filteredOn(m -> m.name().equals("dst-skole"))
                .extracting(SourceMapping::decimalSeparator).containsExactly(Optional.empty());
        replace(file, "source: dst-skole\n", "source: dst-skole\ndecimal: dot\n");

        assertThatThrownBy(() -> ConfigLoader.load(jobs))
                .hasMessageContaining(file + ":" + lineOf(file, "decimal: dot") + ": decimal skal være 'comma' eller"
                        + " 'point', ikke 'dot'");
    }

    @Test
    void secondProgrammeIsAddedByYamlAlone() throws IOException {
        Files.writeString(jobs.resolve("programmes/aarhus.yml"), """
                code: aarhus-vest
                name: Helhedsplan for Gellerup og Toveshøj
                period: 2019-2022
                years: 2015-2022
                headline_indicator: tryghed
                areas:
                  - code: gellerup
                    name: Gellerup
                    aliases: [Gellerupparken]
                    municipality: 751
                    estates:
                      - {company: Brabrand Boligforening, afdeling: 4, tenancies: 1400}
                criteria:
                  - code: tryghed-op
                    name: Trygheden skal stige
                    indicator: tryghed
                    units: [areas, programme]
                    rule: {type: rise, baseline_year: 2019}
                """, StandardCharsets.UTF_8);

        MonitorConfig config = ConfigLoader.load(jobs);

        assertThat(config.programmes()).extracting(Programme::code).contains("aarhus-vest");
        Area gellerup = config.areas().filter(a -> a.code().equals("gellerup")).findFirst().orElseThrow();
        assertThat(config.municipalityOf(gellerup).displayName()).isEqualTo("Aarhus Kommune");
        assertThat(config.firstYear()).isEqualTo(2013);
        assertThat(config.lastYear()).isEqualTo(2022);
        AreaResolver resolver = new AreaResolver(config);
        assertThat(resolver.resolve("GELLERUPPARKEN")).contains("gellerup");
        assertThat(resolver.resolve("Aarhus Kommune")).contains("k751");
        assertThat(resolver.resolve("751")).contains("k751");
    }

    /** The official list's rules in force since 2018 apply to every year a programme follows, not to 2021 only. */
    @Test
    void theOfficialListIsJudgedForEveryLaterYear() throws IOException {
        replace(jobs.resolve("programmes/slagelse.yml"), "years: 2013-2021", "years: 2013-2023");

        MonitorConfig config = ConfigLoader.load(jobs);

        CriteriaSet officialList = config.criteriaSets().get(0);
        assertThat(officialList.criteria()).isNotEmpty().allSatisfy(criterion -> {
            assertThat(criterion.firstYear()).isEqualTo(2018);
            assertThat(criterion.lastYear()).isEqualTo(2023);
        });
    }

    @Test
    void areaNamesAreFoundTheWayFilesWriteThem() {
        AreaResolver resolver = new AreaResolver(ConfigLoader.load(jobs));

        assertThat(resolver.resolve("Ringparken/Schackenborg Vænge")).contains("ringparken");
        assertThat(resolver.resolve("Skaelskoer")).contains("skaelskoer");
        assertThat(resolver.resolve("330")).contains("k330");
        assertThat(resolver.resolve("000")).contains("dk");
        assertThat(resolver.resolve("Alle SUB-områder")).contains("sub");
        assertThat(resolver.resolve("Gellerup")).isEmpty();
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
