package dk.boligmonitor.ingest.stage;

import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows as one JDBC batch of inserts per table, in the current transaction (a chunk's, the inserting thread's of
 * {@link BackgroundInserts}, or the load registry's when it marks the file loaded): the portable way, used for a
 * file's rows on H2, and everywhere for rejected rows and for what a loaded file is noted to give. A refused
 * file's rows are removed by the load registry.
 */
public final class ChunkInserts {

    private final JdbcTemplate jdbc;
    private final long fileId;

    public ChunkInserts(JdbcTemplate jdbc, long fileId) {
        this.jdbc = jdbc;
        this.fileId = fileId;
    }

    public <T> void write(StagingTable<T> table, List<T> rows) {
        String placeholders = String.join(", ", Collections.nCopies(table.width(), "?"));
        jdbc.batchUpdate("INSERT INTO " + table.name() + " (" + table.columnList() + ") VALUES (" + placeholders + ")",
                rows, rows.size(), (statement, row) -> {
                    statement.setLong(1, fileId);
                    int index = 2;
                    for (Function<T, Object> value : table.values()) {
                        statement.setObject(index++, value.apply(row));
                    }
                });
    }
}
