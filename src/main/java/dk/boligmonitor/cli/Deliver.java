package dk.boligmonitor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

import dk.boligmonitor.config.Programme;
import dk.boligmonitor.delivery.Outbox;
import dk.boligmonitor.delivery.PacketDelivery;
import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.pipeline.ExitCodes;
import dk.boligmonitor.report.BoardPacketFile;

/**
 * The deliver command: a programme's board packet, as it lies in the output folder, to each member of its board
 * who does not have this version yet; members a failed mail left waiting get it too. Says how many got it and
 * never whom.
 */
@Component
class Deliver {

    private final PacketDelivery delivery;
    private final Outbox outbox;

    Deliver(PacketDelivery delivery, Outbox outbox) {
        this.delivery = delivery;
        this.outbox = outbox;
    }

    int run(Programme programme, Path outDir, PrintStream out, PrintStream err) throws IOException {
        if (!outbox.configured()) {
            err.println("boligmonitor: " + Messages.get("cli.deliver.no_mail_host"));
            return ExitCodes.CONFIGURATION;
        }
        Path packet = BoardPacketFile.of(outDir, programme.code());
        if (!Files.isRegularFile(packet)) {
            err.println("boligmonitor: " + Messages.get("cli.deliver.no_packet", packet));
            return ExitCodes.REFUSED;
        }
        PacketDelivery.Result result = delivery.deliver(programme, outDir);
        out.println(Messages.get("cli.deliver.packet", programme.name(), result.packet(), result.shortVersion(),
                DanishFormat.dateTime(result.writtenAt())));
        int members = programme.board().size();
        if (result.sent() == 0 && result.failed() == 0) {
            out.println("  " + Messages.get("cli.deliver.nothing", members));
            return ExitCodes.OK;
        }
        out.println("  " + Messages.get("cli.deliver.sent", result.sent(), members, result.alreadyHad()));
        if (result.failed() > 0) {
            err.println("boligmonitor: " + Messages.get("cli.deliver.failed", result.failed(), result.error()));
            return ExitCodes.REFUSED;
        }
        return ExitCodes.OK;
    }
}
