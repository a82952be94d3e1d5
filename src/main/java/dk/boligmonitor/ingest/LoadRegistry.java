package dk.boligmonitor.ingest;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The load registry: every file known by source and SHA-256, and what became of it. A file's rows only
 * count once it is LOADED, so a load that dies halfway leaves nothing the warehouse would read, and the
 * next run clears the leftovers and loads it again from the start.
 */
@Component
public class LoadRegistry {

    public static final String PENDING = "PENDING";
    public static final String LOADING = "LOADING";
    public static final String LOADED = "LOADED";
    public static final String REFUSED = "REFUSED";
    public static final String REPLACED = "REPLACED";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    LoadRegistry(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    public record RegisteredFile(long id, String source, String fileName, String path, String sha256, String status,
                                 String message) {
    }

    public Optional<RegisteredFile> find(String source, String sha256) {
        return jdbc.sql("SELECT file_id AS id, source, file_name, file_path AS path, sha256, status, message"
                        + " FROM source_file WHERE source = ? AND sha256 = ?")
                .params(source, sha256).query(RegisteredFile.class).optional();
    }

    public RegisteredFile get(long fileId) {
        return jdbc.sql("SELECT file_id AS id, source, file_name, file_path AS path, sha256, status, message"
                        + " FROM source_file WHERE file_id = ?")
                .param(fileId).query(RegisteredFile.class).single();
    }

    public void register(String source, Path file, String sha256, long size) {
        jdbc.sql("INSERT INTO source_file (source, file_name, file_path, sha256, size_bytes, status, registered_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(source, file.getFileName().toString(), file.toString(), sha256, size, PENDING,
                        LocalDateTime.now()).update();
    }

    /** A refused file is tried again: the data officer may have fixed the mapping since. */
    public void retry(long fileId, Path file) {
        jdbc.sql("UPDATE source_file SET status = ?, message = NULL, file_path = ? WHERE file_id = ?")
                .params(PENDING, file.toString(), fileId).update();
    }

    public List<Long> toLoad() {
        return jdbc.sql("SELECT file_id FROM source_file WHERE status IN (?, ?) ORDER BY file_id")
                .params(PENDING, LOADING).query(Long.class).list();
    }

    /** Clears whatever an earlier, interrupted attempt left of this file, in one transaction. */
    public void startLoading(long fileId) {
        transaction.executeWithoutResult(status -> {
            deleteRows(fileId, true);
            jdbc.sql("UPDATE source_file SET status = ?, message = NULL WHERE file_id = ?")
                    .params(LOADING, fileId).update();
        });
    }

    /**
     * Marks the file loaded with its counts; an earlier file of the same name and source is replaced, so a
     * revised extract updates the figures instead of adding to them.
     */
    public void loaded(long fileId, int read, int accepted, int rejected) {
        transaction.executeWithoutResult(status -> {
            RegisteredFile file = get(fileId);
            jdbc.sql("UPDATE source_file SET status = ?, message = ? WHERE source = ? AND file_name = ?"
                            + " AND status = ? AND file_id <> ?")
                    .params(REPLACED, "replaced by file " + fileId, file.source(), file.fileName(), LOADED, fileId)
                    .update();
            jdbc.sql("UPDATE source_file SET status = ?, rows_read = ?, rows_accepted = ?, rows_rejected = ?,"
                            + " loaded_at = ? WHERE file_id = ?")
                    .params(LOADED, read, accepted, rejected, LocalDateTime.now(), fileId).update();
        });
    }

    /** Nothing of a refused file stays, except its rejected rows: they say why. */
    public void refused(long fileId, String message, int read, int rejected) {
        transaction.executeWithoutResult(status -> {
            deleteRows(fileId, false);
            jdbc.sql("UPDATE source_file SET status = ?, message = ?, rows_read = ?, rows_accepted = 0,"
                            + " rows_rejected = ?, loaded_at = ? WHERE file_id = ?")
                    .params(REFUSED, message, read, rejected, LocalDateTime.now(), fileId).update();
        });
    }

    public int countRejectedRows(long fileId) {
        return jdbc.sql("SELECT COUNT(DISTINCT row_no) FROM rejected_row WHERE file_id = ?")
                .param(fileId).query(Integer.class).single();
    }

    private void deleteRows(long fileId, boolean rejectsToo) {
        jdbc.sql("DELETE FROM observation WHERE file_id = ?").param(fileId).update();
        jdbc.sql("DELETE FROM moveout WHERE file_id = ?").param(fileId).update();
        if (rejectsToo) {
            jdbc.sql("DELETE FROM rejected_row WHERE file_id = ?").param(fileId).update();
        }
    }
}
