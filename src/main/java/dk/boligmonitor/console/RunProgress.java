package dk.boligmonitor.console;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.ingest.IngestJobConfiguration;
import dk.boligmonitor.report.ReportJobConfiguration;

/**
 * How far the running job has come, from its steps' counts in the job repository, which Spring Batch brings up to
 * date as each chunk commits. The work is done by partitions (a file of the ingest, a programme of the report),
 * and the step that runs them adds their counts up only when they are all done: while a job has partitions, only
 * they are counted. The ingest takes the files in rounds (the oldest waiting file of each source), so how many
 * are left is not known until the last round: the page says how many are done and how many are being loaded.
 * Figures are formatted the Danish way for the page.
 */
record RunProgress(String job, LocalDateTime started, List<Step> steps, long filesDone, long filesLoading,
                   String rowsRead, String rowsWritten, String rowsPerSecond, String reportsWritten) {

    /** One step, or one partition of a step ("loadFile:file12"), as far as it has come. */
    record Step(String name, BatchStatus status, String read, String written) {
    }

    private static final String PARTITION = ":";

    static RunProgress of(JobExecution execution, LocalDateTime now) {
        List<StepExecution> steps = execution.getStepExecutions().stream()
                .sorted(Comparator.comparingLong(StepExecution::getId)).toList();
        List<StepExecution> counted = steps.stream().anyMatch(RunProgress::partition)
                ? steps.stream().filter(RunProgress::partition).toList() : steps;
        List<StepExecution> files = steps.stream()
                .filter(step -> step.getStepName().startsWith(IngestJobConfiguration.FILE_STEP + PARTITION)).toList();
        long read = sum(counted, StepExecution::getReadCount);
        LocalDateTime started = execution.getStartTime() == null ? now : execution.getStartTime();
        double seconds = Math.max(1, Duration.between(started, now).toSeconds());
        String job = execution.getJobInstance().getJobName();
        return new RunProgress(job, started,
                steps.stream().map(step -> new Step(step.getStepName(), step.getStatus(),
                        number(step.getReadCount()), number(step.getWriteCount()))).toList(),
                files.stream().filter(step -> !step.getStatus().isRunning()).count(),
                files.stream().filter(step -> step.getStatus().isRunning()).count(),
                number(read), number(sum(counted, StepExecution::getWriteCount)),
                DanishFormat.number(read / seconds, 0),
                // a programme's partition counts each PDF it writes
                job.equals(ReportJobConfiguration.JOB_NAME) ? number(sum(counted, StepExecution::getWriteCount)) : null);
    }

    private static boolean partition(StepExecution step) {
        return step.getStepName().contains(PARTITION);
    }

    private static long sum(List<StepExecution> steps, ToLongFunction<StepExecution> count) {
        return steps.stream().mapToLong(count).sum();
    }

    private static String number(long count) {
        return DanishFormat.number(count, 0);
    }
}
