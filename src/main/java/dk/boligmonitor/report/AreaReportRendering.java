package dk.boligmonitor.report;

import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import dk.boligmonitor.report.ReportAssembler.Subject;

/**
 * Assembles one area's report from the warehouse and renders it to {@code <out>/<programme>/<area>.pdf}.
 * Areas do not depend on each other, so the step runs this for several areas at once.
 */
class AreaReportRendering implements ItemProcessor<Subject, AreaReportRendering.Written> {

    /** A report on disk, for the writer to record. */
    record Written(Subject subject, Path pdf) {
    }

    private final Path out;
    private final ReportAssembler assembler;
    private final ReportRenderer renderer;

    AreaReportRendering(Path out, ReportAssembler assembler, ReportRenderer renderer) {
        this.out = out;
        this.assembler = assembler;
        this.renderer = renderer;
    }

    @Override
    public Written process(Subject subject) {
        Path pdf = out.resolve(subject.programme().code()).resolve(subject.code() + ".pdf");
        renderer.writeAreaReport(assembler.assemble(subject, LocalDate.now()), pdf);
        return new Written(subject, pdf);
    }
}
