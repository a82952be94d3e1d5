package dk.boligmonitor.ingest.read;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** The raw rows of one CSV file or one sheet, blank ones included, in file order. */
interface RowStream extends Closeable {

    /** The next row, or null at the end of the file. */
    SourceRow read() throws IOException;

    /** What the reader found out about the file (encoding, delimiter, sheet), for the load log. */
    String description();

    /** The share of the file (of a workbook, the sheet's XML) read so far, 0 to 1, or NaN where not known. */
    default double shareRead() {
        return Double.NaN;
    }

    /** Whether a delimiter inside an unquoted value can split it and shift the values after it: text, not sheets. */
    default boolean isDelimitedText() {
        return false;
    }

    /** The workbook's sheets besides the one read, by name; none for a CSV file. */
    default List<String> otherSheets() {
        return List.of();
    }

    /** All the workbook's sheets by name, in workbook order, the one read among them; none for a CSV file. */
    default List<String> sheets() {
        return List.of();
    }

    /** The character between the values of a delimited text file; 0 for a sheet. */
    default char delimiter() {
        return 0;
    }

    /** Whether the file ends with a line break; false for a text file cut off after its last character. */
    default boolean endsWithLineBreak() {
        return true;
    }
}
