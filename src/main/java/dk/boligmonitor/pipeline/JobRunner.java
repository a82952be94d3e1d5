package dk.boligmonitor.pipeline;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import dk.boligmonitor.format.Messages;

/**
 * Starts a job, or restarts it when its last run did not finish. A run killed with kill -9 leaves its
 * execution marked as running; since only one boligmonitor runs against a database at a time, such an
 * execution is recovered (marked failed) and restarted, so the steps that completed are not redone. What the
 * killed run was writing may have left the embedded database's indexes astray; they are built again first.
 */
@Component
class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final KilledRunRepair repair;

    JobRunner(JobOperator operator, JobRepository repository, KilledRunRepair repair) {
        this.operator = operator;
        this.repository = repository;
        this.repair = repair;
    }

    JobExecution run(Job job, JobParameters parameters) throws Exception {
        recoverInterrupted();
        JobExecution last = lastExecution(job.getName());
        if (last != null && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)
                && sameWork(last.getJobParameters(), parameters)) {
            log.info(Messages.get("pipeline.restarting", job.getName(), last.getId()));
            return operator.restart(last);
        }
        return operator.start(job, parameters);
    }

    /**
     * Starts the job afresh even when its last run failed: for work that prepares itself again each time, as a
     * rerun does by setting its files back to be loaded. Resuming would skip the files the failed run finished.
     */
    JobExecution start(Job job, JobParameters parameters) throws Exception {
        recoverInterrupted();
        return operator.start(job, parameters);
    }

    /**
     * Recovers the executions a killed run left running, of every job, before this one writes anything: the
     * tables are built again once, whichever job the kill stopped.
     */
    private void recoverInterrupted() {
        List<JobExecution> interrupted = repository.getJobNames().stream()
                .flatMap(name -> repository.findRunningJobExecutions(name).stream()).toList();
        if (!interrupted.isEmpty()) {
            repair.rebuildTables();
        }
        for (JobExecution stale : interrupted) {
            log.warn(Messages.get("pipeline.interrupted", stale.getId(), stale.getJobInstance().getJobName()));
            operator.recover(stale);
        }
    }

    private JobExecution lastExecution(String jobName) {
        List<JobInstance> instances = repository.getJobInstances(jobName, 0, 1);
        return instances.isEmpty() ? null : repository.getLastJobExecution(instances.get(0));
    }

    /** A restart only makes sense for the same folders; the run stamp differs by design. */
    private static boolean sameWork(JobParameters earlier, JobParameters now) {
        return java.util.Objects.equals(earlier.getString(PipelineRunner.DATA), now.getString(PipelineRunner.DATA))
                && java.util.Objects.equals(earlier.getString(PipelineRunner.OUT), now.getString(PipelineRunner.OUT));
    }
}
