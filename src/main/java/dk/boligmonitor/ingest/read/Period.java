package dk.boligmonitor.ingest.read;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A DST period: a year (2021), a quarter (2021K1) or a month (2021M01), kept in the form the file used. */
public record Period(int year, String label) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:\\.0+)?(?:([KQM])(\\d{1,2}))?");

    public boolean isWholeYear() {
        return label.length() == 4;
    }

    public static Optional<Period> parse(String text) {
        Matcher matcher = FORM.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        if (matcher.group(2) == null) {
            return Optional.of(new Period(year, String.valueOf(year)));
        }
        int number = Integer.parseInt(matcher.group(3));
        boolean month = matcher.group(2).equals("M");
        if (number < 1 || number > (month ? 12 : 4)) {
            return Optional.empty();
        }
        // labels sort in time order within a year: K1 < K4, M01 < M12
        return Optional.of(new Period(year, month ? String.format("%dM%02d", year, number) : year + "K" + number));
    }
}
