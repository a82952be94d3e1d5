package dk.boligmonitor.report;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.MonitorConfig;

/**
 * Says how far the report step has come, and how fast, across the partitions rendering at once. It starts over
 * with each report step; one run works on a database at a time, so there is only ever one.
 */
@Component
class ReportProgress implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ReportProgress.class);

    private final MonitorConfig config;
    private final AtomicInteger areas = new AtomicInteger();
    private final AtomicInteger packets = new AtomicInteger();
    private volatile Instant started = Instant.now();

    ReportProgress(MonitorConfig config) {
        this.config = config;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        areas.set(0);
        packets.set(0);
        started = Instant.now();
    }

    void areaWritten(Path pdf) {
        int written = areas.incrementAndGet();
        log.info("Rapport {} af {} skrevet ({} pr. sekund): {}", written, config.areas().count(),
                DanishFormat.number(written / seconds(), 1), pdf);
    }

    void packetWritten(Path pdf) {
        log.info("Bestyrelsespakke {} af {} skrevet: {}", packets.incrementAndGet(), config.programmes().size(), pdf);
    }

    private double seconds() {
        return Math.max(0.001, Duration.between(started, Instant.now()).toMillis() / 1000.0);
    }
}
