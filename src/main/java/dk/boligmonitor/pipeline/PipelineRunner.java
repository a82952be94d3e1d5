package dk.boligmonitor.pipeline;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.ingest.IngestJobConfiguration;
import dk.boligmonitor.registry.Years;

/**
 * The whole pipeline: ingest, warehouse, targets, report, each a Spring Batch job run in that order. A job
 * that fails stops the run; the next run restarts it where it stopped. The ingest command runs the first job
 * alone; a rerun runs them all for the files it set back to be loaded, without looking in an inbox.
 */
@Component
public class PipelineRunner {

    /** The job parameters a run gives every job: what it works on, and so what kind of run it was. */
    public static final String DATA = "data";
    public static final String OUT = "out";
    public static final String SOURCE = "source";
    public static final String YEAR = "year";

    private final JobRunner jobs;
    private final RunLock lock;
    private final JdbcClient jdbc;
    private final MonitorConfig config;
    private final Job ingest;
    private final List<Job> pipeline;

    PipelineRunner(JobRunner jobs, RunLock lock, JdbcClient jdbc, MonitorConfig config,
                   @Qualifier("ingestJob") Job ingest,
                   @Qualifier("warehouseJob") Job warehouse, @Qualifier("targetsJob") Job targets,
                   @Qualifier("reportJob") Job report) {
        this.jobs = jobs;
        this.lock = lock;
        this.jdbc = jdbc;
        this.config = config;
        this.ingest = ingest;
        this.pipeline = List.of(ingest, warehouse, targets, report);
    }

    public RunSummary run(Path data, Path out) throws Exception {
        return run(pipeline, stamped().addString(DATA, data.toString()).addString(OUT, out.toString()), out,
                true, Years::all);
    }

    public RunSummary ingest(Path data) throws Exception {
        return run(List.of(ingest), stamped().addString(DATA, data.toString()), null, true, Years::all);
    }

    /**
     * Never resumes a failed rerun: the files are set back to be loaded each time, see JobRunner.start.
     * {@code rebuild} says, once the files are loaded, which years the warehouse rebuilds.
     */
    public RunSummary rerun(String source, int year, Path out, Supplier<Years> rebuild) throws Exception {
        return run(pipeline, stamped().addString(SOURCE, source).addLong(YEAR, (long) year)
                .addString(OUT, out.toString()), out, false, rebuild);
    }

    /** The stamp makes every run a job instance of its own; the other parameters say what it works on. */
    private static JobParametersBuilder stamped() {
        return new JobParametersBuilder().addLocalDateTime("run", LocalDateTime.now());
    }

    private RunSummary run(List<Job> jobsToRun, JobParametersBuilder builder, Path out, boolean resume,
                           Supplier<Years> rebuild) throws Exception {
        // Files and reports are stamped with this clock as they are done. Cut to milliseconds, which every
        // database keeps, so nothing of this run is earlier and nothing of a command just before is counted.
        LocalDateTime started = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
        JobParameters parameters = builder.toJobParameters();
        String failure = null;
        int unchanged = 0;
        try (RunLock.Held held = lock.acquire(jobsToRun.size() == 1 ? "ingest" : "run")) {
            for (Job job : jobsToRun) {
                JobExecution execution = resume ? jobs.run(job, parameters) : jobs.start(job, parameters);
                boolean loaded = job.getName().equals(IngestJobConfiguration.JOB_NAME);
                if (loaded) {
                    unchanged = execution.getExecutionContext().getInt(IngestJobConfiguration.UNCHANGED_FILES, 0);
                }
                if (execution.getStatus() != BatchStatus.COMPLETED) {
                    failure = Messages.get("pipeline.job_failed", job.getName(), execution.getStatus(),
                            firstFailure(execution).map(PipelineRunner::rootMessage)
                                    .orElse(execution.getExitStatus().getExitDescription()));
                    break;
                }
                if (loaded) {
                    // with the files in, the rebuild can tell which years they touch
                    parameters = limitedTo(rebuild.get(), parameters);
                }
            }
        }
        return summary(started, unchanged, out, failure);
    }

    private static JobParameters limitedTo(Years years, JobParameters parameters) {
        return years.isAll() ? parameters
                : new JobParametersBuilder(parameters).addString(Years.PARAMETER, years.parameter()).toJobParameters();
    }

    /**
     * The failure that says what went wrong. Batch collects a job's failures in no particular order, and a
     * partitioned step fails with no more than "Partition handler returned an unsuccessful step", so the
     * partitions' own failures ("step:partition") come first, then other steps', then the job's.
     */
    private static Optional<Throwable> firstFailure(JobExecution execution) {
        return Stream.concat(execution.getStepExecutions().stream()
                                .sorted(Comparator.comparing((StepExecution step) -> !step.getStepName().contains(":")))
                                .flatMap(step -> step.getFailureExceptions().stream()),
                        execution.getFailureExceptions().stream())
                .findFirst();
    }

    /** Batch wraps the cause in its own exceptions; the data officer needs the innermost message. */
    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private RunSummary summary(LocalDateTime since, int unchanged, Path out, String failure) {
        Timestamp from = Timestamp.valueOf(since);
        List<String> refusals = jdbc.sql("""
                SELECT file_name, source, message
                  FROM source_file
                 WHERE status = 'REFUSED' AND loaded_at >= ?
                 ORDER BY file_name
                """)
                .param(from).query((rs, n) -> rs.getString(1) + " (" + rs.getString(2) + "): " + rs.getString(3)).list();
        List<String> replacements = jdbc.sql("SELECT o.file_name, o.source, o.message FROM source_file o"
                        + " JOIN source_file n ON n.file_id = o.replaced_by WHERE n.loaded_at >= ? ORDER BY o.file_name")
                .param(from).query((rs, n) -> rs.getString(1) + " (" + rs.getString(2) + "): " + rs.getString(3)).list();
        int loaded = jdbc.sql("SELECT COUNT(*) FROM source_file WHERE status = 'LOADED' AND loaded_at >= ?")
                .param(from).query(Integer.class).single();
        long accepted = jdbc.sql("SELECT COALESCE(SUM(rows_accepted), 0) FROM source_file WHERE loaded_at >= ?")
                .param(from).query(Long.class).single();
        long rejected = jdbc.sql("SELECT COALESCE(SUM(rows_rejected), 0) FROM source_file WHERE loaded_at >= ?")
                .param(from).query(Long.class).single();
        Map<String, Long> skipped = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT s.reason, SUM(s.row_count)
                  FROM skipped_row_count s JOIN source_file f ON f.file_id = s.file_id
                 WHERE f.loaded_at >= ?
                 GROUP BY s.reason ORDER BY s.reason
                """).param(from).query(rs -> {
                    skipped.put(rs.getString(1), rs.getLong(2));
                });
        List<Path> reports = new ArrayList<>(jdbc.sql("SELECT path FROM report_output WHERE written_at >= ? ORDER BY path")
                .param(from).query((rs, n) -> Path.of(rs.getString(1))).list());
        int programmesWritten = jdbc.sql("""
                SELECT COUNT(DISTINCT programme_code)
                  FROM report_output
                 WHERE written_at >= ?
                """).param(from).query(Integer.class).single();
        return new RunSummary(loaded, unchanged, refusals, replacements, accepted, rejected, skipped, reports,
                config.programmes().size() - programmesWritten, out, failure);
    }
}
