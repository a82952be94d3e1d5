package dk.boligmonitor.report;

import java.nio.file.Path;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import dk.boligmonitor.report.ReportAssembler.Subject;

/** Renders each area of a chunk to {@code <out>/<programme>/<area>.pdf}. */
class AreaReportWriter implements ItemWriter<Subject> {

    private static final Logger log = LoggerFactory.getLogger(AreaReportWriter.class);

    private final Path out;
    private final ReportAssembler assembler;
    private final ReportRenderer renderer;
    private final ReportOutputs outputs;
    private final int total;
    private final long started = System.nanoTime();
    private int written;

    AreaReportWriter(Path out, ReportAssembler assembler, ReportRenderer renderer, ReportOutputs outputs, int total) {
        this.out = out;
        this.assembler = assembler;
        this.renderer = renderer;
        this.outputs = outputs;
        this.total = total;
    }

    @Override
    public void write(Chunk<? extends Subject> chunk) {
        for (Subject subject : chunk) {
            Path pdf = out.resolve(subject.programme().code()).resolve(subject.code() + ".pdf");
            renderer.writeAreaReport(assembler.assemble(subject, LocalDate.now()), pdf);
            outputs.written(pdf, subject.programme().code(), subject.code());
            written++;
            log.info("Rapport {} af {} skrevet ({} pr. sekund): {}", written, total,
                    DanishFormat.number(written / ((System.nanoTime() - started) / 1e9), 1), pdf);
        }
    }
}
