package dk.boligmonitor.warehouse;

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

import dk.boligmonitor.config.MonitorConfig;

/**
 * The warehouse job: dimensions from jobs/, then the facts the loaded files give, the move-out rates, the
 * programme totals, which figures are too small to show, and the change from year to year. Every step recomputes from what is loaded, so running it again changes nothing.
 */
@Configuration
public class WarehouseJobConfiguration {

    public static final String JOB_NAME = "warehouse";
    private static final Logger log = LoggerFactory.getLogger(WarehouseJobConfiguration.class);

    @Bean
    Step loadDimensions(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        DimensionLoader dimensions, MonitorConfig config) {
        return new StepBuilder("loadDimensions", jobRepository)
                .tasklet((contribution, context) -> {
                    dimensions.load(config);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step buildSourcedFacts(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      SourcedFacts facts) {
        return new StepBuilder("buildSourcedFacts", jobRepository)
                .tasklet((contribution, context) -> {
                    int written = facts.rebuild();
                    contribution.incrementWriteCount(written);
                    log.info("Tal fra filer: {} fakta", written);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step buildMoveoutRates(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      MoveoutRates rates) {
        return new StepBuilder("buildMoveoutRates", jobRepository)
                .tasklet((contribution, context) -> {
                    int written = rates.build();
                    contribution.incrementWriteCount(written);
                    log.info("Fraflytningsprocenter: {} fakta", written);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step buildProgrammeTotals(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         ProgrammeTotals totals) {
        return new StepBuilder("buildProgrammeTotals", jobRepository)
                .tasklet((contribution, context) -> {
                    int written = totals.build();
                    contribution.incrementWriteCount(written);
                    log.info("Programmernes samlede tal: {} fakta", written);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step controlDisclosure(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           DisclosureControl disclosure) {
        return new StepBuilder("controlDisclosure", jobRepository)
                .tasklet((contribution, context) -> {
                    int hidden = disclosure.apply();
                    contribution.incrementWriteCount(hidden);
                    log.info("Diskretionering: {} tal skjules i rapporterne (for få personer)", hidden);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step computeYearOnYearChange(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                 YearOnYearChange change) {
        return new StepBuilder("computeYearOnYearChange", jobRepository)
                .tasklet((contribution, context) -> {
                    contribution.incrementWriteCount(change.compute());
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Job warehouseJob(JobRepository jobRepository, Step loadDimensions, Step buildSourcedFacts, Step buildMoveoutRates,
                     Step buildProgrammeTotals, Step controlDisclosure, Step computeYearOnYearChange) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(loadDimensions)
                .next(buildSourcedFacts)
                .next(buildMoveoutRates)
                .next(buildProgrammeTotals)
                .next(controlDisclosure)
                .next(computeYearOnYearChange)
                .build();
    }
}
