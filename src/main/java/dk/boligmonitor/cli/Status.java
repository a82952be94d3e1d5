package dk.boligmonitor.cli;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import dk.boligmonitor.format.Messages;
import dk.boligmonitor.format.TextTable;
import dk.boligmonitor.ingest.LoadHistory.KnownFile;
import dk.boligmonitor.ingest.LoadHistory;
import dk.boligmonitor.pipeline.ExitCodes;
import dk.boligmonitor.registry.FileStatus;
import dk.boligmonitor.registry.ReportOutputs;

/**
 * The status command: every file the registry knows and what became of it, the programmes whose reports wait
 * to be written again, then the latest job runs.
 */
@Component
class Status {

    private static final int LAST_EXECUTIONS = 10;

    private final LoadHistory history;
    private final JobRepository repository;
    private final List<Job> jobs;
    private final ReportOutputs outputs;

    Status(LoadHistory history, JobRepository repository, List<Job> jobs, ReportOutputs outputs) {
        this.history = history;
        this.repository = repository;
        this.jobs = jobs;
        this.outputs = outputs;
    }

    int print(PrintStream out) {
        List<KnownFile> files = history.files();
        out.println(Messages.get("cli.status.files"));
        if (files.isEmpty()) {
            out.println("  " + Messages.get("cli.status.no_files"));
        } else {
            TextTable table = new TextTable(Messages.get("cli.status.files.headings").split("\\|"));
            files.forEach(f -> table.add(f.fileName(), f.source(), f.status(), f.loadedAt(), f.rowsRead(),
                    f.rowsAccepted(), f.rowsRejected()));
            table.print(out);
            files.stream().filter(f -> f.status().equals(FileStatus.REFUSED))
                    .forEach(f -> out.println("  " + Messages.get("cli.status.refused", f.fileName(), f.source(),
                            f.message())));
            if (files.stream().anyMatch(f -> f.status().equals(FileStatus.REFUSED))) {
                out.println("  " + Messages.get("cli.status.forget_hint"));
            }
            history.skippedRows().forEach(s -> out.println("  " + Messages.get("cli.status.skipped", s.fileName(),
                    s.source(), s.rows(), s.reason())));
            files.stream().filter(f -> f.status().equals(FileStatus.REPLACED))
                    .forEach(f -> out.println("  " + Messages.get("cli.status.replaced", f.fileName(), f.source(),
                            f.message())));
        }
        Set<String> due = new TreeSet<>(outputs.due());
        if (!due.isEmpty()) {
            out.println();
            out.println(Messages.get("cli.status.reports_due", String.join(", ", due)));
        }
        out.println();
        out.println(Messages.get("cli.status.executions"));
        TextTable table = new TextTable(Messages.get("cli.status.executions.headings").split("\\|"));
        lastExecutions().forEach(e -> table.add(e.getJobInstance().getJobName(), e.getId(), e.getStartTime(),
                e.getEndTime(), e.getStatus(), e.getExitStatus().getExitCode()));
        table.print(out);
        return ExitCodes.OK;
    }

    /**
     * The newest executions of all jobs together. A job's newest executions belong to its newest instances
     * (only the last instance is ever restarted), so that many instances per job are enough to look at.
     */
    private List<JobExecution> lastExecutions() {
        return jobs.stream()
                .flatMap(job -> repository.getJobInstances(job.getName(), 0, LAST_EXECUTIONS).stream())
                .flatMap(instance -> repository.getJobExecutions(instance).stream())
                .sorted(Comparator.comparingLong(JobExecution::getId).reversed())
                .limit(LAST_EXECUTIONS)
                .toList();
    }
}
