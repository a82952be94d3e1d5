package dk.boligmonitor.warehouse;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import dk.boligmonitor.config.MonitorConfig;

/**
 * The warehouse job: dimensions from jobs/, then the facts the loaded files give, the move-out rates, the
 * programme totals, which figures are too small to show, the change from year to year, and the uncertainty of
 * survey shares. Every step
 * recomputes from what is loaded, so running it again changes nothing.
 */
@Configuration
public class WarehouseJobConfiguration {

    public static final String JOB_NAME = "warehouse";

    @Bean
    Step loadDimensions(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        DimensionLoader dimensions, MonitorConfig config) {
        return CountingStep.of("loadDimensions", jobRepository, transactionManager, () -> dimensions.load(config),
                "Dimensioner: {} enheder");
    }

    @Bean
    Step buildSourcedFacts(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           SourcedFacts facts) {
        return CountingStep.of("buildSourcedFacts", jobRepository, transactionManager, facts::rebuild,
                "Tal fra filer: {} fakta");
    }

    @Bean
    Step buildMoveoutRates(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           MoveoutRates rates) {
        return CountingStep.of("buildMoveoutRates", jobRepository, transactionManager, rates::build,
                "Fraflytningsprocenter: {} fakta");
    }

    @Bean
    Step buildProgrammeTotals(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              ProgrammeTotals totals) {
        return CountingStep.of("buildProgrammeTotals", jobRepository, transactionManager, totals::build,
                "Programmernes samlede tal: {} fakta");
    }

    @Bean
    Step controlDisclosure(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           DisclosureControl disclosure) {
        return CountingStep.of("controlDisclosure", jobRepository, transactionManager, disclosure::apply,
                "Diskretionering: {} tal skjules i rapporterne (for få personer)");
    }

    @Bean
    Step computeYearOnYearChange(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                 YearOnYearChange change) {
        return CountingStep.of("computeYearOnYearChange", jobRepository, transactionManager, change::compute,
                "Ændring fra året før: {} tal");
    }

    @Bean
    Step computeSurveyMargins(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              SurveyMargins margins) {
        return CountingStep.of("computeSurveyMargins", jobRepository, transactionManager, margins::compute,
                "Usikkerhed på spørgeskemaandele: {} tal");
    }

    @Bean
    Job warehouseJob(JobRepository jobRepository, Step loadDimensions, Step buildSourcedFacts, Step buildMoveoutRates,
                     Step buildProgrammeTotals, Step controlDisclosure, Step computeYearOnYearChange,
                     Step computeSurveyMargins) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(loadDimensions)
                .next(buildSourcedFacts)
                .next(buildMoveoutRates)
                .next(buildProgrammeTotals)
                .next(controlDisclosure)
                .next(computeYearOnYearChange)
                .next(computeSurveyMargins)
                .build();
    }
}
