package dk.boligmonitor.ingest.read;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import dk.boligmonitor.format.Messages;

/**
 * A CSV file or a workbook sheet read row by row, never whole, below its header row. The header is the first
 * of the top rows that has every mapped column, so title rows above it need no configuration. Several sheets
 * of a workbook can be read as one file, one after another in workbook order, each below its own header; their
 * rows then name their sheet and come with their cells where the first sheet has their columns.
 */
public final class TabularFile implements Closeable {

    /** Opens one sheet of the workbook by name. */
    interface SheetOpener {
        RowStream open(String sheet) throws IOException;
    }

    private RowStream rows;
    private final HeaderRow header;
    /** The sheets read as one file, in workbook order; empty where the file is one table read as it is. */
    private final List<String> sheets;
    private final SheetOpener opener;
    private final HeaderSpec spec;
    /** What the reader found out about the file or its first sheet (encoding, delimiter, date system). */
    private final String firstDescription;
    private int sheetIndex;
    /** Where the current sheet has the first sheet's columns; null where it has them where the first has. */
    private int[] from;
    /** The last row read, blank or not: a cut-off text file shows in it. */
    private SourceRow last;

    private TabularFile(RowStream rows, HeaderRow header, List<String> sheets, SheetOpener opener, HeaderSpec spec) {
        this.rows = rows;
        this.header = header;
        this.sheets = sheets;
        this.opener = opener;
        this.spec = spec;
        this.firstDescription = rows.description();
    }

    static TabularFile open(RowStream rows, HeaderSpec spec) throws IOException {
        try {
            return new TabularFile(rows, findHeader(rows, spec), List.of(), null, spec);
        } catch (RuntimeException | IOException e) {
            rows.close();
            throw e;
        }
    }

    /**
     * The sheets as one file. Every sheet's header is found and compared with the first's before a row is read,
     * so that a sheet without a mapped column, or with other columns, refuses the file before any of it loads.
     */
    static TabularFile openSheets(SheetOpener opener, List<String> sheets, HeaderSpec spec) throws IOException {
        HeaderRow first = null;
        for (String sheet : sheets) {
            try (RowStream rows = opener.open(sheet)) {
                HeaderRow header = sheetHeader(rows, spec, sheet);
                if (first == null) {
                    first = header;
                } else {
                    layout(first, header, sheets.get(0), sheet);
                }
            }
        }
        RowStream rows = opener.open(sheets.get(0));
        try {
            return new TabularFile(rows, sheetHeader(rows, spec, sheets.get(0)), sheets, opener, spec);
        } catch (RuntimeException | IOException e) {
            rows.close();
            throw e;
        }
    }

    private static HeaderRow sheetHeader(RowStream rows, HeaderSpec spec, String sheet) throws IOException {
        try {
            return findHeader(rows, spec);
        } catch (FileRefusedException e) {
            throw new FileRefusedException(Messages.get("read.sheet.refused", sheet, e.getMessage()), e);
        }
    }

    /**
     * Where a later sheet has the first sheet's columns, found by name, as people reorder columns from year to
     * year; null where they stand in the same places. A sheet that lacks one of the first sheet's named columns
     * or has one more is refused: its rows would be read with a column less or a column unseen.
     */
    private static int[] layout(HeaderRow first, HeaderRow other, String firstSheet, String sheet) {
        List<String> wanted = normalized(first.names());
        List<String> have = normalized(other.names());
        if (wanted.equals(have)) {
            return null;
        }
        int[] from = new int[wanted.size()];
        BitSet used = new BitSet();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            from[i] = -1;
            for (int j = 0; j < have.size() && !wanted.get(i).isEmpty(); j++) {
                if (!used.get(j) && have.get(j).equals(wanted.get(i))) {
                    from[i] = j;
                    used.set(j);
                    break;
                }
            }
            if (from[i] < 0 && !wanted.get(i).isEmpty()) {
                missing.add("'" + first.names().get(i) + "'");
            }
        }
        List<String> extra = new ArrayList<>();
        for (int j = 0; j < have.size(); j++) {
            if (!used.get(j) && !have.get(j).isEmpty()) {
                extra.add("'" + other.names().get(j) + "'");
            }
        }
        if (!missing.isEmpty() || !extra.isEmpty()) {
            List<String> differences = new ArrayList<>();
            if (!missing.isEmpty()) {
                differences.add(Messages.get("read.sheet.lacks", String.join(", ", missing)));
            }
            if (!extra.isEmpty()) {
                differences.add(Messages.get("read.sheet.also_has", String.join(", ", extra)));
            }
            throw new FileRefusedException(Messages.get("read.sheet.other_columns", sheet, firstSheet,
                    String.join("; ", differences)));
        }
        return from;
    }

    /** Header names as they are compared, without the blank ones at the end. */
    private static List<String> normalized(List<String> names) {
        List<String> result = new ArrayList<>(names.stream().map(HeaderNames::normalize).toList());
        while (!result.isEmpty() && result.get(result.size() - 1).isEmpty()) {
            result.remove(result.size() - 1);
        }
        return result;
    }

    /** Whether the rows have the header among their top rows; used to find other sheets of the same layout. */
    static boolean hasHeader(RowStream rows, HeaderSpec spec) throws IOException {
        try {
            findHeader(rows, spec);
            return true;
        } catch (FileRefusedException e) {
            return false;
        }
    }

    private static HeaderRow findHeader(RowStream rows, HeaderSpec spec) throws IOException {
        HeaderRow best = null;
        int bestMissing = Integer.MAX_VALUE;
        SourceRow previous = null;
        SourceRow row;
        while ((row = rows.read()) != null && row.rowNo() <= HeaderSpec.SEARCH_ROWS) {
            if (row.isBlank()) {
                continue;
            }
            List<HeaderRow> candidates = previous == null ? List.of(HeaderRow.of(row))
                    : List.of(HeaderRow.of(row), HeaderRow.combine(previous, row));
            // a row with all the columns, one of them twice, is the header still: the mapping refuses it by name,
            // unless the group headings above tell the twins apart
            HeaderRow ambiguous = null;
            for (HeaderRow candidate : candidates) {
                int missing = spec.missing(candidate).size();
                if (missing == 0 && !spec.isAmbiguous(candidate)) {
                    return candidate;
                }
                if (missing == 0 && ambiguous == null) {
                    ambiguous = candidate;
                }
                if (missing < bestMissing) {
                    best = candidate;
                    bestMissing = missing;
                }
            }
            if (ambiguous != null) {
                return ambiguous;
            }
            previous = row;
        }
        throw spec.notFound(best, rows.description());
    }

    public HeaderRow header() {
        return header;
    }

    /** The next non-blank row below the header (of the next sheet, at the end of one), or null at the end. */
    public SourceRow next() throws IOException {
        while (true) {
            SourceRow row;
            while ((row = read()) != null) {
                last = row;
                if (!row.isBlank()) {
                    return sheets.isEmpty() ? row : row.inSheet(sheets.get(sheetIndex), from);
                }
            }
            requireComplete();
            if (sheetIndex + 1 >= sheets.size()) {
                return null;
            }
            rows.close();
            sheetIndex++;
            String sheet = sheets.get(sheetIndex);
            rows = opener.open(sheet);
            from = layout(header, sheetHeader(rows, spec, sheet), sheets.get(0), sheet);
            last = null;
        }
    }

    /** A refusal met inside one of several sheets names the sheet. */
    private SourceRow read() throws IOException {
        try {
            return rows.read();
        } catch (FileRefusedException e) {
            if (sheets.isEmpty()) {
                throw e;
            }
            throw new FileRefusedException(Messages.get("read.sheet.refused", sheets.get(sheetIndex), e.getMessage()),
                    e);
        }
    }

    /** The sheets read as one file, in workbook order; empty where the file is read as one table. */
    public List<String> sheets() {
        return sheets;
    }

    /** The sheet being read, of several; null where the file is read as one table. */
    public String sheet() {
        return sheets.isEmpty() ? null : sheets.get(sheetIndex);
    }

    /**
     * A text file whose last row stops short of the header's columns without a line break after it was cut off,
     * by an interrupted download say: its last figure may be cut too, and rows after it are lost. It is refused;
     * a complete last row without a final line break is fine.
     */
    private void requireComplete() {
        if (last == null || last.isBlank() || rows.endsWithLineBreak()) {
            return;
        }
        int width = header.names().size();
        while (width > 0 && header.names().get(width - 1).isBlank()) {
            width--;
        }
        if (last.cells().size() < width) {
            throw new FileRefusedException(Messages.get("read.file.incomplete", last.rowNo(), last.cells().size(),
                    width));
        }
    }

    public String description() {
        return sheets.size() <= 1 ? firstDescription
                : Messages.get("read.sheets.description", Listing.quoted(sheets), firstDescription);
    }

    /** Of several sheets, the share of the sheets read, each counted as an equal part. */
    public double shareRead() {
        return sheets.isEmpty() ? rows.shareRead() : (sheetIndex + rows.shareRead()) / sheets.size();
    }

    public boolean isDelimitedText() {
        return rows.isDelimitedText();
    }

    char delimiter() {
        return rows.delimiter();
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
