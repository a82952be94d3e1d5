package dk.boligmonitor.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * A CSV file or a workbook sheet read row by row, never whole, below its header row. The header is the first
 * of the top rows that has every mapped column, so title rows above it need no configuration.
 */
public final class TabularFile implements Closeable {

    private final RowStream rows;
    private final SourceRow header;

    private TabularFile(RowStream rows, SourceRow header) {
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

    private static SourceRow findHeader(RowStream rows, HeaderSpec spec) throws IOException {
        SourceRow best = null;
        int bestMissing = Integer.MAX_VALUE;
        SourceRow row;
        while ((row = rows.read()) != null && row.rowNo() <= HeaderSpec.SEARCH_ROWS) {
            int missing = spec.missing(row.cells()).size();
            if (missing == 0) {
                return row;
            }
            if (missing < bestMissing && !row.isBlank()) {
                best = row;
                bestMissing = missing;
            }
        }
        throw spec.notFound(best == null ? null : best.cells());
    }

    public List<String> header() {
        return header.cells();
    }

    public int headerRowNo() {
        return header.rowNo();
    }

    /** The next non-blank row below the header, or null at the end. */
    public SourceRow next() throws IOException {
        SourceRow row;
        while ((row = rows.read()) != null) {
            if (!row.isBlank()) {
                return row;
            }
        }
        return null;
    }

    public String description() {
        return rows.description();
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
