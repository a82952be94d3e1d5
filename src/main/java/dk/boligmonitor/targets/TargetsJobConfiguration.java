package dk.boligmonitor.targets;

import java.util.List;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The targets job: evaluate every success criterion against the warehouse, replacing the last evaluation,
 * then place each area on the official list from the shared criteria sets.
 */
@Configuration
public class TargetsJobConfiguration {

    public static final String JOB_NAME = "targets";
    private static final Logger log = LoggerFactory.getLogger(TargetsJobConfiguration.class);

    @Bean
    Step evaluateCriteria(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          CriteriaEvaluator evaluator, JdbcTemplate jdbcTemplate) {
        return new StepBuilder("evaluateCriteria", jobRepository)
                .tasklet((contribution, context) -> {
                    List<CriteriaEvaluator.Result> results = evaluator.evaluateAll(new WarehouseFacts(jdbcTemplate));
                    Map<Status, Integer> counts = evaluator.store(results);
                    contribution.incrementWriteCount(results.size());
                    log.info("Succeskriterier vurderet: {}", counts);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step placeOnOfficialList(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             OfficialList officialList, JdbcTemplate jdbcTemplate) {
        return new StepBuilder("placeOnOfficialList", jobRepository)
                .tasklet((contribution, context) -> {
                    int placed = officialList.place(new WarehouseFacts(jdbcTemplate));
                    contribution.incrementWriteCount(placed);
                    log.info("Listen over udsatte boligområder: {} områder × år vurderet", placed);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Job targetsJob(JobRepository jobRepository, Step evaluateCriteria, Step placeOnOfficialList) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(evaluateCriteria)
                .next(placeOnOfficialList)
                .build();
    }
}
