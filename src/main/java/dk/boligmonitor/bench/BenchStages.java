package dk.boligmonitor.bench;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ApplicationContext;

import dk.boligmonitor.ingest.IngestJobConfiguration;
import dk.boligmonitor.report.ReportJobConfiguration;

/**
 * Listens to the pipeline's jobs and to the step that loads one file, and keeps per stage and per file what
 * Spring Batch counted (rows, commits, start and end), the time its job repository took, and the peak heap.
 * Attached to the jobs of the bench's own application context only, so a normal run carries no listener.
 */
final class BenchStages implements JobExecutionListener, BenchBookkeeping.StepEvents {

    /** A partition of the step the ingest job runs once per file, with the file's id in its execution context. */
    private static final String FILE_PARTITION = IngestJobConfiguration.FILE_STEP + ":";

    /**
     * {@code bookkeeping} is the time spent in Spring Batch's job repository; commits (for a stage) and peak heap
     * (for a report step) are 0 where they are not counted.
     */
    record Figures(String name, long rows, long commits, Duration time, Duration bookkeeping, long peakHeap) {

        double rowsPerSecond() {
            return time.isZero() ? 0 : rows * 1000.0 / time.toMillis();
        }

        double bookkeepingPercent() {
            return time.isZero() ? 0 : 100.0 * bookkeeping.toNanos() / time.toNanos();
        }
    }

    /** A stage and, for ingest its files, for report its steps. */
    record Stage(Figures figures, List<Figures> parts) {
    }

    private final LongFunction<String> fileNames;
    private final BenchBookkeeping bookkeeping;
    private final BenchHeap heap = new BenchHeap();
    private final List<Stage> stages = new ArrayList<>();
    private final Map<Long, Long> filePeaks = new HashMap<>();
    private long stagePeak;
    private long bookkeepingAtStart;

    private BenchStages(LongFunction<String> fileNames, BenchBookkeeping bookkeeping) {
        this.fileNames = fileNames;
        this.bookkeeping = bookkeeping;
    }

    /** {@code fileNames} names a file by its id in the load registry. */
    static BenchStages attach(ApplicationContext context, LongFunction<String> fileNames,
                              BenchBookkeeping bookkeeping) {
        BenchStages stages = new BenchStages(fileNames, bookkeeping);
        for (Job job : context.getBeansOfType(Job.class).values()) {
            ((AbstractJob) job).registerJobExecutionListener(stages);
        }
        bookkeeping.tell(stages);
        return stages;
    }

    List<Stage> stages() {
        return stages;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        heap.takePeak();
        stagePeak = 0;
        bookkeepingAtStart = bookkeeping.totalNanos();
    }

    /** A file's peak heap is the peak between its start and its end. */
    @Override
    public void started(StepExecution step) {
        if (step.getStepName().startsWith(FILE_PARTITION)) {
            stagePeak = Math.max(stagePeak, heap.takePeak());
        }
    }

    @Override
    public void ended(StepExecution step) {
        if (step.getStepName().startsWith(FILE_PARTITION)) {
            long peak = heap.takePeak();
            stagePeak = Math.max(stagePeak, peak);
            filePeaks.put(step.getId(), peak);
        }
    }

    /**
     * The ingest stage counts the rows read from its files; the others have no input rows and count what
     * their steps wrote (facts, judgements, PDFs). A stage's bookkeeping is every repository call while its
     * job ran; a file's or step's only the calls on its own step execution.
     */
    @Override
    public void afterJob(JobExecution jobExecution) {
        stagePeak = Math.max(stagePeak, heap.takePeak());
        String job = jobExecution.getJobInstance().getJobName();
        List<Figures> files = new ArrayList<>();
        List<Figures> steps = new ArrayList<>();
        long written = 0;
        for (StepExecution step : jobExecution.getStepExecutions()) {
            if (step.getExecutionContext().containsKey(IngestJobConfiguration.FILE_ID)
                    && step.getStepName().startsWith(FILE_PARTITION)) {
                files.add(figures(fileNames.apply(step.getExecutionContext().getLong(IngestJobConfiguration.FILE_ID)),
                        step.getReadCount(),
                        step, filePeaks.getOrDefault(step.getId(), 0L)));
            } else if (!step.getStepName().contains(":")) {
                // a partition's step ("worker:partition") is counted by the step that split the work
                written += step.getWriteCount();
                steps.add(figures(step.getStepName(), step.getWriteCount(), step, 0));
            }
        }
        long rows = files.isEmpty() ? written : files.stream().mapToLong(Figures::rows).sum();
        Duration spent = Duration.ofNanos(bookkeeping.totalNanos() - bookkeepingAtStart);
        // besides ingest's files, the report stage shows its steps one by one: its chunk size is a choice too
        stages.add(new Stage(new Figures(job, rows, 0, between(jobExecution.getStartTime(), jobExecution.getEndTime()),
                spent, stagePeak), job.equals(ReportJobConfiguration.JOB_NAME) ? steps : files));
    }

    private Figures figures(String name, long rows, StepExecution step, long peak) {
        return new Figures(name, rows, step.getCommitCount(), between(step.getStartTime(), step.getEndTime()),
                Duration.ofNanos(bookkeeping.stepNanos(step.getId())), peak);
    }

    /** A job's end is stamped just before its listeners hear of it; should it not be, now is as good. */
    private static Duration between(LocalDateTime start, LocalDateTime end) {
        return start == null ? Duration.ZERO : Duration.between(start, end == null ? LocalDateTime.now() : end);
    }
}
