package dk.boligmonitor.cli;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts a job, or restarts it when its last run did not finish. A run killed with kill -9 leaves its
 * execution marked as running; since only one boligmonitor runs against a database at a time, such an
 * execution is recovered (marked failed) and restarted, so the steps that completed are not redone.
 */
@Component
class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobOperator operator;
    private final JobRepository repository;

    JobRunner(JobOperator operator, JobRepository repository) {
        this.operator = operator;
        this.repository = repository;
    }

    JobExecution run(Job job, JobParameters parameters) throws Exception {
        for (JobExecution stale : repository.findRunningJobExecutions(job.getName())) {
            log.warn("Kørsel {} af '{}' blev afbrudt uden at afslutte; den genoptages", stale.getId(), job.getName());
            operator.recover(stale);
        }
        JobExecution last = lastExecution(job.getName());
        if (last != null && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)
                && sameWork(last.getJobParameters(), parameters)) {
            log.info("Genstarter '{}' fra kørsel {}", job.getName(), last.getId());
            return operator.restart(last);
        }
        return operator.start(job, parameters);
    }

    private JobExecution lastExecution(String jobName) {
        List<JobInstance> instances = repository.getJobInstances(jobName, 0, 1);
        return instances.isEmpty() ? null : repository.getLastJobExecution(instances.get(0));
    }

    /**
     * A restart only makes sense for the same work: the same folders, or the same source and year of a rerun.
     * The run stamp differs by design.
     */
    private static boolean sameWork(JobParameters earlier, JobParameters now) {
        return work(earlier).equals(work(now));
    }

    private static Map<String, Object> work(JobParameters parameters) {
        return parameters.parameters().stream().filter(p -> !p.name().equals(PipelineRunner.RUN_STAMP))
                .collect(Collectors.toMap(JobParameter::name, JobParameter::value));
    }
}
