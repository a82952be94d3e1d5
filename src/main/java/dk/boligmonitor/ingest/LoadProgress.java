package dk.boligmonitor.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

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

    /** The job holds a step execution per file to load; those begun so far give this file's place. */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        String prefix = stepExecution.getStepName().substring(0, stepExecution.getStepName().indexOf(':') + 1);
        var files = stepExecution.getJobExecution().getStepExecutions().stream()
                .filter(s -> !prefix.isEmpty() && s.getStepName().startsWith(prefix)).toList();
        long begun = files.stream().filter(s -> s.getStartTime() != null).count();
        file = files.size() > 1 ? "Fil " + begun + " af " + files.size() + ", " + load.fileName() : load.fileName();
        progress = Progress.start(log, "rækker");
    }

    @Override
    public void afterChunk(Chunk<MappedRow> chunk) {
        progress.update(file, load.rowsRead(), load.shareRead());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        progress.finish();
        return null;
    }
}
