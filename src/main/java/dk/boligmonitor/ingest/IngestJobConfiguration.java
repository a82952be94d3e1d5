package dk.boligmonitor.ingest;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import dk.boligmonitor.config.MonitorConfig;

/**
 * The ingest job: register what is in the inbox, then load every new file as its own step, so each file
 * commits or is refused on its own and a restart picks up exactly the files that did not finish.
 */
@Configuration
public class IngestJobConfiguration {

    public static final String JOB_NAME = "ingest";
    public static final String UNCHANGED_FILES = "unchangedFiles";
    static final int CHUNK_SIZE = 1000;

    // step 1: register the inbox's files in the load registry

    @Bean
    Step registerFiles(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                       FileRegistrar registrar) {
        return new StepBuilder("registerFiles", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    String data = (String) chunkContext.getStepContext().getJobParameters().get("data");
                    // a rerun names no inbox: it loads only the registered files set back to be loaded
                    int unchanged = data == null ? 0 : registrar.registerAll(Path.of(data));
                    chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                            .putInt(UNCHANGED_FILES, unchanged);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    // step 2: one partition per file waiting to be loaded

    @Bean
    Partitioner filesToLoad(LoadRegistry registry) {
        return gridSize -> {
            Map<String, ExecutionContext> partitions = new HashMap<>();
            List<Long> files = registry.toLoad();
            for (Long fileId : files) {
                ExecutionContext context = new ExecutionContext();
                context.putLong("fileId", fileId);
                partitions.put("file" + fileId, context);
            }
            return partitions;
        };
    }

    @Bean
    @StepScope
    FileLoad fileLoad(@Value("#{stepExecutionContext['fileId']}") Long fileId, LoadRegistry registry,
                      MonitorConfig config) {
        return new FileLoad(registry.get(fileId), config);
    }

    @Bean
    @StepScope
    FileRowReader fileRowReader(FileLoad fileLoad) {
        return new FileRowReader(fileLoad);
    }

    @Bean
    @StepScope
    IngestWriter ingestWriter(FileLoad fileLoad, JdbcTemplate jdbcTemplate) {
        return new IngestWriter(jdbcTemplate, fileLoad.fileId());
    }

    @Bean
    @StepScope
    FileLoadListener fileLoadListener(FileLoad fileLoad, LoadRegistry registry,
                                      @Value("${boligmonitor.ingest.max-rejected-percent:10}") double maxRejected) {
        return new FileLoadListener(fileLoad, registry, maxRejected);
    }

    @Bean
    @StepScope
    LoadProgress loadProgress(FileLoad fileLoad) {
        return new LoadProgress(fileLoad);
    }

    @Bean
    Step loadFile(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                  FileRowReader fileRowReader, FileLoad fileLoad, IngestWriter ingestWriter,
                  FileLoadListener fileLoadListener, LoadProgress loadProgress) {
        return new StepBuilder("loadFile", jobRepository)
                .<SourceRow, MappedRow>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager)
                .reader(fileRowReader)
                .processor(fileLoad::map)
                .writer(ingestWriter)
                .listener(fileLoadListener)
                .listener(loadProgress)
                .build();
    }

    @Bean
    Step loadFiles(JobRepository jobRepository, Partitioner filesToLoad, Step loadFile) {
        return new StepBuilder("loadFiles", jobRepository)
                .partitioner("loadFile", filesToLoad)
                .step(loadFile)
                .build();
    }

    @Bean
    Job ingestJob(JobRepository jobRepository, Step registerFiles, Step loadFiles) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(registerFiles)
                .next(loadFiles)
                .build();
    }
}
