package dk.boligmonitor.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import dk.boligmonitor.config.SourceMapping.Role;
import dk.boligmonitor.rules.Rule;

/**
 * docs/configuration.md names every key the readers of jobs/ accept, each under its file's section, so a data
 * officer can set up a programme from it alone: a key added to a reader without a word in the reference fails
 * here. A key is documented by a table row of its own in its section ("| `key` | …"), not by a mention in
 * passing; the values of keys that take one of a fixed set (units, layouts, comparisons) need only be named, in
 * backticks.
 */
class ConfigurationReferenceTest {

    private static final Path REFERENCE = Path.of("docs/configuration.md");
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("^(#{2,6}) ");

    private static String reference;

    @BeforeAll
    static void readReference() throws IOException {
        reference = Files.readString(REFERENCE, StandardCharsets.UTF_8);
    }

    @Test
    void indicatorsSectionNamesEveryKeyAndValue() {
        assertDocumented("`indicators.yml`", keys(IndicatorReader.FILE_KEYS, IndicatorReader.INDICATOR_KEYS),
                values(IndicatorReader.DERIVATIONS, names(Unit.class), names(Indicator.Better.class),
                        names(Indicator.Counts.class)));
    }

    @Test
    void referenceGroupsSectionNamesEveryKey() {
        assertDocumented("`reference-groups.yml`",
                keys(ReferenceGroupReader.FILE_KEYS, ReferenceGroupReader.GROUP_KEYS), List.of());
    }

    @Test
    void programmesSectionNamesEveryKey() {
        assertDocumented("`programmes/*.yml`", keys(ProgrammeReader.FILE_KEYS, ProgrammeReader.AREA_KEYS,
                ProgrammeReader.ESTATE_KEYS, ProgrammeReader.CONTACT_KEYS, CriterionReader.PROGRAMME_CRITERION_KEYS),
                List.of());
    }

    @Test
    void criteriaSetsSectionNamesEveryKey() {
        assertDocumented("`criteria-sets/*.yml`", keys(CriteriaSetReader.FILE_KEYS, CriteriaSetReader.LIST_KEYS,
                CriteriaSetReader.PARALLELSAMFUND_KEYS, CriterionReader.SET_CRITERION_KEYS), List.of());
    }

    /** Each rule type has a subsection of its own (rise and fall may share one), naming the keys its rule takes. */
    @Test
    void everyRuleTypeHasASubsectionNamingItsKeys() {
        String rules = section("## ", "Criterion rules", reference);
        List<String> missing = new ArrayList<>();
        CriterionReader.RULE_KEYS.forEach((type, keys) -> {
            String subsection = section("### ", "`" + type + "`", rules);
            missing.addAll(undocumented("### `" + type + "`", subsection, keys, List.of()));
        });
        missing.addAll(undocumented("### `relative_to_reference`", section("### ", "`relative_to_reference`", rules),
                List.of(), names(Rule.Comparison.class)));
        assertThat(missing).as("keys of criterion rules missing from " + REFERENCE).isEmpty();
    }

    @Test
    void sourcesSectionNamesEveryKeyColumnRoleAndValue() {
        List<String> roles = Stream.concat(SourceMappingReader.INDICATOR_COLUMNS.stream(),
                SourceMappingReader.MOVEOUT_COLUMNS.stream()).map(Role::key).toList();
        assertDocumented("`sources/*.yml`", keys(SourceMappingReader.FILE_KEYS, SourceMappingReader.FILE_PATTERN_KEYS,
                        roles),
                values(names(SourceMapping.Part.class), names(SourceMapping.Kind.class),
                        names(SourceMapping.Layout.class), names(SourceMapping.SubYear.class)));
    }

    @Test
    void scheduleSectionNamesEveryKey() {
        assertDocumented("`schedule.yml`", keys(ScheduleReader.FILE_KEYS, ScheduleReader.RUN_KEYS),
                values(ScheduleReader.COMMANDS));
    }

    /** The properties the application ships a value for that a user sets: the database and boligmonitor's own. */
    @Test
    void applicationPropertiesSectionNamesEverySetting() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        List<String> settings = properties.stringPropertyNames().stream()
                .filter(name -> name.startsWith("boligmonitor.") || name.startsWith("spring.datasource."))
                .sorted().toList();
        assertThat(settings).contains("spring.datasource.url", "boligmonitor.ingest.max-rejected-percent",
                "boligmonitor.disclosure.min-persons");
        assertDocumented("Application properties", settings, List.of());
    }

    /** An example a data officer copies must at least be YAML. */
    @Test
    void everyYamlExampleParses() {
        Matcher block = YAML_BLOCK.matcher(reference);
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        int examples = 0;
        while (block.find()) {
            String example = block.group(1);
            yaml.loadAll(example).forEach(document -> assertThat(document).as(example).isNotNull());
            examples++;
        }
        assertThat(examples).isGreaterThan(10);
    }

    private static void assertDocumented(String heading, Collection<String> keys, Collection<String> values) {
        List<String> missing = undocumented("## " + heading, section("## ", heading, reference), keys, values);
        assertThat(missing).as("keys and values missing from " + REFERENCE).isEmpty();
    }

    /** The keys without a table row of their own and the values not named, each with the heading it belongs under. */
    private static List<String> undocumented(String where, String section, Collection<String> keys,
                                             Collection<String> values) {
        List<String> missing = new ArrayList<>();
        keys.stream().filter(key -> !section.contains("\n| `" + key + "` |"))
                .forEach(key -> missing.add("a row '| `" + key + "` |' under " + where));
        values.stream().filter(value -> !section.contains("`" + value + "`"))
                .forEach(value -> missing.add("`" + value + "` under " + where));
        return missing;
    }

    @SafeVarargs
    private static List<String> keys(Collection<String>... lists) {
        return Arrays.stream(lists).flatMap(Collection::stream).distinct().toList();
    }

    @SafeVarargs
    private static List<String> values(Collection<String>... lists) {
        return keys(lists);
    }

    /** From the heading of the given level that contains {@code title} to the next heading of that level or above. */
    private static String section(String level, String title, String text) {
        List<String> lines = text.lines().toList();
        int start = -1;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            if (lines.get(i).startsWith(level) && lines.get(i).contains(title)) {
                start = i;
            }
        }
        assertThat(start).as("a heading '" + level + "… " + title + "' in " + REFERENCE).isNotNegative();
        StringBuilder section = new StringBuilder();
        for (int i = start; i < lines.size(); i++) {
            if (i > start && isHeadingUpTo(lines.get(i), level)) {
                break;
            }
            section.append(lines.get(i)).append('\n');
        }
        return section.toString();
    }

    /** "## x" ends a "### " section as well as a "## " one; code blocks hold "# comments", not headings. */
    private static boolean isHeadingUpTo(String line, String level) {
        Matcher heading = HEADING.matcher(line);
        return heading.find() && heading.group(1).length() <= level.trim().length();
    }

    /** An enum's constants as written in YAML: lower case. */
    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    }
}
