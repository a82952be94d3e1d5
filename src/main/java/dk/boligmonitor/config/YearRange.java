package dk.boligmonitor.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.boligmonitor.format.Messages;

/** "2017-2021" or "2017–2021" as a person types a period; "2018-" where a period may stay open. */
record YearRange(int first, int last) {

    private static final Pattern RANGE = Pattern.compile("(\\d{4})\\s*[-–]\\s*(\\d{4})");
    private static final Pattern OPEN = Pattern.compile("(\\d{4})\\s*[-–]");

    /**
     * A period that may be open at its end ("2018-": from 2018 on), which then lasts until {@code openEnd}, the
     * last year anything is followed. Rules in force from a year apply to every later one until a new period says
     * otherwise.
     */
    static YearRange readOpenEnded(YamlSection section, String key, int openEnd) {
        Matcher open = OPEN.matcher(section.optionalText(key).orElse(""));
        if (open.matches()) {
            return new YearRange(Integer.parseInt(open.group(1)), Math.max(openEnd, Integer.parseInt(open.group(1))));
        }
        return read(section, key, null);
    }

    static YearRange read(YamlSection section, String key, YearRange fallback) {
        String text = section.optionalText(key).orElse(null);
        if (text == null) {
            if (fallback == null) {
                section.problem(Messages.get("config.period.missing", key));
                return new YearRange(0, 0);
            }
            return fallback;
        }
        Matcher matcher = RANGE.matcher(text);
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) > Integer.parseInt(matcher.group(2))) {
            section.problemAt(key, Messages.get("config.period.invalid", key, text));
            return new YearRange(0, 0);
        }
        return new YearRange(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    String text() {
        return first + "–" + last;
    }
}
