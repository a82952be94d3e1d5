package dk.boligmonitor.cli;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ApplicationContext;

/**
 * Listens to the pipeline's jobs and to the step that loads one file, and keeps per stage and per file what
 * Spring Batch counted (rows, start and end) and the peak heap. Attached to the jobs of the bench's own
 * application context only, so a normal run carries no listener.
 */
final class BenchStages implements JobExecutionListener, StepExecutionListener {

    /** The step the ingest job runs once per file, with the file's id in its execution context. */
    private static final String FILE_STEP = "loadFile";
    private static final String FILE_ID = "fileId";

    record Figures(String name, long rows, Duration time, long peakHeap) {

        double rowsPerSecond() {
            return time.isZero() ? 0 : rows * 1000.0 / time.toMillis();
        }
    }

    /** A stage and, for ingest, its files. */
    record Stage(Figures figures, List<Figures> files) {
    }

    private final LongFunction<String> fileNames;
    private final BenchHeap heap = new BenchHeap();
    private final List<Stage> stages = new ArrayList<>();
    private final Map<Long, Long> filePeaks = new HashMap<>();
    private long stagePeak;

    private BenchStages(LongFunction<String> fileNames) {
        this.fileNames = fileNames;
    }

    /** {@code fileNames} names a file by its id in the load registry. */
    static BenchStages attach(ApplicationContext context, LongFunction<String> fileNames) {
        BenchStages stages = new BenchStages(fileNames);
        for (Job job : context.getBeansOfType(Job.class).values()) {
            ((AbstractJob) job).registerJobExecutionListener(stages);
        }
        ((AbstractStep) context.getBean(FILE_STEP, Step.class)).registerStepExecutionListener(stages);
        return stages;
    }

    List<Stage> stages() {
        return stages;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        heap.takePeak();
        stagePeak = 0;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        stagePeak = Math.max(stagePeak, heap.takePeak());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        long peak = heap.takePeak();
        stagePeak = Math.max(stagePeak, peak);
        filePeaks.put(stepExecution.getId(), peak);
        return null;
    }

    /**
     * The ingest stage counts the rows read from its files; the others have no input rows and count what
     * their steps wrote (facts, judgements, PDFs).
     */
    @Override
    public void afterJob(JobExecution jobExecution) {
        stagePeak = Math.max(stagePeak, heap.takePeak());
        List<Figures> files = new ArrayList<>();
        long written = 0;
        for (StepExecution step : jobExecution.getStepExecutions()) {
            if (step.getExecutionContext().containsKey(FILE_ID) && step.getStepName().startsWith(FILE_STEP + ":")) {
                files.add(new Figures(fileNames.apply(step.getExecutionContext().getLong(FILE_ID)), step.getReadCount(),
                        between(step.getStartTime(), step.getEndTime()), filePeaks.getOrDefault(step.getId(), 0L)));
            } else if (!step.getStepName().contains(":")) {
                // a partition's step ("worker:partition") is counted by the step that split the work
                written += step.getWriteCount();
            }
        }
        long rows = files.isEmpty() ? written : files.stream().mapToLong(Figures::rows).sum();
        stages.add(new Stage(new Figures(jobExecution.getJobInstance().getJobName(), rows,
                between(jobExecution.getStartTime(), jobExecution.getEndTime()), stagePeak), files));
    }

    /** A job's end is stamped just before its listeners hear of it; should it not be, now is as good. */
    private static Duration between(LocalDateTime start, LocalDateTime end) {
        return start == null ? Duration.ZERO : Duration.between(start, end == null ? LocalDateTime.now() : end);
    }
}
