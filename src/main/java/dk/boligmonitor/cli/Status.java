package dk.boligmonitor.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import dk.boligmonitor.delivery.DeliveryLog;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.format.TextTable;
import dk.boligmonitor.ingest.LoadHistory.KnownFile;
import dk.boligmonitor.ingest.LoadHistory;
import dk.boligmonitor.pipeline.ExitCodes;
import dk.boligmonitor.pipeline.RunHistory;
import dk.boligmonitor.registry.FileStatus;
import dk.boligmonitor.registry.ReportOutputs;

/**
 * The status command: every file the registry knows and what became of it, the programmes whose reports wait
 * to be written again, the board packets mailed and those waiting for a mail server, then the latest job runs.
 */
@Component
class Status {

    private static final int LAST_EXECUTIONS = 10;

    private final LoadHistory history;
    private final RunHistory runs;
    private final ReportOutputs outputs;
    private final DeliveryLog deliveries;

    Status(LoadHistory history, RunHistory runs, ReportOutputs outputs, DeliveryLog deliveries) {
        this.history = history;
        this.runs = runs;
        this.outputs = outputs;
        this.deliveries = deliveries;
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
        printDeliveries(out);
        out.println();
        out.println(Messages.get("cli.status.executions"));
        TextTable table = new TextTable(Messages.get("cli.status.executions.headings").split("\\|"));
        runs.latest(LAST_EXECUTIONS).forEach(e -> table.add(e.getJobInstance().getJobName(), e.getId(),
                e.getStartTime(), e.getEndTime(), e.getStatus(), e.getExitStatus().getExitCode()));
        table.print(out);
        return ExitCodes.OK;
    }

    /** Each programme's newest packet mailed: how many members have it, how many wait, and why. */
    private void printDeliveries(PrintStream out) {
        List<DeliveryLog.Standing> standings = deliveries.standings();
        if (standings.isEmpty()) {
            return;
        }
        out.println();
        out.println(Messages.get("cli.status.deliveries"));
        TextTable table = new TextTable(Messages.get("cli.status.deliveries.headings").split("\\|"));
        standings.forEach(s -> table.add(s.programme(), s.shortVersion(), s.writtenAt(), s.sent(), s.waiting(),
                s.lastAttempt()));
        table.print(out);
        standings.stream().filter(s -> s.waiting() > 0).forEach(s -> out.println("  "
                + Messages.get("cli.status.delivery_waiting", s.programme(), s.waiting(), s.lastError())));
    }
}
