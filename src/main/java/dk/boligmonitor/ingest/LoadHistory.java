package dk.boligmonitor.ingest;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the load registry remembers, read only: the files and what became of them, and the rows refused. */
@Component
public class LoadHistory {

    private final JdbcClient jdbc;

    LoadHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One registration: a file as read by one mapping; the counts are null until a load has finished. */
    public record KnownFile(String fileName, String source, String status, LocalDateTime loadedAt, Integer rowsRead,
                            Integer rowsAccepted, Integer rowsRejected, String message) {
    }

    /** Rows of a loaded file that give no figure, and why (see {@code skipped_row_count}). */
    public record SkippedRows(String fileName, String source, String reason, int rows) {
    }

    /** A rejected row; its sheet is null but where the file's mapping reads several sheets as one file. */
    public record RejectedRow(String fileName, String sheet, int rowNo, String columnName, String cellValue,
                              String reason) {
    }

    public List<KnownFile> files() {
        return jdbc.sql("""
                SELECT file_name, source, status, loaded_at, rows_read, rows_accepted, rows_rejected, message
                  FROM source_file
                 ORDER BY file_name, source, file_id
                """)
                .query(KnownFile.class).list();
    }

    public List<SkippedRows> skippedRows() {
        return jdbc.sql("SELECT f.file_name, f.source, s.reason, s.row_count AS rows FROM skipped_row_count s"
                        + " JOIN source_file f ON f.file_id = s.file_id ORDER BY f.file_name, f.source, s.reason")
                .query(SkippedRows.class).list();
    }

    /**
     * Which rejected rows to list: those whose file name, column and reason contain these texts (any case); an
     * empty text asks nothing of its field, so rows without a column are listed too.
     */
    public record RejectsFilter(String fileName, String column, String reason) {

        public RejectsFilter {
            fileName = fileName == null ? "" : fileName.strip();
            column = column == null ? "" : column.strip();
            reason = reason == null ? "" : reason.strip();
        }

        public static RejectsFilter ofFile(String fileNameContains) {
            return new RejectsFilter(fileNameContains, "", "");
        }
    }

    /** The rejected rows of the files whose name contains the given text (any case), newest load first. */
    public List<RejectedRow> rejectedRows(String fileNameContains) {
        return rejectedRows(RejectsFilter.ofFile(fileNameContains));
    }

    /** The rejected rows the filter asks for, newest load first. */
    public List<RejectedRow> rejectedRows(RejectsFilter filter) {
        return rejected(filter, "");
    }

    /** The first {@code limit} of them, for a page that shows that many. */
    public List<RejectedRow> rejectedRows(RejectsFilter filter, int limit) {
        return rejected(filter, " FETCH FIRST " + limit + " ROWS ONLY");
    }

    public int countRejectedRows(RejectsFilter filter) {
        Conditions where = Conditions.of(filter);
        return jdbc.sql("SELECT COUNT(*) FROM rejected_row r JOIN source_file f ON f.file_id = r.file_id" + where.sql())
                .params(where.params()).query(Integer.class).single();
    }

    private List<RejectedRow> rejected(RejectsFilter filter, String limit) {
        return rejected(Conditions.of(filter), limit);
    }

    private List<RejectedRow> rejected(Conditions where, String limit) {
        return jdbc.sql("SELECT f.file_name, r.sheet, r.row_no, r.column_name, r.cell_value, r.reason"
                        + " FROM rejected_row r JOIN source_file f ON f.file_id = r.file_id" + where.sql()
                        + " ORDER BY f.loaded_at DESC, f.file_id DESC, r.rejected_id" + limit)
                .params(where.params()).query(RejectedRow.class).list();
    }

    /** A WHERE clause and its parameters; a filter's has a LIKE for each text it holds. */
    private record Conditions(String sql, List<?> params) {

        static Conditions of(RejectsFilter filter) {
            List<String> clauses = new ArrayList<>();
            List<String> params = new ArrayList<>();
            Map.of("f.file_name", filter.fileName(), "r.column_name", filter.column(), "r.reason", filter.reason())
                    .forEach((column, text) -> {
                        if (!text.isEmpty()) {
                            clauses.add("LOWER(" + column + ") LIKE ? ESCAPE '!'");
                            params.add("%" + likeLiteral(text.toLowerCase(Locale.ROOT)) + "%");
                        }
                    });
            return new Conditions(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
        }
    }

    /** The rejected rows of the files loaded (or refused) since a moment: a run's own, for its data officer. */
    public List<RejectedRow> rejectedRowsSince(LocalDateTime since) {
        return rejected(new Conditions(" WHERE f.loaded_at >= ?", List.of(since)), "");
    }

    /** File names may hold the LIKE wildcards themselves: "_" is common in exports. */
    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
