package dk.boligmonitor.targets;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import dk.boligmonitor.batch.CountingStep;
import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.registry.Rebuilds;
import dk.boligmonitor.rules.Status;

/**
 * The targets job: when facts changed since the criteria were last judged, evaluate every success criterion
 * against the warehouse, replacing the last evaluation, then place each area on the official list from the
 * shared criteria sets, and note that the criteria are judged.
 */
@Configuration
public class TargetsJobConfiguration {

    public static final String JOB_NAME = "targets";
    private static final String DUE = "DUE";
    private static final Logger log = LoggerFactory.getLogger(TargetsJobConfiguration.class);

    /** Criteria are judged from facts alone: when no fact changed since they were last judged, they stand. */
    @Bean
    JobExecutionDecider criteriaDue(Rebuilds rebuilds) {
        return (jobExecution, stepExecution) -> {
            if (rebuilds.criteriaDue()) {
                return new FlowExecutionStatus(DUE);
            }
            log.info(Messages.get("targets.criteria_stand"));
            return FlowExecutionStatus.COMPLETED;
        };
    }

    @Bean
    Step evaluateCriteria(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          CriteriaEvaluator evaluator, JdbcTemplate jdbcTemplate) {
        return CountingStep.of("evaluateCriteria", jobRepository, transactionManager, parameters -> {
            List<CriteriaEvaluator.Result> results = evaluator.evaluateAll(new WarehouseFacts(jdbcTemplate));
            log.info(Messages.get("targets.criteria_counted", counted(evaluator.store(results))));
            return results.size();
        }, written -> Messages.get("targets.step.criteria", written));
    }

    /** How many criteria got each status, in the board's words: "12 opfyldt, 3 ikke opfyldt". */
    private static String counted(Map<Status, Integer> counts) {
        return counts.entrySet().stream().map(count -> Messages.get("targets.criteria_count", count.getValue(),
                count.getKey().danish().toLowerCase(DanishFormat.DANISH))).collect(Collectors.joining(", "));
    }

    @Bean
    Step placeOnOfficialList(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             OfficialList officialList, JdbcTemplate jdbcTemplate) {
        return CountingStep.of("placeOnOfficialList", jobRepository, transactionManager,
                parameters -> officialList.place(new WarehouseFacts(jdbcTemplate)),
                written -> Messages.get("targets.step.official_list", written));
    }

    @Bean
    Step criteriaJudged(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        Rebuilds rebuilds) {
        return CountingStep.of("criteriaJudged", jobRepository, transactionManager, parameters -> {
            rebuilds.criteriaJudged();
            return 0;
        }, written -> Messages.get("targets.step.judged"));
    }

    @Bean
    Job targetsJob(JobRepository jobRepository, JobExecutionDecider criteriaDue, Step evaluateCriteria,
                   Step placeOnOfficialList, Step criteriaJudged) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(criteriaDue).on(DUE).to(evaluateCriteria)
                .from(criteriaDue).on("*").end()
                .from(evaluateCriteria).next(placeOnOfficialList).next(criteriaJudged)
                .end()
                .build();
    }
}
