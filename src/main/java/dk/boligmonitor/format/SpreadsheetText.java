package dk.boligmonitor.format;

/**
 * Text for a spreadsheet cell that comes from outside (file names, names in the configuration, values of files
 * sent in): Excel must show it, never run it.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /**
     * The text with a leading apostrophe when Excel would start a formula at its first character (tab and CR
     * included, as OWASP's CSV-injection note says), so it is shown as text.
     */
    public static String defused(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
