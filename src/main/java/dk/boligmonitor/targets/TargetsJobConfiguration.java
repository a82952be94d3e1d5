package dk.boligmonitor.targets;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import dk.boligmonitor.warehouse.CountingStep;

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
        return CountingStep.of("evaluateCriteria", jobRepository, transactionManager, () -> {
            List<CriteriaEvaluator.Result> results = evaluator.evaluateAll(new WarehouseFacts(jdbcTemplate));
            log.info("Succeskriterier: {}", evaluator.store(results));
            return results.size();
        }, "Succeskriterier vurderet: {} i alt");
    }

    @Bean
    Step placeOnOfficialList(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             OfficialList officialList, JdbcTemplate jdbcTemplate) {
        return CountingStep.of("placeOnOfficialList", jobRepository, transactionManager,
                () -> officialList.place(new WarehouseFacts(jdbcTemplate)),
                "Listen over udsatte boligområder: {} områder × år vurderet");
    }

    @Bean
    Job targetsJob(JobRepository jobRepository, Step evaluateCriteria, Step placeOnOfficialList) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(evaluateCriteria)
                .next(placeOnOfficialList)
                .build();
    }
}
