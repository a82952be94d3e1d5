package dk.boligmonitor.ingest;

import java.util.ArrayList;
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
        List<Registration> registrations = jdbc.sql("SELECT file_id, file_path, status FROM source_file"
                + " WHERE file_name = ? ORDER BY file_id").param(fileName).query(Registration.class).list();
        List<String> paths = new ArrayList<>();
        for (Registration registration : registrations) {
            if (registration.status().equals(FileStatus.REFUSED)) {
                NOTES.forEach(table -> jdbc.sql("DELETE FROM " + table + " WHERE file_id = ?")
                        .param(registration.fileId()).update());
                jdbc.sql("DELETE FROM source_file WHERE file_id = ?").param(registration.fileId()).update();
                paths.add(registration.filePath());
            }
        }
        List<String> others = registrations.stream().map(Registration::status)
                .filter(status -> !status.equals(FileStatus.REFUSED)).distinct().sorted().toList();
        return new Forgotten(paths, others);
    }

    private record Registration(long fileId, String filePath, String status) {
    }
}
