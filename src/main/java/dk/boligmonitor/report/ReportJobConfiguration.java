package dk.boligmonitor.report;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.report.ReportAssembler.Subject;

/**
 * The report job: one PDF per area, then one board packet per programme, under the output folder as
 * {@code <programme>/<area>.pdf} and {@code <programme>/bestyrelsespakke.pdf}.
 */
@Configuration
public class ReportJobConfiguration {

    public static final String JOB_NAME = "report";

    /** Compiled once per run, and only when a report is due. */
    @Bean
    @Lazy
    ReportRenderer reportRenderer() {
        return new ReportRenderer();
    }

    // step 1: every area's own report

    @Bean
    @StepScope
    ListItemReader<Subject> areasToReport(MonitorConfig config, ReportAssembler assembler) {
        List<Subject> subjects = config.programmes().stream()
                .flatMap(p -> p.areas().stream().map(a -> assembler.subjectOf(p, a))).toList();
        return new ListItemReader<>(subjects);
    }

    @Bean
    @StepScope
    AreaReportRendering areaReportRendering(@Value("#{jobParameters['out']}") String out, ReportAssembler assembler,
                                            ReportRenderer renderer) {
        return new AreaReportRendering(Path.of(out), assembler, renderer);
    }

    @Bean
    @StepScope
    AreaReportWriter areaReportWriter(ReportOutputs outputs, MonitorConfig config,
                                      @Value("#{stepExecution.startTime}") LocalDateTime started) {
        return new AreaReportWriter(outputs, (int) config.areas().count(), started);
    }

    /** Rendering is CPU work: one report per core at a time. */
    @Bean
    AsyncTaskExecutor reportThreads() {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("rapport-");
        threads.setConcurrencyLimit(Runtime.getRuntime().availableProcessors());
        return threads;
    }

    @Bean
    Step areaReports(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                     ListItemReader<Subject> areasToReport, AreaReportRendering areaReportRendering,
                     AreaReportWriter areaReportWriter, AsyncTaskExecutor reportThreads) {
        return new StepBuilder("areaReports", jobRepository)
                .<Subject, AreaReportRendering.Written>chunk(10)
                .transactionManager(transactionManager)
                .reader(areasToReport)
                .processor(areaReportRendering)
                .writer(areaReportWriter)
                .taskExecutor(reportThreads)
                .build();
    }

    // step 2: one packet per programme for the board

    @Bean
    @StepScope
    BoardPacketWriter boardPacketWriter(@Value("#{jobParameters['out']}") String out, MonitorConfig config,
                                        PacketAssembler packets, ReportRenderer renderer, ReportOutputs outputs) {
        return new BoardPacketWriter(Path.of(out), config, packets, renderer, outputs);
    }

    @Bean
    Step boardPackets(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      BoardPacketWriter boardPacketWriter) {
        return new StepBuilder("boardPackets", jobRepository)
                .tasklet(boardPacketWriter, transactionManager)
                .build();
    }

    @Bean
    Job reportJob(JobRepository jobRepository, Step areaReports, Step boardPackets) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(areaReports)
                .next(boardPackets)
                .build();
    }
}
