package dk.boligmonitor.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;

import dk.boligmonitor.report.DanishFormat;

/** A progress line every few seconds while a large file loads: rows so far and the rate. */
class LoadProgress implements ChunkListener<SourceRow, MappedRow> {

    private static final Logger log = LoggerFactory.getLogger(LoadProgress.class);
    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final FileLoad load;
    private final long started = System.nanoTime();
    private long lastLogged = started;

    LoadProgress(FileLoad load) {
        this.load = load;
    }

    @Override
    public void afterChunk(Chunk<MappedRow> chunk) {
        long now = System.nanoTime();
        if (now - lastLogged >= INTERVAL_NANOS) {
            lastLogged = now;
            double seconds = (now - started) / 1e9;
            log.info("{}: {} rækker læst ({} rækker/s)", load.fileName(), DanishFormat.number(load.rowsRead(), 0),
                    DanishFormat.number(load.rowsRead() / seconds, 0));
        }
    }
}
