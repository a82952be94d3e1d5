package dk.boligmonitor.pipeline;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * The pipeline's job executions as the job repository keeps them: the newest, for the status command and the
 * console's runs page, and the one running now, with its steps' counts as far as they have come.
 */
@Component
public class RunHistory {

    private final JobRepository repository;
    private final List<Job> jobs;

    RunHistory(JobRepository repository, List<Job> jobs) {
        this.repository = repository;
        this.jobs = jobs;
    }

    /**
     * The newest executions of all jobs together. A job's newest executions belong to its newest instances
     * (only the last instance is ever restarted), so that many instances per job are enough to look at.
     */
    public List<JobExecution> latest(int count) {
        return jobs.stream()
                .flatMap(job -> repository.getJobInstances(job.getName(), 0, count).stream())
                .flatMap(instance -> repository.getJobExecutions(instance).stream())
                .sorted(Comparator.comparingLong(JobExecution::getId).reversed())
                .limit(count)
                .toList();
    }

    /**
     * The execution running now, in this process or another: a run goes through its jobs one at a time. A run
     * that was killed leaves its execution marked as running until the next run recovers it.
     */
    public Optional<JobExecution> running() {
        return jobs.stream()
                .flatMap(job -> repository.findRunningJobExecutions(job.getName()).stream())
                .max(Comparator.comparingLong(JobExecution::getId));
    }
}
