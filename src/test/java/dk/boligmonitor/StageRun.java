package dk.boligmonitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.boligmonitor.config.ConfigLoader;
import dk.boligmonitor.config.MonitorConfig;

/**
 * One stage's world for a test: a small inbox copied from sample-data, the shipped jobs/, a fresh database and
 * the Spring context on them, in which a test launches the jobs one by one, as the pipeline would but without
 * it, so that each job can be checked on what it alone wrote. The earlier stages a job needs are prepared by
 * launching their real jobs first ({@link #completed}).
 */
public final class StageRun implements AutoCloseable {

    private final Path inbox;
    private final Path out;
    private final MonitorConfig config;
    private final JdbcTemplate jdbc;
    private final ConfigurableApplicationContext context;

    private StageRun(Path inbox, Path out, MonitorConfig config, TestDatabase database,
                     ConfigurableApplicationContext context) {
        this.inbox = inbox;
        this.out = out;
        this.config = config;
        this.jdbc = database.jdbc();
        this.context = context;
    }

    /** The context on a fresh database in {@code work}, with {@code sampleFiles} (names in sample-data/) as inbox. */
    public static StageRun start(Path work, String... sampleFiles) {
        Path inbox = work.resolve("inbox").toAbsolutePath();
        try {
            Files.createDirectories(inbox);
            for (String name : sampleFiles) {
                Files.copy(Path.of("sample-data", name), inbox.resolve(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MonitorConfig config = ConfigLoader.load(Path.of("jobs"));
        TestDatabase database = TestDatabase.fresh(work);
        ConfigurableApplicationContext context = BoligmonitorApplication.builder(config)
                .run(database.springArguments().toArray(String[]::new));
        return new StageRun(inbox, work.resolve("out").toAbsolutePath(), config, database, context);
    }

    /**
     * Launches the job bean {@code jobBean} (ingestJob, warehouseJob, ...) as the pipeline does: a run stamp of its
     * own, the inbox as "data" and the output folder as "out".
     */
    public JobExecution launch(String jobBean) throws Exception {
        JobParameters parameters = new JobParametersBuilder().addLocalDateTime("run", LocalDateTime.now())
                .addString("data", inbox.toString()).addString("out", out.toString()).toJobParameters();
        return context.getBean(JobOperator.class).start(context.getBean(jobBean, Job.class), parameters);
    }

    /** Launches the jobs in turn, each of which must complete: the stages before the one under test. */
    public void completed(String... jobBeans) throws Exception {
        for (String jobBean : jobBeans) {
            JobExecution execution = launch(jobBean);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                throw new IllegalStateException(jobBean + " ended " + execution.getStatus() + ": "
                        + execution.getAllFailureExceptions());
            }
        }
    }

    public Path inbox() {
        return inbox;
    }

    public Path out() {
        return out;
    }

    public MonitorConfig config() {
        return config;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** The inbox's files, as a test lists what the ingest should have registered. */
    public List<Path> inboxFiles() {
        try (var files = Files.list(inbox)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
