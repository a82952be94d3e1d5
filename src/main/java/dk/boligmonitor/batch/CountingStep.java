package dk.boligmonitor.batch;

import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A step that recomputes one thing in one transaction and says how many rows it wrote, in the step's
 * write count (visible in `status`) and in one log line.
 */
public final class CountingStep {

    private static final Logger log = LoggerFactory.getLogger(CountingStep.class);

    private CountingStep() {
    }

    /**
     * {@code work} gets the job's parameters (the years to rebuild, say); {@code done} makes the log line from
     * the count, e.g. {@code written -> Messages.get("warehouse.step.sourced_facts", written)}.
     */
    public static Step of(String name, JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          ToIntFunction<JobParameters> work, IntFunction<String> done) {
        return new StepBuilder(name, jobRepository)
                .tasklet((contribution, context) -> {
                    int written = work.applyAsInt(contribution.getStepExecution().getJobParameters());
                    contribution.incrementWriteCount(written);
                    log.info(done.apply(written));
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }
}
