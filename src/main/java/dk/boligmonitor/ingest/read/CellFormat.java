package dk.boligmonitor.ingest.read;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * What a number format does to the meaning of a numeric cell: a date format makes it a day number in the
 * workbook's date system, a percent format shows it a hundred times larger (0.473 as 47.3 %). Either way the
 * stored number alone is not what the file means.
 */
enum CellFormat {
    PLAIN, DATE, PERCENT;

    /** Days from Excel's 1900 day 0 to the 1904 system's day 0 (1 January 1904 is 0 there, 1462 here). */
    private static final BigDecimal DAYS_1900_TO_1904 = BigDecimal.valueOf(1462);

    static CellFormat of(int formatIndex, String formatString) {
        if (formatString == null) {
            return PLAIN;
        }
        if (DateUtil.isADateFormat(formatIndex, formatString)) {
            return DATE;
        }
        return showsPercent(formatString) ? PERCENT : PLAIN;
    }

    /** A % outside quoted text and not escaped (\%) multiplies by 100 when shown. */
    private static boolean showsPercent(String format) {
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '%' && !quoted) {
                return true;
            }
        }
        return false;
    }

    /**
     * The number as the file means it, in plain text: a percentage as shown, a date of a 1904 workbook as the
     * day number of the 1900 system that Cells reads dates in.
     */
    String meaning(String stored, boolean date1904) {
        return switch (this) {
            case PLAIN -> stored;
            case DATE -> date1904 ? new BigDecimal(stored).add(DAYS_1900_TO_1904).toPlainString() : stored;
            case PERCENT -> plain(new BigDecimal(stored).movePointRight(2));
        };
    }

    static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
}
