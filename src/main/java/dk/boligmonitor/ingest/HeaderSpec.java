package dk.boligmonitor.ingest;

import java.util.List;

/**
 * The columns a mapping needs, each with its aliases. The header is the first row among the top rows that
 * has all of them, so title rows above it need no configuration.
 */
public record HeaderSpec(List<List<String>> columns) {

    /** How far down a header may sit below title rows. */
    public static final int SEARCH_ROWS = 30;

    public List<String> missing(List<String> row) {
        return columns.stream()
                .filter(names -> HeaderNames.indexOf(row, names) < 0)
                .map(names -> names.get(0))
                .toList();
    }

    /** The clear message when no row qualified, naming the columns the most header-like row lacks. */
    public FileRefusedException notFound(List<String> bestRow) {
        if (bestRow == null) {
            return new FileRefusedException("the file is empty: no header row");
        }
        return new FileRefusedException("no header row with the mapped columns in the first " + SEARCH_ROWS
                + " rows; missing column(s) " + missing(bestRow) + " (closest row: " + bestRow + ")");
    }
}
