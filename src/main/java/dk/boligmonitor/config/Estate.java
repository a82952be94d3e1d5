package dk.boligmonitor.config;

import java.text.Normalizer;
import java.util.Locale;

/** A housing company's estate (afdeling); afdeling numbers are only unique within their company. */
public record Estate(String code, String company, String afdeling, String name, int tenancies) {

    public static String codeOf(String company, String afdeling) {
        return slug(company) + "-" + afdeling.trim();
    }

    static String slug(String text) {
        String ascii = text.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        ascii = Normalizer.normalize(ascii, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
