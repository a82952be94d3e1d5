package dk.boligmonitor.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Numbers as a Danish reader writes them: "34,2", "1.000", "30,65". Rounds half up, like the published tables. */
public final class DanishFormat {

    public static final Locale DANISH = Locale.forLanguageTag("da-DK");
    /** A figure that is not there: shown the same in every report, table and chart. */
    public static final String MISSING = "–";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");

    private DanishFormat() {
    }

    /** A moment as a Danish reader writes it: "1.3.2027 06:00". */
    public static String dateTime(LocalDateTime time) {
        return time.format(DATE_TIME);
    }

    public static String number(BigDecimal value, int decimals) {
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(DANISH));
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    public static String number(double value, int decimals) {
        return number(BigDecimal.valueOf(value), decimals);
    }

    /**
     * A change with its sign, "+2,3" or "−1,4" (a true minus, as in print); what rounds to nothing is "0,0",
     * never "−0,0".
     */
    public static String change(BigDecimal change, int decimals) {
        BigDecimal rounded = change.setScale(decimals, RoundingMode.HALF_UP);
        String digits = number(rounded.abs(), decimals);
        return switch (rounded.signum()) {
            case 1 -> "+" + digits;
            case -1 -> "−" + digits;
            default -> digits;
        };
    }

    /** Years as a reader scans them: runs joined, "2013–2021", gaps kept, "2013, 2015, 2017–2019"; none is "–". */
    public static String years(Collection<Integer> years) {
        List<String> spans = new ArrayList<>();
        Integer first = null;
        Integer last = null;
        for (int year : new TreeSet<>(years)) {
            if (last != null && year == last + 1) {
                last = year;
                continue;
            }
            if (first != null) {
                spans.add(span(first, last));
            }
            first = year;
            last = year;
        }
        if (first != null) {
            spans.add(span(first, last));
        }
        return spans.isEmpty() ? MISSING : String.join(", ", spans);
    }

    private static String span(int first, int last) {
        return first == last ? String.valueOf(first) : first + "–" + last;
    }
}
