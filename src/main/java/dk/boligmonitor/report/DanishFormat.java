package dk.boligmonitor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as a Danish reader writes them: "34,2", "1.000", "30,65". Rounds half up, like the published tables. */
public final class DanishFormat {

    public static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private DanishFormat() {
    }

    public static String number(BigDecimal value, int decimals) {
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(DANISH));
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    public static String number(double value, int decimals) {
        return number(BigDecimal.valueOf(value), decimals);
    }
}
