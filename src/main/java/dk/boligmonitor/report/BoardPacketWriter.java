package dk.boligmonitor.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Programme;

/** Renders each programme's board packet to {@code <out>/<programme>/bestyrelsespakke.pdf}. */
class BoardPacketWriter implements Tasklet {

    static final String PACKET_FILE = "bestyrelsespakke.pdf";
    private static final Logger log = LoggerFactory.getLogger(BoardPacketWriter.class);

    private final Path out;
    private final MonitorConfig config;
    private final PacketAssembler packets;
    private final ReportRenderer renderer;
    private final ReportOutputs outputs;

    BoardPacketWriter(Path out, MonitorConfig config, PacketAssembler packets, ReportRenderer renderer,
                      ReportOutputs outputs) {
        this.out = out;
        this.config = config;
        this.packets = packets;
        this.renderer = renderer;
        this.outputs = outputs;
    }

    /** Programmes' packets do not depend on each other: they are rendered on every core, then recorded. */
    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<Path> written = config.programmes().parallelStream().map(this::render).toList();
        for (int i = 0; i < written.size(); i++) {
            outputs.written(written.get(i), config.programmes().get(i).code(), null);
            contribution.incrementWriteCount(1);
        }
        return RepeatStatus.FINISHED;
    }

    private Path render(Programme programme) {
        Path pdf = out.resolve(programme.code()).resolve(PACKET_FILE);
        renderer.writeBoardPacket(packets.assemble(programme, LocalDate.now()), pdf);
        log.info("Bestyrelsespakke skrevet: {}", pdf);
        return pdf;
    }
}
