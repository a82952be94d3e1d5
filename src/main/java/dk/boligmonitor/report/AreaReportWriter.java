package dk.boligmonitor.report;

import java.time.Duration;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import dk.boligmonitor.report.AreaReportRendering.Written;

/** Records the PDFs a chunk rendered and says how far the step has come, and how fast. */
class AreaReportWriter implements ItemWriter<Written> {

    private static final Logger log = LoggerFactory.getLogger(AreaReportWriter.class);

    private final ReportOutputs outputs;
    private final int total;
    private final LocalDateTime started;
    private int written;

    AreaReportWriter(ReportOutputs outputs, int total, LocalDateTime started) {
        this.outputs = outputs;
        this.total = total;
        this.started = started;
    }

    @Override
    public void write(Chunk<? extends Written> chunk) {
        for (Written report : chunk) {
            outputs.written(report.pdf(), report.subject().programme().code(), report.subject().code());
            written++;
            log.info("Rapport {} af {} skrevet ({} pr. sekund): {}", written, total,
                    DanishFormat.number(written / Math.max(0.001,
                            Duration.between(started, LocalDateTime.now()).toMillis() / 1000.0), 1), report.pdf());
        }
    }
}
