package dk.boligmonitor.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import dk.boligmonitor.format.Messages;
import dk.boligmonitor.ingest.read.SourceRow;
import dk.boligmonitor.progress.Progress;

/**
 * While a file loads: which file of how many, rows so far, the rate and the time left from the share of the
 * file read. A line rewritten in place on a terminal, a log line every few seconds otherwise.
 */
class LoadProgress implements StepExecutionListener, ChunkListener<SourceRow, MappedRow> {

    private static final Logger log = LoggerFactory.getLogger(LoadProgress.class);

    private final FileLoad load;
    private Progress progress;
    private String file;

    LoadProgress(FileLoad load) {
        this.load = load;
    }

    /**
     * This file's place among the files the job set out to load: files of different sources load side by side,
     * so it counts the file steps of this run that began before this one.
     */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        int files = stepExecution.getJobExecution().getExecutionContext().getInt(IngestJobConfiguration.FILES_TO_LOAD, 0);
        String prefix = stepExecution.getStepName().substring(0, stepExecution.getStepName().indexOf(':') + 1);
        long before = stepExecution.getJobExecution().getStepExecutions().stream()
                .filter(s -> !prefix.isEmpty() && s.getStepName().startsWith(prefix) && s.getStartTime() != null)
                .filter(s -> s.getStartTime().isBefore(stepExecution.getStartTime())
                        || s.getStartTime().equals(stepExecution.getStartTime())
                        && s.getStepName().compareTo(stepExecution.getStepName()) < 0)
                .count();
        file = files > 1 ? Messages.get("ingest.progress.file", Math.min(before + 1, files), files, load.fileName())
                : load.fileName();
        progress = Progress.start(log, Messages.get("ingest.progress.rows"));
    }

    @Override
    public void afterChunk(Chunk<MappedRow> chunk) {
        progress.update(load.sheet() == null ? file : Messages.get("ingest.progress.sheet", file, load.sheet()),
                load.rowsRead(), load.shareRead());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        // null when the step failed before this listener started, e.g. clearing what an earlier attempt left
        if (progress != null) {
            progress.finish();
        }
        return null;
    }
}
