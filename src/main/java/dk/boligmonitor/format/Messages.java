package dk.boligmonitor.format;

import java.util.Arrays;
import java.util.ResourceBundle;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every text a user reads (command output, log lines at INFO and above, refusals and rejections, configuration
 * errors, reports) from the one message bundle, {@code messages.properties}: Danish, and a second language is a
 * second file beside it. Patterns are {@link java.text.MessageFormat}'s: {@code {0}} is the first argument, and
 * an apostrophe is written twice. Numbers are shown as they were passed, never regrouped (a year stays "2019"):
 * callers format amounts with {@link DanishFormat} first.
 */
public final class Messages {

    static final String BUNDLE = "messages";
    private static final ResourceBundleMessageSource SOURCE = source();

    private Messages() {
    }

    /** The text of {@code key} with its arguments; a key the bundle lacks is a programming error. */
    public static String get(String key, Object... arguments) {
        Object[] shown = Arrays.stream(arguments).map(a -> a instanceof Number ? a.toString() : a).toArray();
        return SOURCE.getMessage(key, shown, DanishFormat.DANISH);
    }

    /**
     * The bundle itself, for the report templates: {@code $R{key}} gives a text as written, so a text with an
     * argument or an apostrophe (written twice, as everywhere in the bundle) is shown through
     * {@code msg($R{key}, ...)}, JasperReports' MessageFormat. Loaded as {@link #get} loads it: UTF-8 (what
     * java.util reads properties files as), without falling back to the system's locale.
     */
    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, DanishFormat.DANISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename(BUNDLE);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        // the same quoting whether a text has arguments or not: an apostrophe is always written twice
        source.setAlwaysUseMessageFormat(true);
        return source;
    }
}
