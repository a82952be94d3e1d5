package dk.boligmonitor.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One language for users: every key the code and the report templates ask the bundle for is in it, every text in
 * it is used, none is English, and no string literal in the code is an English sentence a user could read instead.
 */
class MessagesTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path REPORTS = Path.of("src/main/resources/reports");
    private static final Path PAGES = Path.of("src/main/resources/templates");
    /** A console page's {@code #{key}}, with or without arguments. */
    private static final Pattern PAGE_KEY_USE = Pattern.compile("#\\{([a-z0-9_.-]+)[(}]");
    private static final Pattern KEY_USE = Pattern.compile("Messages\\.get\\(\\s*\"([a-z0-9_.-]+)\"");
    /** A template's {@code $R{key}}; inside {@code msg(...)} the text is a MessageFormat pattern, else shown as is. */
    private static final Pattern TEMPLATE_KEY_USE = Pattern.compile("(msg\\(\\s*)?\\$R\\{([a-z0-9_.-]+)}");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_'’]+");
    /**
     * Words that are English and not Danish: two of them in one text make it an English sentence. Words both
     * languages spell alike (for, to, at, is, set, by, be) are left out.
     */
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "or", "not", "cannot", "can't", "must",
            "should", "are", "was", "were", "has", "have", "with", "which", "this", "that", "from", "into", "file",
            "files", "row", "rows", "column", "columns", "value", "values", "unknown", "expected", "missing",
            "found", "only", "than", "when", "where", "there", "been", "would", "does", "doesn't", "any", "every",
            "each", "it", "its", "mapping", "sheet", "header", "empty", "invalid", "number", "year", "years",
            "date", "name", "key", "used", "gives", "less", "same", "but", "no", "nor", "a", "an", "in", "on");

    private static Properties bundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + Messages.BUNDLE + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.list(REPORTS)) {
            return files.filter(f -> f.toString().endsWith(".jrxml")).sorted().toList();
        }
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyKeyTheCodeAsksForIsInTheBundleAndEveryTextInItIsUsed() throws IOException {
        Properties bundle = bundle();
        Set<String> asked = new TreeSet<>();
        StringBuilder code = new StringBuilder();
        for (Path source : sources()) {
            String text = Files.readString(source);
            code.append(text);
            Matcher use = KEY_USE.matcher(text);
            while (use.find()) {
                asked.add(use.group(1));
            }
        }
        Set<String> inTemplates = new TreeSet<>();
        for (Path template : templates()) {
            Matcher use = TEMPLATE_KEY_USE.matcher(Files.readString(template));
            while (use.find()) {
                inTemplates.add(use.group(2));
            }
        }
        for (Path page : pages()) {
            Matcher use = PAGE_KEY_USE.matcher(Files.readString(page));
            while (use.find()) {
                inTemplates.add(use.group(1));
            }
        }
        asked.addAll(inTemplates);
        assertThat(asked).as("keys missing from the bundle").allMatch(bundle::containsKey);
        String allCode = code.toString();
        List<String> unused = bundle.stringPropertyNames().stream()
                .filter(key -> !isUsed(key, allCode) && !inTemplates.contains(key)).sorted().toList();
        assertThat(unused).as("texts no code shows").isEmpty();
    }

    /**
     * A template shows a bare {@code $R{key}} as written, where every apostrophe in the bundle is written twice:
     * a text with one must go through {@code msg(...)} as {@link Messages#get} would.
     */
    @Test
    void noTextATemplateShowsAsWrittenHasAnApostrophe() throws IOException {
        Properties bundle = bundle();
        Set<String> quoted = new TreeSet<>();
        for (Path template : templates()) {
            Matcher use = TEMPLATE_KEY_USE.matcher(Files.readString(template));
            while (use.find()) {
                String text = bundle.getProperty(use.group(2));
                if (use.group(1) == null && text != null && text.contains("'")) {
                    quoted.add(template.getFileName() + ": " + use.group(2) + "=" + text);
                }
            }
        }
        assertThat(quoted).isEmpty();
    }

    /** Used by name, or by the start of its name where the code adds the rest ("status." + status). */
    private static boolean isUsed(String key, String code) {
        return code.contains("\"" + key + "\"") || code.contains("\"" + key.substring(0, key.lastIndexOf('.') + 1)
                + "\"");
    }

    @Test
    void noTextInTheBundleIsEnglish() throws IOException {
        Properties bundle = bundle();
        List<String> english = bundle.stringPropertyNames().stream().sorted()
                .filter(key -> isEnglish(bundle.getProperty(key))).map(key -> key + "=" + bundle.getProperty(key))
                .toList();
        assertThat(english).isEmpty();
    }

    /**
     * A user reads only the bundle's texts: a string literal in the code that is an English sentence is one a
     * user could meet instead. Left out: debug and trace logging, and SQL (upper-case keywords, snake_case names).
     */
    @Test
    void noStringLiteralInTheCodeIsAnEnglishSentence() throws IOException {
        List<String> english = new ArrayList<>();
        for (Path source : sources()) {
            List<String> lines = Files.readAllLines(source);
            boolean textBlock = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.contains("\"\"\"")) {
                    textBlock = !textBlock || line.indexOf("\"\"\"") != line.lastIndexOf("\"\"\"") ? !textBlock
                            : false;
                    continue;
                }
                if (textBlock || line.trim().startsWith("//") || line.trim().startsWith("*")
                        || line.contains("log.debug(") || line.contains("log.trace(")) {
                    continue;
                }
                Matcher literal = LITERAL.matcher(line);
                while (literal.find()) {
                    if (isEnglish(literal.group(1))) {
                        english.add(MAIN.relativize(source) + ":" + (i + 1) + ": " + literal.group(1));
                    }
                }
            }
        }
        assertThat(english).hasSize(0);
    }

    static boolean isEnglish(String text) {
        Matcher word = WORD.matcher(text);
        Set<String> seen = new TreeSet<>();
        while (word.find()) {
            String w = word.group();
            String lower = w.toLowerCase(Locale.ROOT);
            // an upper-case word is SQL's, not a sentence's
            if (ENGLISH.contains(lower) && !w.equals(w.toUpperCase(Locale.ROOT))) {
                seen.add(lower);
            }
        }
        return seen.size() >= 2;
    }

    @Test
    void theDetectorKnowsEnglishFromDanish() {
        assertThat(isEnglish("the file has a header but no data rows")).isTrue();
        assertThat(isEnglish("unknown area: not an area, municipality or reference group in jobs/")).isTrue();
        assertThat(isEnglish("filen har en overskrift, men ingen rækker med data")).isFalse();
        assertThat(isEnglish("tælleren {0} er større end nævneren {1}: en andel kan ikke være over 100 %")).isFalse();
        assertThat(isEnglish("SELECT file_id FROM source_file WHERE status = ?")).isFalse();
        assertThat(Arrays.asList(isEnglish("for at to"), isEnglish("sheets: all"))).containsOnly(false);
    }
}
