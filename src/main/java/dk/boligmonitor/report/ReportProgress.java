package dk.boligmonitor.report;

import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Programme;
import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.progress.Progress;

/**
 * Says how far the report step has come, how fast and how long it has left, across the partitions rendering at
 * once: a line on a terminal, a log line every few seconds elsewhere, and a log line per board packet. It starts
 * over with each report step; one run works on a database at a time, so there is only ever one.
 */
@Component
class ReportProgress implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ReportProgress.class);

    private final MonitorConfig config;
    private int areas;
    private int packets;
    private List<Programme> programmes = List.of();
    private Progress progress;

    ReportProgress(MonitorConfig config) {
        this.config = config;
    }

    @Override
    public synchronized void beforeStep(StepExecution stepExecution) {
        areas = 0;
        packets = 0;
        progress = Progress.start(log, Messages.get("report.progress.unit"));
    }

    /** The programmes the step renders, once it has chosen them; the others keep the PDFs they have. */
    synchronized void rendering(List<Programme> programmes) {
        this.programmes = programmes;
        int kept = config.programmes().size() - programmes.size();
        if (kept > 0) {
            log.info(Messages.get("report.progress.kept", kept, config.programmes().size()));
        }
    }

    synchronized void areaWritten() {
        areas++;
        show();
    }

    synchronized void packetWritten(Path pdf) {
        packets++;
        log.info(Messages.get("report.progress.packet_written", packets, programmes.size(), pdf));
        show();
    }

    @Override
    public synchronized ExitStatus afterStep(StepExecution stepExecution) {
        progress.finish();
        return null;
    }

    private void show() {
        long total = programmes.stream().mapToLong(p -> p.areas().size() + 1).sum();
        int done = areas + packets;
        progress.update(Messages.get("report.progress.reports", DanishFormat.number(done, 0),
                DanishFormat.number(total, 0)), done, (double) done / total);
    }
}
