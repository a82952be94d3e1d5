package dk.boligmonitor.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dk.boligmonitor.format.Messages;
import dk.boligmonitor.ingest.LoadRegistry.RegisteredFile;
import dk.boligmonitor.registry.FileStatus;

/**
 * Sets the loaded files of one source that hold figures for one year back to be loaded again from where they
 * were registered, so the next ingest reads them afresh (after a mapping was corrected, say). The load step
 * takes every pending file regardless of the inbox and clears the file's earlier rows first.
 */
@Component
public class Reloads {

    private final JdbcClient jdbc;
    private final LoadRegistry registry;
    private final TransactionTemplate transaction;

    Reloads(JdbcClient jdbc, LoadRegistry registry, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.transaction = transaction;
    }

    /**
     * Marks the files and returns them; none is marked when one of them is gone or has changed on disk,
     * because loading it would refuse it and so drop figures that are fine today, or load other content
     * under this file's fingerprint.
     */
    public List<RegisteredFile> markForReload(String source, int year) {
        List<RegisteredFile> files = jdbc.sql("""
                SELECT file_id
                  FROM source_file f
                 WHERE source = ? AND status = ?
                   AND EXISTS (SELECT 1 FROM source_file_year y WHERE y.file_id = f.file_id AND y.year = ?)
                 ORDER BY file_id
                """)
                .params(source, FileStatus.LOADED, year).query(Long.class).stream().map(registry::get).toList();
        for (RegisteredFile file : files) {
            Path path = Path.of(file.path());
            if (!Files.isRegularFile(path)) {
                throw new CannotReload(Messages.get("ingest.reload.gone", file.fileName(), path));
            }
            if (!FileRegistrar.sha256(path).equals(file.sha256())) {
                throw new CannotReload(Messages.get("ingest.reload.changed", file.fileName(), path));
            }
        }
        transaction.executeWithoutResult(status -> files.forEach(file ->
                jdbc.sql("UPDATE source_file SET status = ? WHERE file_id = ?")
                        .params(FileStatus.PENDING, file.id()).update()));
        return files;
    }

    /** A file that cannot be loaded again as it was: the message says which and why. */
    public static final class CannotReload extends RuntimeException {
        CannotReload(String message) {
            super(message);
        }
    }
}
