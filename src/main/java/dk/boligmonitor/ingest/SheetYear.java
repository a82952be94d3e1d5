package dk.boligmonitor.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.boligmonitor.format.Messages;
import dk.boligmonitor.ingest.read.FileRefusedException;
import dk.boligmonitor.ingest.read.Period;

/**
 * The year a sheet's name gives, for long layouts without a year column ('year_from_sheet'): "2020" and
 * "Fraflytninger 2020" are 2020. A name with no year, or with two ("2019-2020"), gives none to trust.
 */
final class SheetYear {

    /** Four digits standing on their own: not part of a longer number such as an afdeling's "120201". */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");

    private SheetYear() {
    }

    static Period of(String sheet) {
        return new Period(year(sheet).orElseThrow(), String.valueOf(year(sheet).orElseThrow()));
    }

    /** Every sheet read must name its year, before a row is read: a file loads whole or not at all. */
    static void requireIn(List<String> sheets) {
        for (String sheet : sheets) {
            if (year(sheet).isEmpty()) {
                throw new FileRefusedException(Messages.get("ingest.sheet.no_year", sheet));
            }
        }
    }

    private static Optional<Integer> year(String sheet) {
        Matcher matcher = YEAR.matcher(sheet);
        Integer year = null;
        while (matcher.find()) {
            int found = Integer.parseInt(matcher.group());
            if (year != null && year != found) {
                return Optional.empty();
            }
            year = found;
        }
        return Optional.ofNullable(year);
    }
}
