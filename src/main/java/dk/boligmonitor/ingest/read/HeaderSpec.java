package dk.boligmonitor.ingest.read;

import java.util.ArrayList;
import java.util.List;

import dk.boligmonitor.config.SourceMapping;
import dk.boligmonitor.format.Messages;

/**
 * The columns a mapping needs, each with its aliases. The header is the first row (or pair of rows, for a
 * merged group heading) among the top rows that has all of them, so title rows above need no configuration.
 */
public record HeaderSpec(List<List<String>> columns) {

    /** How far down a header may sit below title rows. */
    public static final int SEARCH_ROWS = 30;

    /** Every column the mapping names must be in the header: a renamed column is a structural problem. */
    public static HeaderSpec of(SourceMapping mapping) {
        List<List<String>> columns = new ArrayList<>(mapping.columns().values());
        mapping.values().keySet().forEach(header -> columns.add(List.of(header)));
        return new HeaderSpec(columns);
    }

    public List<String> missing(HeaderRow header) {
        return columns.stream()
                .filter(names -> header.positions(names).isEmpty())
                .map(names -> names.get(0))
                .toList();
    }

    /** Whether a column the mapping needs answers in two places of the header (see HeaderRow.indexOf). */
    public boolean isAmbiguous(HeaderRow header) {
        return columns.stream().anyMatch(header::isAmbiguous);
    }

    /**
     * The clear message when no row qualified: the columns the most header-like row lacks, and how it was read
     * (the encoding and delimiter, or the sheet: a header no reading finds may be a file in another encoding).
     */
    public MissingColumnsException notFound(HeaderRow best, String readAs) {
        if (best == null) {
            return new MissingColumnsException(Messages.get("read.header.none_found", readAs),
                    columns.stream().map(names -> names.get(0)).toList());
        }
        List<String> missing = missing(best);
        String lacking = Messages.get(missing.size() == 1 ? "read.header.lacking.one" : "read.header.lacking.several",
                Listing.quoted(missing));
        return new MissingColumnsException(Messages.get("read.header.lacking", lacking, SEARCH_ROWS, best.rowNo(),
                shown(best.names()), readAs), missing);
    }

    /** A row of thousands of cells is no header; the message shows its start, not all of it. */
    private static String shown(List<String> names) {
        int shown = 12;
        return names.size() <= shown ? names.toString() : names.subList(0, shown).toString()
                .replaceFirst("]$", ", " + Messages.get("read.header.cells_in_all", names.size()) + "]");
    }
}
