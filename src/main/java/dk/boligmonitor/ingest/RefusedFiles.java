package dk.boligmonitor.ingest;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dk.boligmonitor.registry.FileStatus;

/**
 * Refused files the data officer has dealt with, taken off the load registry so that status no longer lists
 * them. Only a refused file can be forgotten: none of its rows counts anywhere, so nothing else changes. A file
 * still lying in the inbox is registered, and refused, again on the next run.
 */
@Component
public class RefusedFiles {

    /** The tables that note something of a file beside its registration. */
    private static final List<String> NOTES = List.of("rejected_row", "skipped_row_count", "source_file_year",
            "moveout_count");

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    RefusedFiles(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** What was forgotten: where each registration of the name had the file (one per mapping that read it). */
    public record Forgotten(List<String> paths, List<String> otherStatuses) {
    }

    public Forgotten forget(String fileName) {
        return transaction.execute(status -> forgetNow(fileName));
    }

    private Forgotten forgetNow(String fileName) {
        List<Long> refused = jdbc.sql("SELECT file_id FROM source_file WHERE file_name = ? AND status = ?")
                .params(fileName, FileStatus.REFUSED).query(Long.class).list();
        List<String> paths = jdbc.sql("SELECT file_path FROM source_file WHERE file_name = ? AND status = ?"
                + " ORDER BY file_id").params(fileName, FileStatus.REFUSED).query(String.class).list();
        List<String> others = jdbc.sql("SELECT DISTINCT status FROM source_file WHERE file_name = ? AND status <> ?"
                + " ORDER BY status").params(fileName, FileStatus.REFUSED).query(String.class).list();
        for (long fileId : refused) {
            NOTES.forEach(table -> jdbc.sql("DELETE FROM " + table + " WHERE file_id = ?").param(fileId).update());
            jdbc.sql("DELETE FROM source_file WHERE file_id = ?").param(fileId).update();
        }
        return new Forgotten(paths, others);
    }
}
