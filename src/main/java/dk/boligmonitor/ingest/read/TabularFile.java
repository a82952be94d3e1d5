package dk.boligmonitor.ingest.read;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * A CSV file or a workbook sheet read row by row, never whole, below its header row. The header is the first
 * of the top rows that has every mapped column, so title rows above it need no configuration.
 */
public final class TabularFile implements Closeable {

    private final RowStream rows;
    private final HeaderRow header;
    /** The last row read, blank or not: a cut-off text file shows in it. */
    private SourceRow last;

    private TabularFile(RowStream rows, HeaderRow header) {
        this.rows = rows;
        this.header = header;
    }

    static TabularFile open(RowStream rows, HeaderSpec spec) throws IOException {
        try {
            return new TabularFile(rows, findHeader(rows, spec));
        } catch (RuntimeException | IOException e) {
            rows.close();
            throw e;
        }
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
        // the encoding and delimiter read with: a header no reading finds may be a file in another encoding
        throw spec.notFound(best, " (læst som " + rows.description() + ")");
    }

    public HeaderRow header() {
        return header;
    }

    /** The next non-blank row below the header, or null at the end. */
    public SourceRow next() throws IOException {
        SourceRow row;
        while ((row = rows.read()) != null) {
            last = row;
            if (!row.isBlank()) {
                return row;
            }
        }
        requireComplete();
        return null;
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
            throw new FileRefusedException("filen er ufuldstændig: den sidste række (række " + last.rowNo() + ") har "
                    + last.cells().size() + " af overskriftens " + width + " kolonner og intet linjeskift til sidst"
                    + " (blev overførslen afbrudt? Hent filen igen)");
        }
    }

    public String description() {
        return rows.description();
    }

    public double shareRead() {
        return rows.shareRead();
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
