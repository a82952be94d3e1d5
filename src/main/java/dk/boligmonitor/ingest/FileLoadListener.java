package dk.boligmonitor.ingest;

import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.ingest.stage.FileStaging;
import dk.boligmonitor.ingest.stage.StagingException;

/**
 * Makes one file's load all or nothing: before the step, leftovers of an interrupted attempt are cleared;
 * after it, the file is LOADED with its counts, or REFUSED and its rows removed, when it broke structurally
 * or too large a share of its rows was rejected.
 */
class FileLoadListener implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(FileLoadListener.class);

    private final FileLoad load;
    private final FileStaging staging;
    private final LoadRegistry registry;
    private final double maxRejectedPercent;

    FileLoadListener(FileLoad load, FileStaging staging, LoadRegistry registry, double maxRejectedPercent) {
        this.load = load;
        this.staging = staging;
        this.registry = registry;
        this.maxRejectedPercent = maxRejectedPercent;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        registry.startLoading(load.fileId());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus() != BatchStatus.COMPLETED) {
            staging.discard();
            return null;
        }
        load.finish();
        int read = load.rowsRead();
        int rejected = registry.countRejectedRows(load.fileId());
        String refusal = refusal(load.refusal(), read, rejected, () -> registry.mostCommonRejection(load.fileId()),
                maxRejectedPercent);
        if (refusal == null) {
            refusal = complete();
        } else {
            staging.discard();
        }
        if (refusal != null) {
            registry.refused(load.fileId(), refusal, read, rejected);
            log.warn(Messages.get("ingest.file.refused", load.fileName(), refusal));
            return new ExitStatus("REFUSED", refusal);
        }
        registry.loaded(load.fileId(), read, rejected, load.skipped(), load.years(), load.moveoutCounts());
        int skipped = load.skipped().values().stream().mapToInt(Integer::intValue).sum();
        log.info(skipped > 0
                ? Messages.get("ingest.file.loaded_and_skipped", load.fileName(), read - rejected - skipped, rejected,
                        skipped)
                : Messages.get("ingest.file.loaded", load.fileName(), read - rejected, rejected));
        load.skipped().forEach((reason, rows) -> log.info(Messages.get("ingest.file.skipped", load.fileName(), rows,
                reason)));
        return null;
    }

    /**
     * Why a file read to the end is refused before its rows are stored, or null: a structural refusal met while
     * reading, too large a share of rejected rows, or no data rows at all. A preview judges by the same rule.
     */
    static String refusal(String structural, int read, int rejected, Supplier<Optional<String>> mostCommon,
                          double maxRejectedPercent) {
        if (structural != null) {
            return structural;
        }
        if (read > 0 && 100.0 * rejected / read > maxRejectedPercent) {
            String share = DanishFormat.number(100.0 * rejected / read, 1);
            String limit = DanishFormat.number(maxRejectedPercent, 0);
            return mostCommon.get()
                    .map(r -> Messages.get("ingest.refusal.too_many_rejected_most_often", rejected, read, share, limit,
                            r))
                    .orElseGet(() -> Messages.get("ingest.refusal.too_many_rejected", rejected, read, share, limit));
        }
        return read == 0 ? Messages.get("ingest.refusal.no_data_rows") : null;
    }

    /** The file's rows made permanent, or why the database would not take them. */
    private String complete() {
        try {
            staging.complete();
            return null;
        } catch (StagingException e) {
            return e.getMessage();
        }
    }
}
