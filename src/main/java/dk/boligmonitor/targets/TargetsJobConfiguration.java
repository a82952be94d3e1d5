package dk.boligmonitor.targets;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The targets job: evaluate every success criterion against the warehouse, replacing the last evaluation. */
@Configuration
public class TargetsJobConfiguration {

    public static final String JOB_NAME = "targets";
    private static final Logger log = LoggerFactory.getLogger(TargetsJobConfiguration.class);

    @Bean
    Step evaluateCriteria(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          CriteriaEvaluator evaluator) {
        return new StepBuilder("evaluateCriteria", jobRepository)
                .tasklet((contribution, context) -> {
                    Map<Status, Integer> counts = evaluator.evaluateAll();
                    contribution.incrementWriteCount(counts.values().stream().mapToInt(Integer::intValue).sum());
                    log.info("Succeskriterier vurderet: {}", counts);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Job targetsJob(JobRepository jobRepository, Step evaluateCriteria) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(evaluateCriteria)
                .build();
    }
}
