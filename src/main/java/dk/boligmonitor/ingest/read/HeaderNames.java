package dk.boligmonitor.ingest.read;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Header names compared the way a person reads them: case, spacing, punctuation and æøå against ae/oe/aa
 * do not matter, so "Fraflytningsdato", "FRAFLYTNINGSDATO " and "Fraflytnings-dato" are one column.
 */
public final class HeaderNames {

    // compiled once: area names and measures are looked up for every row
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");

    private HeaderNames() {
    }

    public static String normalize(String header) {
        return NOT_ALPHANUMERIC.matcher(fold(header)).replaceAll("");
    }

    /** Letters as a person compares them: lower case, æøå as ae/oe/aa, accents gone; everything else kept. */
    static String fold(String text) {
        String folded = text.replace("\uFEFF", "").toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        return MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
    }
}
