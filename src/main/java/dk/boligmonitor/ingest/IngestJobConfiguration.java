package dk.boligmonitor.ingest;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.ingest.read.SourceRow;
import dk.boligmonitor.ingest.stage.BackgroundInserts;
import dk.boligmonitor.ingest.stage.ChunkInserts;
import dk.boligmonitor.ingest.stage.FileCopy;
import dk.boligmonitor.ingest.stage.FileStaging;
import dk.boligmonitor.ingest.stage.StagingException;

/**
 * The ingest job: register what is in the inbox, then load every new file as its own step, so each file
 * commits or is refused on its own and a restart picks up exactly the files that did not finish.
 */
@Configuration
public class IngestJobConfiguration {

    public static final String JOB_NAME = "ingest";
    public static final String UNCHANGED_FILES = "unchangedFiles";
    /** The step that loads one file, run once per file as a partition ("loadFile:partition3"). */
    public static final String FILE_STEP = "loadFile";
    /** The load registry's id of the file a partition of {@link #FILE_STEP} loads, in its execution context. */
    public static final String FILE_ID = "fileId";
    static final String FILES_TO_LOAD = "filesToLoad";
    private static final String MORE = "MORE";
    /**
     * Rows per transaction. Large, because each chunk costs a commit and Spring Batch's own bookkeeping (the
     * step execution and its context written back, about 7 ms a chunk on PostgreSQL: 4 % of a two-million-row
     * file's load at 20,000 rows a chunk); a file is all or nothing whatever the chunk size.
     */
    static final int CHUNK_SIZE = 50_000;

    // step 1: register the inbox's files in the load registry

    @Bean
    Step registerFiles(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                       FileRegistrar registrar, LoadRegistry registry) {
        return new StepBuilder("registerFiles", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    String data = (String) chunkContext.getStepContext().getJobParameters().get("data");
                    // a rerun names no inbox: it loads only the registered files set back to be loaded
                    int unchanged = data == null ? 0 : registrar.registerAll(Path.of(data));
                    ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution()
                            .getExecutionContext();
                    job.putInt(UNCHANGED_FILES, unchanged);
                    job.putInt(FILES_TO_LOAD, registry.toLoad().size());
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    // step 2: load the waiting files, each as a partition of its own; files of different sources side by side

    @Bean
    Step loadFiles(JobRepository jobRepository, Partitioner filesToLoad, Step loadFile, AsyncTaskExecutor fileThreads) {
        return new StepBuilder("loadFiles", jobRepository)
                .partitioner(FILE_STEP, filesToLoad)
                .step(loadFile)
                .taskExecutor(fileThreads)
                .allowStartIfComplete(true)
                .build();
    }

    /**
     * The oldest waiting file of every source. Files of one source load one after another in the order they
     * came, since a later file may revise or replace an earlier one (see {@link LoadRegistry#loaded}); the job
     * comes back here while files wait.
     */
    @Bean
    Partitioner filesToLoad(LoadRegistry registry) {
        return gridSize -> {
            Map<String, ExecutionContext> partitions = new HashMap<>();
            for (Long fileId : registry.nextToLoadPerSource()) {
                ExecutionContext context = new ExecutionContext();
                context.putLong(FILE_ID, fileId);
                partitions.put("file" + fileId, context);
            }
            return partitions;
        };
    }

    /** Reading and mapping a file keeps a core busy: one file per core at a time. */
    @Bean
    AsyncTaskExecutor fileThreads() {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("indlaesning-");
        threads.setConcurrencyLimit(Runtime.getRuntime().availableProcessors());
        return threads;
    }

    /**
     * One file's load, as a partition of loadFiles: its reader, mapper, writer and listeners are made for the
     * file each time the step runs (see {@link FileStep}); proxies of step scope cost 13 % of the reading
     * thread's samples on PostgreSQL, looked up for every row.
     */
    @Bean
    FileStep loadFile(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      LoadRegistry registry, MonitorConfig config, DataSource dataSource, JdbcTemplate jdbcTemplate,
                      TransactionTemplate transactionTemplate,
                      @Value("${boligmonitor.ingest.max-rejected-percent:10}") double maxRejected) {
        return new FileStep(FILE_STEP, stepExecution -> {
            FileLoad load = new FileLoad(registry.get(stepExecution.getExecutionContext().getLong(FILE_ID)), config);
            FileStaging staging = fileStaging(load.fileId(), dataSource, jdbcTemplate, transactionTemplate);
            return new StepBuilder(FILE_STEP, jobRepository)
                    .<SourceRow, MappedRow>chunk(CHUNK_SIZE)
                    .transactionManager(transactionManager)
                    .reader(new FileRowReader(load))
                    .processor(load::map)
                    .writer(new IngestWriter(staging, new ChunkInserts(jdbcTemplate, load.fileId())))
                    .listener(new FileLoadListener(load, staging, registry, maxRejected))
                    .listener(new LoadProgress(load))
                    .build();
        });
    }

    /**
     * One COPY for the whole file where the database has it (PostgreSQL), batched inserts per chunk elsewhere;
     * either way stored by another thread than the one reading and mapping the file.
     */
    private static FileStaging fileStaging(long fileId, DataSource dataSource, JdbcTemplate jdbcTemplate,
                                           TransactionTemplate transactionTemplate) {
        try (Connection connection = dataSource.getConnection()) {
            return FileCopy.supports(connection) ? new FileCopy(dataSource, fileId)
                    : new BackgroundInserts(transactionTemplate, new ChunkInserts(jdbcTemplate, fileId));
        } catch (SQLException e) {
            throw new StagingException(Messages.get("ingest.staging.no_database", e.getMessage()), e);
        }
    }

    @Bean
    JobExecutionDecider moreFilesToLoad(LoadRegistry registry) {
        return (jobExecution, stepExecution) -> new FlowExecutionStatus(registry.toLoad().isEmpty() ? "DONE" : MORE);
    }

    @Bean
    Job ingestJob(JobRepository jobRepository, Step registerFiles, Step loadFiles, JobExecutionDecider moreFilesToLoad) {
        // a refused file ends its step as REFUSED, not FAILED: the other files go on loading
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(registerFiles)
                .next(loadFiles).on(ExitStatus.FAILED.getExitCode()).fail()
                .from(loadFiles).on("*").to(moreFilesToLoad)
                .from(moreFilesToLoad).on(MORE).to(loadFiles)
                .from(moreFilesToLoad).on("*").end()
                .end()
                .build();
    }
}
