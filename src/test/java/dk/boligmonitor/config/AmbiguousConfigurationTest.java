package dk.boligmonitor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A configuration that can be read two ways is refused, naming file and line: a key given twice (YAML keeps
 * the last without a word), a yes/no that is neither, a decimal separator that is neither comma nor point, a
 * header name that would match every column without a name.
 */
class AmbiguousConfigurationTest {

    @TempDir
    Path jobs;

    @BeforeEach
    void copyTheShippedConfiguration() throws IOException {
        ConfigLoaderTestSupport.copy(Path.of("jobs"), jobs);
    }

    @Test
    void aMeasureGivenTwiceIsNamedWithBothLines() throws IOException {
        Path file = jobs.resolve("sources/dst-skole.yml");
        replace(file, "  Elever i alt: skolefravaer.denominator", "  Elever i 9. klasse: skolefravaer.denominator");
        List<Integer> lines = linesOf(file, "  Elever i 9. klasse:");

        assertThatThrownBy(() -> ConfigLoader.load(jobs)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(file + ":" + lines.get(1) + ": nøglen 'Elever i 9. klasse' står to gange (også i"
                        + " linje " + lines.get(0) + ")");
    }

    @Test
    void aSettingGivenTwiceIsNamedAndListedWithTheOtherProblems() throws IOException {
        Path indicators = jobs.resolve("indicators.yml");
        replace(indicators, "    survey: true\n", "    survey: true\n    survey: false\n");
        Path source = jobs.resolve("sources/dst-skole.yml");
        replace(source, "source: dst-skole\n", "source: dst-skole\nsource: dst-skole-gammel\n");

        assertThatThrownBy(() -> ConfigLoader.load(jobs))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).hasSize(2))
                .hasMessageContaining(indicators + ":" + linesOf(indicators, "    survey: false").get(0)
                        + ": nøglen 'survey' står to gange")
                .hasMessageContaining(source + ":" + linesOf(source, "source: dst-skole-gammel").get(0)
                        + ": nøglen 'source' står to gange");
    }

    @Test
    void aYesOrNoThatIsNeitherIsNotReadAsNo() throws IOException {
        Path indicators = jobs.resolve("indicators.yml");
        replace(indicators, "    survey: true\n", "    survey: ja\n");

        assertThatThrownBy(() -> ConfigLoader.load(jobs))
                .hasMessageContaining(indicators + ":" + linesOf(indicators, "    survey: ja").get(0)
                        + ": 'survey' skal være true eller false, ikke 'ja'");
    }

    @Test
    void aDecimalSeparatorThatIsNeitherCommaNorPointIsNamed() throws IOException {
        Path source = jobs.resolve("sources/dst-skole.yml");
        replace(source, "columns:\n", "decimal: punktum\ncolumns:\n");

        assertThatThrownBy(() -> ConfigLoader.load(jobs))
                .hasMessageContaining(source + ":" + linesOf(source, "decimal: punktum").get(0)
                        + ": decimal skal være 'comma' eller 'point', ikke 'punktum'");
    }

    @Test
    void aHeaderNameWithoutLettersOrDigitsIsNamed() throws IOException {
        Path source = jobs.resolve("sources/dst-skole.yml");
        replace(source, "  INDHOLD: measure\n", "  INDHOLD: measure\n  \"%\": skolefravaer.value\n");

        assertThatThrownBy(() -> ConfigLoader.load(jobs))
                .hasMessageContaining("'values' har en overskrift uden bogstaver eller tal ('%')");
    }

    private static List<Integer> linesOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(text)) {
                found.add(i + 1);
            }
        }
        assertThat(found).as(text + " in " + file).isNotEmpty();
        return found;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replaceFirst(Pattern.quote(from),
                Matcher.quoteReplacement(to)));
    }
}
