package dk.boligmonitor.ingest.read;

import java.util.regex.Pattern;

/**
 * Tenancy and afdeling numbers compared the way a person reads them: "23-0186", "23-186" and "23-0186" followed
 * by a no-break space are one tenancy. Letters fold as in header names (case, æøå, accents); any run of spaces,
 * invisible characters and punctuation is one separator, and a number's leading zeros do not count. Separators
 * still separate, so "23-186" and "231-86" stay two tenancies.
 */
public final class Identifiers {

    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGES = Pattern.compile("^-|-$");
    private static final Pattern LEADING_ZEROS = Pattern.compile("(?<![0-9])0+(?=[0-9])");

    private Identifiers() {
    }

    /** The identifier's one spelling: lower case, parts joined by '-', numbers without leading zeros. */
    public static String normalize(String identifier) {
        String parts = EDGES.matcher(SEPARATORS.matcher(HeaderNames.fold(identifier)).replaceAll("-")).replaceAll("");
        return LEADING_ZEROS.matcher(parts).replaceAll("");
    }
}
