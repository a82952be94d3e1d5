package dk.boligmonitor.console;

import java.text.Normalizer;

/**
 * Text from a request as it may be shown, searched for and kept in the audit log: composed (a Mac sends "å" as
 * "a" and a ring), without control characters (PostgreSQL will not store a NUL, and a line break would forge a
 * line in a log).
 */
final class Printable {

    private Printable() {
    }

    static String text(String given) {
        String text = Normalizer.normalize(given == null ? "" : given, Normalizer.Form.NFC);
        return text.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
