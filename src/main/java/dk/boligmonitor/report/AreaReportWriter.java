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

    AreaReportWriter(Path out, ReportAssembler assembler, ReportRenderer renderer, ReportOutputs outputs) {
        this.out = out;
        this.assembler = assembler;
        this.renderer = renderer;
        this.outputs = outputs;
    }

    @Override
    public void write(Chunk<? extends Subject> chunk) {
        for (Subject subject : chunk) {
            Path pdf = out.resolve(subject.programme().code()).resolve(subject.code() + ".pdf");
            renderer.writeAreaReport(assembler.assemble(subject, LocalDate.now()), pdf);
            outputs.written(pdf, subject.programme().code(), subject.code());
            log.info("Rapport skrevet: {}", pdf);
        }
    }
}
