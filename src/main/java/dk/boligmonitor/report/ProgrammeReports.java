package dk.boligmonitor.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import dk.boligmonitor.config.Programme;
import dk.boligmonitor.registry.ReportOutputs;
import dk.boligmonitor.report.ReportAssembler.Subject;

/**
 * One partition of the report step: a programme's PDFs under {@code <out>/<programme>/}. Each area is laid out
 * once and written as {@code <area>.pdf}; then the board packet, {@code bestyrelsespakke.pdf}, is bound from
 * the same pages, with the programme as a whole laid out for it and what changed since the previous packet, and
 * beside it the packet's figures as a workbook, {@code tal.xlsx}; a copy of the packet goes into the archive with
 * what it showed (PacketEditions). Everything it records in the database (the PDFs written, the programme no longer
 * due, and whatever is added here later) goes in the one transaction Spring Batch runs the tasklet in, so a
 * partition killed halfway leaves its programme due with nothing recorded, to be rendered whole by the restart
 * (which first clears the partial files the kill left), and a partition that committed leaves it written and not
 * due. A programme is never both.
 */
class ProgrammeReports implements Tasklet {

    private static final String PDF = ".pdf";

    private final Programme programme;
    /** The run's own stamp: a restarted run writes its packets as the same edition. */
    private final LocalDateTime run;
    private final Path folder;
    private final Path packet;
    private final ReportAssembler assembler;
    private final PacketAssembler packets;
    private final ReportRenderer renderer;
    private final FiguresWorkbook workbook;
    private final ReportOutputs outputs;
    private final PacketEditions editions;
    private final Map<String, String> indicatorCodes;
    private final ReportProgress progress;

    ProgrammeReports(Programme programme, LocalDateTime run, Path out, ReportAssembler assembler,
                     PacketAssembler packets, ReportRenderer renderer, FiguresWorkbook workbook, ReportOutputs outputs,
                     PacketEditions editions, Map<String, String> indicatorCodes, ReportProgress progress) {
        this.programme = programme;
        this.run = run;
        this.folder = out.resolve(programme.code());
        this.packet = BoardPacketFile.of(out, programme.code());
        this.assembler = assembler;
        this.packets = packets;
        this.renderer = renderer;
        this.workbook = workbook;
        this.outputs = outputs;
        this.editions = editions;
        this.indicatorCodes = indicatorCodes;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        PdfFile.deletePartials(folder);
        LocalDate today = LocalDate.now();
        List<AreaPages> units = new ArrayList<>();
        List<FiguresWorkbook.UnitReport> reports = new ArrayList<>();
        for (Subject unit : assembler.unitsOf(programme)) {
            AreaReport report = assembler.assemble(unit, today);
            reports.add(new FiguresWorkbook.UnitReport(unit, report));
            AreaPages pages = renderer.layOut(report);
            units.add(pages);
            if (!unit.wholeProgramme()) {
                Path pdf = folder.resolve(unit.code() + PDF);
                renderer.writeAreaReport(pages, pdf);
                written(contribution, pdf, unit.code());
                progress.areaWritten();
            }
        }
        BoardPacket board = packets.assemble(programme, today, units);
        PacketSnapshot shown = PacketSnapshot.of(reports, board, indicatorCodes);
        board = PacketAssembler.withChanges(board, editions.latest(programme.code(), run)
                .map(previous -> PacketChanges.between(previous, shown, editions.refusedSince(previous.writtenAt()),
                        editions.revisionsSince(previous.writtenAt())))
                .orElse(PacketChanges.first()));
        renderer.writeBoardPacket(board, packet);
        written(contribution, packet, null);
        editions.record(programme.code(), run, packet, LocalDateTime.now(), shown);
        workbook.write(folder.resolve(FiguresWorkbook.FILE), reports, board);
        outputs.programmeDone(programme.code());
        progress.packetWritten(packet);
        return RepeatStatus.FINISHED;
    }

    /** Whether every file of the programme is in the output folder, as a run left them. */
    static boolean allPresent(Programme programme, Path out) {
        Path folder = out.resolve(programme.code());
        return Files.isRegularFile(BoardPacketFile.of(out, programme.code()))
                && Files.isRegularFile(folder.resolve(FiguresWorkbook.FILE))
                && programme.areas().stream().allMatch(area -> Files.isRegularFile(folder.resolve(area.code() + PDF)));
    }

    private void written(StepContribution contribution, Path pdf, String area) {
        outputs.written(pdf, programme.code(), area);
        contribution.incrementWriteCount(1);
    }
}
