package dk.boligmonitor.report;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Programme;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.registry.ReportOutputs;

/**
 * The report job: for every programme whose reports are due, one PDF per area and the board packet with its
 * figures as a workbook, under the output folder as {@code <programme>/<area>.pdf},
 * {@code <programme>/bestyrelsespakke.pdf} and {@code <programme>/tal.xlsx}. Programmes do
 * not depend on each other, so each is a partition of its own, rendered one per core at a time; a worker needs
 * only the programme's code, the output folder and the database, so the same step could run on remote workers.
 */
@Configuration
public class ReportJobConfiguration {

    public static final String JOB_NAME = "report";
    private static final String PROGRAMME = "programme";

    // step 1, partitioned: one programme's area reports and board packet per partition

    @Bean
    Step reportsByProgramme(JobRepository jobRepository, Partitioner programmesToReport, Step programmeReport,
                            AsyncTaskExecutor reportThreads, ReportProgress progress) {
        return new StepBuilder("reportsByProgramme", jobRepository)
                .partitioner("programmeReport", programmesToReport)
                .step(programmeReport)
                .taskExecutor(reportThreads)
                .gridSize(Runtime.getRuntime().availableProcessors())
                .listener(progress)
                .build();
    }

    /**
     * The programmes whose reports are due (their figures changed since they were written) or missing from the
     * output folder. After a run that is every programme; after a rerun that changed nothing, none.
     */
    @Bean
    @StepScope
    Partitioner programmesToReport(MonitorConfig config, ReportOutputs outputs, ReportProgress progress,
                                   @Value("#{jobParameters['out']}") String out) {
        return gridSize -> {
            Set<String> due = outputs.due();
            List<Programme> rendering = config.programmes().stream()
                    .filter(p -> due.contains(p.code()) || !ProgrammeReports.allPresent(p, Path.of(out))).toList();
            progress.rendering(rendering);
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            for (Programme programme : rendering) {
                ExecutionContext context = new ExecutionContext();
                context.putString(PROGRAMME, programme.code());
                partitions.put(programme.code(), context);
            }
            return partitions;
        };
    }

    /** Rendering is CPU work: one programme per core at a time. */
    @Bean
    AsyncTaskExecutor reportThreads() {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("rapport-");
        threads.setConcurrencyLimit(Runtime.getRuntime().availableProcessors());
        return threads;
    }

    /**
     * Which programmes are rendered is the registry's word alone (due or missing, see programmesToReport), on a
     * restart too: a partition that completed in a killed run is run again if its programme is due again. The
     * run after a kill rebuilds the warehouse, which makes every programme due; Spring Batch would skip the
     * partitions it saw complete and leave their programmes due, written and due at once.
     */
    @Bean
    Step programmeReport(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         ProgrammeReports programmeReports) {
        return new StepBuilder("programmeReport", jobRepository)
                .tasklet(programmeReports, transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    @StepScope
    ProgrammeReports programmeReports(@Value("#{stepExecutionContext['" + PROGRAMME + "']}") String code,
                                      @Value("#{jobParameters['out']}") String out,
                                      @Value("#{jobParameters['run']}") LocalDateTime run, MonitorConfig config,
                                      ReportAssembler assembler, PacketAssembler packets, ReportRenderer renderer,
                                      FiguresWorkbook workbook, ReportOutputs outputs, PacketEditions editions,
                                      ReportProgress progress) {
        Programme programme = config.programmes().stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException(Messages.get("report.programme_gone", code)));
        return new ProgrammeReports(programme, run, Path.of(out), assembler, packets, renderer, workbook, outputs,
                editions, PacketSnapshot.indicatorCodes(config.indicators()), progress);
    }

    /** Compiled once per run, and only when a report is due. */
    @Bean
    @Lazy
    ReportRenderer reportRenderer() {
        return new ReportRenderer();
    }

    @Bean
    Job reportJob(JobRepository jobRepository, Step reportsByProgramme) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(reportsByProgramme)
                .build();
    }
}
