package dk.boligmonitor.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "2017-2021" or "2017–2021" as a person types a period. */
record YearRange(int first, int last) {

    private static final Pattern RANGE = Pattern.compile("(\\d{4})\\s*[-–]\\s*(\\d{4})");

    static YearRange read(YamlSection section, String key, YearRange fallback) {
        String text = section.optionalText(key).orElse(null);
        if (text == null) {
            if (fallback == null) {
                section.problem("missing key '" + key + "' (a period such as 2017-2021)");
                return new YearRange(0, 0);
            }
            return fallback;
        }
        Matcher matcher = RANGE.matcher(text);
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) > Integer.parseInt(matcher.group(2))) {
            section.problemAt(key, "'" + key + "' must be a period such as 2017-2021, not '" + text + "'");
            return new YearRange(0, 0);
        }
        return new YearRange(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    String text() {
        return first + "–" + last;
    }
}
