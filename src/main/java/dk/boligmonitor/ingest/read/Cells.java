package dk.boligmonitor.ingest.read;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;

import dk.boligmonitor.format.Messages;

/** Reads numbers, years and dates as Danish files write them, saying exactly why a cell cannot be read. */
public final class Cells {

    /** DST's mark for a confidential or too uncertain figure: not zero, not missing. */
    public static final String SUPPRESSED = "..";

    // compiled once: these run for every cell of files with millions of rows
    private static final Pattern DANISH_NUMBER = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?|-?\\d+(,\\d+)?");
    private static final Pattern POINT_NUMBER = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?|-?\\d+(\\.\\d+)?");
    private static final Pattern EXCEL_SERIAL = Pattern.compile("\\d{5}(\\.\\d+)?");
    private static final Pattern TIME_OF_DAY = Pattern.compile("[ T]");

    private Cells() {
    }

    /** Which readings a number written as text fits: the evidence a delimited file gives of its decimal sign. */
    enum Shape {
        /** Not a number, or digits alone: no evidence either way. */
        NONE,
        /** One separator followed by exactly three digits, "1,398" or "1.398": a decimal or a thousands sign. */
        EITHER,
        /** Only with a decimal comma: "5,8", "1.234,5", "1.234.567". */
        COMMA,
        /** Only with a decimal point: "5.8", "1,234.5", "5,873,036". */
        POINT
    }

    static Shape shape(String text) {
        String cleaned = text.replace("\u00A0", "").replace(" ", "");
        boolean comma = isPlain(cleaned, ',') || DANISH_NUMBER.matcher(cleaned).matches();
        boolean point = isPlain(cleaned, '.') || POINT_NUMBER.matcher(cleaned).matches();
        if (comma && point) {
            return cleaned.indexOf(',') < 0 && cleaned.indexOf('.') < 0 ? Shape.NONE : Shape.EITHER;
        }
        return comma ? Shape.COMMA : point ? Shape.POINT : Shape.NONE;
    }

    /**
     * A number from a cell. Excel numbers are plain; text is read with the file's decimal separator, so
     * "1.234,5" is 1234.5 in a Danish file and "1234.5" in one that declares a decimal point. Text that is a
     * number only with the other decimal sign ("6.2" in a file read with decimal comma) contradicts the file's
     * reading and refuses the file: rejecting the row alone would leave the figures read the other way standing.
     */
    public static BigDecimal number(String text, boolean numericCell, char decimalSeparator, String column)
            throws RowProblem {
        String cleaned = text.replace("\u00A0", "").replace(" ", "");
        try {
            if (numericCell) {
                return new BigDecimal(cleaned);
            }
            if (isPlain(cleaned, decimalSeparator)) {
                return new BigDecimal(decimalSeparator == '.' ? cleaned : cleaned.replace(decimalSeparator, '.'));
            }
            if (decimalSeparator == ',') {
                if (DANISH_NUMBER.matcher(cleaned).matches()) {
                    return new BigDecimal(cleaned.replace(".", "").replace(',', '.'));
                }
            } else if (POINT_NUMBER.matcher(cleaned).matches()) {
                return new BigDecimal(cleaned.replace(",", ""));
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        Shape other = decimalSeparator == ',' ? Shape.POINT : Shape.COMMA;
        if (shape(cleaned) == other) {
            throw new FileRefusedException(Messages.get("read.cell.other_decimal_sign", text, column,
                    signName(other == Shape.POINT ? '.' : ','), signName(decimalSeparator)));
        }
        throw new RowProblem(column, text, Messages.get("read.cell.not_number"));
    }

    static String signName(char decimalSeparator) {
        return Messages.get(decimalSeparator == ',' ? "read.decimal.comma" : "read.decimal.point");
    }

    /**
     * Digits with at most one decimal separator between them and perhaps a minus first, as most cells are: the
     * plain case of both patterns above, found without a regular expression (this runs for millions of cells).
     */
    private static boolean isPlain(String text, char decimalSeparator) {
        int first = text.startsWith("-") ? 1 : 0;
        boolean separated = false;
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == decimalSeparator && !separated && i > first && i < text.length() - 1) {
                separated = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return text.length() > first;
    }

    /**
     * A number that fits a database column with this many digits before the decimal point; a longer one is
     * an account or id number in the wrong column, and must reject its row rather than fail the load.
     */
    public static BigDecimal fitting(BigDecimal number, int integerDigits, String text, String column)
            throws RowProblem {
        if (number.precision() - number.scale() > integerDigits) {
            throw new RowProblem(column, text, Messages.get("read.cell.too_large", integerDigits));
        }
        return number;
    }

    /**
     * A cell the workbook shows with a percent format where the column holds no percentage: its number is
     * read as shown (0.473 as 47.3), which is no count, amount or day number either way, so the row is rejected.
     */
    public static RowProblem shownAsPercent(String column, String text, String expected) {
        return new RowProblem(column, text + " %", Messages.get("read.cell.shown_as_percent", expected));
    }

    public static Period period(String text, String column) throws RowProblem {
        return Period.parse(text).orElseThrow(() -> new RowProblem(column, text,
                Messages.get("read.cell.not_period")));
    }

    /** Excel stores dates as serial day numbers; text dates come as 31-12-2019, 31.12.2019 or 2019-12-31. */
    public static LocalDate date(String text, boolean numericCell, String column) throws RowProblem {
        String trimmed = text.trim();
        if (numericCell || startsWithFiveDigits(trimmed) && EXCEL_SERIAL.matcher(trimmed).matches()) {
            double serial = Double.parseDouble(trimmed);
            if (DateUtil.isValidExcelDate(serial)) {
                return DateUtil.getLocalDateTime(serial).toLocalDate();
            }
        }
        String dateOnly = trimmed.indexOf(' ') < 0 && trimmed.indexOf('T') < 0 ? trimmed : TIME_OF_DAY.split(trimmed, 2)[0];
        LocalDate date = textDate(dateOnly);
        if (date == null) {
            throw new RowProblem(column, text, Messages.get("read.cell.not_date"));
        }
        return date;
    }

    /** Whether the text can be an Excel serial at all: a text date (31-12-2019) is not, without a regular expression. */
    private static boolean startsWithFiveDigits(String text) {
        if (text.length() < 5) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * d-M-yyyy, d.M.yyyy, d/M/yyyy or yyyy-MM-dd, strictly, so 31-02-2018 is not a date rather than quietly
     * the 28th of February; null when the text is none of them. Read by hand: it runs for every row of a
     * move-out list, and a formatter per way of writing, each failing with an exception, cost more than the
     * rest of the row.
     */
    static LocalDate textDate(String text) {
        int[] parts = new int[3];
        int[] widths = new int[3];
        char separator = 0;
        int part = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && widths[part] < 4) {
                parts[part] = parts[part] * 10 + (c - '0');
                widths[part]++;
            } else if ((c == '-' || c == '.' || c == '/') && (separator == 0 || c == separator) && widths[part] > 0
                    && part < 2) {
                separator = c;
                part++;
            } else {
                return null;
            }
        }
        try {
            if (part == 2 && widths[0] <= 2 && widths[1] <= 2 && widths[2] == 4) {
                return LocalDate.of(parts[2], parts[1], parts[0]);
            }
            if (part == 2 && separator == '-' && widths[0] == 4 && widths[1] == 2 && widths[2] == 2) {
                return LocalDate.of(parts[0], parts[1], parts[2]);
            }
        } catch (DateTimeException e) {
            // a day or month that does not exist: no date
        }
        return null;
    }
}
