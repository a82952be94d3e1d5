package dk.boligmonitor;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The settings the schema needs from an H2 database, added to whatever H2 URL the data officer names: a plain
 * {@code jdbc:h2:file:/some/dir/db} would otherwise stop the first migration at the column {@code year} (a
 * keyword to H2) and leave a failed migration behind. PostgreSQL's dialect, lower-case names, NULLs last and
 * YEAR and VALUE as plain names; other settings of the URL are kept.
 */
final class EmbeddedDatabaseUrl implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String URL = "spring.datasource.url";
    private static final String NON_KEYWORDS = "NON_KEYWORDS";
    private static final Map<String, String> REQUIRED = Map.of("MODE", "PostgreSQL", "DATABASE_TO_LOWER", "TRUE",
            "DEFAULT_NULL_ORDERING", "HIGH", NON_KEYWORDS, "YEAR,VALUE");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        String url = environment.getProperty(URL);
        if (url != null && url.startsWith("jdbc:h2:")) {
            environment.getPropertySources().addFirst(new MapPropertySource("h2SettingsTheSchemaNeeds",
                    Map.of(URL, complete(url))));
        }
    }

    /** {@code url} with the settings the schema needs; a setting it gives otherwise is overruled. */
    static String complete(String url) {
        String[] parts = url.split(";");
        Map<String, String> settings = new LinkedHashMap<>();
        for (String part : Arrays.asList(parts).subList(1, parts.length)) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                settings.put(part.substring(0, equals).trim().toUpperCase(Locale.ROOT), part.substring(equals + 1));
            }
        }
        REQUIRED.forEach((key, value) -> settings.merge(key, value, key.equals(NON_KEYWORDS)
                ? EmbeddedDatabaseUrl::union : (given, required) -> required));
        return parts[0] + settings.entrySet().stream().map(e -> ";" + e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining());
    }

    private static String union(String given, String required) {
        Set<String> words = new LinkedHashSet<>(Arrays.asList(given.toUpperCase(Locale.ROOT).split(",")));
        words.addAll(Arrays.asList(required.split(",")));
        return String.join(",", words);
    }
}
