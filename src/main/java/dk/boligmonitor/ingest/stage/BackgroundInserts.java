package dk.boligmonitor.ingest.stage;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.transaction.support.TransactionTemplate;

import dk.boligmonitor.format.Messages;

/**
 * A file's rows inserted by a thread of its own, a chunk at a time, each chunk in a transaction of its own,
 * while the step's thread reads and maps the next chunk: on H2 storing a row cost more than reading and mapping
 * it, and done in the step's thread the two took turns on one core. (PostgreSQL gets the same overlap from
 * {@link FileCopy}, the server storing while Java maps.) At most one chunk waits to be stored, so a file never
 * takes more memory than two chunks. The file stays all or nothing as with inserts in the step's own
 * transactions: it counts only once the load registry marks it LOADED, which waits for {@link #complete()}, and
 * the registry clears the rows of a refused or interrupted load.
 */
public final class BackgroundInserts implements FileStaging {

    private static final Future<?> STORED = CompletableFuture.completedFuture(null);

    private final TransactionTemplate transaction;
    private final ChunkInserts inserts;
    private ExecutorService thread;
    private Future<?> pending = STORED;

    public BackgroundInserts(TransactionTemplate transaction, ChunkInserts inserts) {
        this.transaction = transaction;
        this.inserts = inserts;
    }

    /** Waits for the chunk before to be stored, so that a database failure fails the step at the next chunk. */
    @Override
    public <T> void write(StagingTable<T> table, List<T> rows) {
        awaitPending();
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(runnable -> {
                Thread inserter = new Thread(runnable, Thread.currentThread().getName() + "-lagring");
                inserter.setDaemon(true);
                return inserter;
            });
        }
        pending = thread.submit(() -> transaction.executeWithoutResult(status -> inserts.write(table, rows)));
    }

    @Override
    public void complete() {
        try {
            awaitPending();
        } finally {
            stop();
        }
    }

    /** Waits for the chunk being stored, so the registry does not clear the file's rows while more arrive. */
    @Override
    public void discard() {
        try {
            awaitPending();
        } catch (StagingException e) {
            // the file is refused or failed already; what the database said about this chunk changes nothing
        } finally {
            stop();
        }
    }

    private void awaitPending() {
        try {
            pending.get();
            pending = STORED;
        } catch (ExecutionException e) {
            pending = STORED;
            throw new StagingException(Messages.get("stage.rows_refused", e.getCause().getMessage()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StagingException(Messages.get("stage.interrupted"), e);
        }
    }

    private void stop() {
        if (thread != null) {
            thread.shutdown();
            thread = null;
        }
    }
}
