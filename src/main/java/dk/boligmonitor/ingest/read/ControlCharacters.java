package dk.boligmonitor.ingest.read;

import java.util.Locale;
import java.util.Optional;

import dk.boligmonitor.format.Messages;

/**
 * Control characters inside a value (a NUL byte, Ctrl-Z, the C1 block) come from a damaged file or a binary
 * column, never from a figure or a name. PostgreSQL will not store a NUL at all and fails the whole load; H2 would
 * store it unseen. The row is rejected instead, naming the column and the character, whichever reader (CSV or a
 * workbook's text cells) and whichever database. Tab, CR and LF are text: quoted CSV fields and Excel cells with
 * line breaks hold them.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The first cell of the row with a control character, as a rejection; empty when the row has none. */
    public static Optional<Rejection> find(SourceRow row, HeaderRow header) {
        for (int column = 0; column < row.cells().size(); column++) {
            String cell = row.cell(column);
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (isControl(c)) {
                    String name = column < header.names().size() && !header.names().get(column).isBlank()
                            ? header.names().get(column) : Messages.get("read.column.numbered", column + 1);
                    return Optional.of(new Rejection(row.rowNo(), name, shown(cell), Messages.get(
                            "read.cell.control_character", String.format(Locale.ROOT, "%04X", (int) c))));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isControl(char c) {
        // C0 but tab, LF and CR; DEL and C1 (U+007F–U+009F): Character.getType's CONTROL, without its lookup
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F;
    }

    /** The value as it can be stored and shown: each control character as U+FFFD. */
    private static String shown(String cell) {
        StringBuilder shown = new StringBuilder(cell.length());
        cell.chars().forEach(c -> shown.append(isControl((char) c) ? '\uFFFD' : (char) c));
        return shown.toString();
    }
}
