package dk.boligmonitor.ingest;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Header names compared the way a person reads them: case, spacing, punctuation and æøå against ae/oe/aa
 * do not matter, so "Fraflytningsdato", "FRAFLYTNINGSDATO " and "Fraflytnings-dato" are one column.
 */
public final class HeaderNames {

    private HeaderNames() {
    }

    public static String normalize(String header) {
        String text = header.replace("\uFEFF", "").toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return text.replaceAll("[^a-z0-9]", "");
    }
}
