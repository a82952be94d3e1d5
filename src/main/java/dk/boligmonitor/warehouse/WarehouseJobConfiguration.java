package dk.boligmonitor.warehouse;

import java.util.List;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import dk.boligmonitor.batch.CountingStep;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.registry.Rebuilds;
import dk.boligmonitor.registry.Years;

/**
 * The warehouse job: dimensions from jobs/, then the facts the loaded files give, the move-out figures, the
 * programme totals, which figures are too small to show, the change from year to year, and the uncertainty of
 * survey shares, between the start and the finish of a rebuild, which note the programmes whose reports it
 * makes due; the database's statistics are refreshed before the loaded figures are read and once the facts
 * are written, so its plans fit the tables as they are. Every step recomputes from what is loaded, so running
 * it again changes nothing. A rerun passes the years its files hold ({@link Years#PARAMETER}), and only those
 * are rebuilt.
 */
@Configuration
public class WarehouseJobConfiguration {

    public static final String JOB_NAME = "warehouse";

    @Bean
    Step loadDimensions(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        DimensionLoader dimensions, MonitorConfig config) {
        return CountingStep.of("loadDimensions", jobRepository, transactionManager,
                parameters -> dimensions.load(config),
                written -> Messages.get("warehouse.step.dimensions", written));
    }

    @Bean
    Step analyzeLoadedFigures(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              TableStatistics statistics) {
        return CountingStep.of("analyzeLoadedFigures", jobRepository, transactionManager,
                parameters -> statistics.refresh(List.of("source_file", "source_file_year", "observation",
                        "moveout_count", "dim_area")),
                written -> Messages.get("warehouse.step.loaded_statistics", written));
    }

    @Bean
    Step startRebuild(JobRepository jobRepository, PlatformTransactionManager transactionManager, Rebuilds rebuilds) {
        return CountingStep.of("startRebuild", jobRepository, transactionManager,
                parameters -> rebuilds.start(Years.of(parameters)),
                written -> Messages.get("warehouse.step.rebuild_started", written));
    }

    @Bean
    Step buildSourcedFacts(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           SourcedFacts facts) {
        return CountingStep.of("buildSourcedFacts", jobRepository, transactionManager,
                parameters -> facts.rebuild(Years.of(parameters)),
                written -> Messages.get("warehouse.step.sourced_facts", written));
    }

    @Bean
    Step buildMoveoutRates(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           MoveoutRates rates) {
        return CountingStep.of("buildMoveoutRates", jobRepository, transactionManager,
                parameters -> rates.build(Years.of(parameters)),
                written -> Messages.get("warehouse.step.moveout_rates", written));
    }

    @Bean
    Step buildProgrammeTotals(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              ProgrammeTotals totals) {
        return CountingStep.of("buildProgrammeTotals", jobRepository, transactionManager,
                parameters -> totals.build(Years.of(parameters)),
                written -> Messages.get("warehouse.step.programme_totals", written));
    }

    @Bean
    Step analyzeFacts(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      TableStatistics statistics) {
        return CountingStep.of("analyzeFacts", jobRepository, transactionManager,
                parameters -> statistics.refresh(List.of("fact_indicator")),
                written -> Messages.get("warehouse.step.fact_statistics", written));
    }

    @Bean
    Step controlDisclosure(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           DisclosureControl disclosure) {
        return CountingStep.of("controlDisclosure", jobRepository, transactionManager,
                parameters -> disclosure.apply(Years.of(parameters)),
                written -> Messages.get("warehouse.step.disclosure", written));
    }

    @Bean
    Step computeYearOnYearChange(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                 YearOnYearChange change) {
        return CountingStep.of("computeYearOnYearChange", jobRepository, transactionManager,
                parameters -> change.compute(Years.of(parameters)),
                written -> Messages.get("warehouse.step.change", written));
    }

    @Bean
    Step computeSurveyMargins(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              SurveyMargins margins) {
        return CountingStep.of("computeSurveyMargins", jobRepository, transactionManager,
                parameters -> margins.compute(Years.of(parameters)),
                written -> Messages.get("warehouse.step.survey_margins", written));
    }

    @Bean
    Step finishRebuild(JobRepository jobRepository, PlatformTransactionManager transactionManager, Rebuilds rebuilds) {
        return CountingStep.of("finishRebuild", jobRepository, transactionManager,
                parameters -> rebuilds.finish(Years.of(parameters)),
                written -> Messages.get("warehouse.step.rebuild_finished", written));
    }

    @Bean
    Job warehouseJob(JobRepository jobRepository, Step loadDimensions, Step analyzeLoadedFigures, Step startRebuild,
                     Step buildSourcedFacts, Step buildMoveoutRates, Step buildProgrammeTotals, Step analyzeFacts,
                     Step controlDisclosure, Step computeYearOnYearChange, Step computeSurveyMargins,
                     Step finishRebuild) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(loadDimensions)
                .next(analyzeLoadedFigures)
                .next(startRebuild)
                .next(buildSourcedFacts)
                .next(buildMoveoutRates)
                .next(buildProgrammeTotals)
                .next(analyzeFacts)
                .next(controlDisclosure)
                .next(computeYearOnYearChange)
                .next(computeSurveyMargins)
                .next(finishRebuild)
                .build();
    }
}
