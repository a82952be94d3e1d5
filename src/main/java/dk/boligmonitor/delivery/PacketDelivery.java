package dk.boligmonitor.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.Contact;
import dk.boligmonitor.config.Programme;
import dk.boligmonitor.delivery.DeliveryLog.Attempt;
import dk.boligmonitor.delivery.Outbox.Attachment;
import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.report.BoardPacketFile;

/**
 * Mails a programme's board packet to its board, each member once per version. A version is the SHA-256 of the
 * PDF's bytes: exactly what is attached and recorded, whoever wrote the file and whenever (a packet rewritten by
 * hand, or restored from a copy, is told apart or recognised by its content, which the time a row in
 * report_output was written cannot do). A member the mail server did not take is recorded as failed and tried
 * again with the packet as it then is.
 */
@Component
public class PacketDelivery {

    private static final Logger log = LoggerFactory.getLogger(PacketDelivery.class);

    private final Outbox outbox;
    private final DeliveryLog deliveries;

    PacketDelivery(Outbox outbox, DeliveryLog deliveries) {
        this.outbox = outbox;
        this.deliveries = deliveries;
    }

    /**
     * What one delivery did: the packet and its version, when it was written, and how many members got it now,
     * had it already, or could not be reached ({@code error} says why, for the last of them).
     */
    public record Result(Path packet, String version, LocalDateTime writtenAt, int sent, int alreadyHad, int failed,
                         String error) {

        public String shortVersion() {
            return DeliveryLog.shortened(version);
        }
    }

    /** The packet in {@code out} to every member of the board who does not have this version of it. */
    public Result deliver(Programme programme, Path out) throws IOException {
        return deliver(programme, BoardPacketFile.of(out, programme.code()), programme.board());
    }

    /**
     * The members whose last mail failed get the packet it was for, as it now is; nothing when none waits (or
     * they have left the board), or the packet is gone.
     */
    void retryWaiting(Programme programme) throws IOException {
        Optional<DeliveryLog.Owed> owed = deliveries.owed(programme.code());
        if (owed.isEmpty() || !Files.isRegularFile(owed.get().packet())) {
            return;
        }
        List<Contact> waiting = programme.board().stream().filter(member -> owed.get().includes(member.email()))
                .toList();
        if (!waiting.isEmpty()) {
            deliver(programme, owed.get().packet(), waiting);
        }
    }

    private Result deliver(Programme programme, Path packet, List<Contact> members) throws IOException {
        byte[] pdf = Files.readAllBytes(packet);
        String version = sha256(pdf);
        LocalDateTime writtenAt = LocalDateTime.ofInstant(Files.getLastModifiedTime(packet).toInstant(),
                ZoneId.systemDefault());
        String subject = Messages.get("delivery.packet.subject", programme.name(), programme.period());
        List<Attachment> attachments = List.of(new Attachment(programme.code() + "-" + packet.getFileName(), pdf,
                "application/pdf"));
        int sent = 0;
        int alreadyHad = 0;
        List<String> errors = new ArrayList<>();
        for (Contact member : members) {
            if (deliveries.received(programme.code(), version, member.email())) {
                alreadyHad++;
                continue;
            }
            String text = Messages.get("delivery.packet.text", member.name(), programme.name(), programme.period(),
                    DanishFormat.dateTime(writtenAt));
            String outcome = DeliveryLog.SENT;
            String error = null;
            try {
                outbox.send(member, subject, text, attachments);
                sent++;
            } catch (MailException e) {
                outcome = DeliveryLog.FAILED;
                error = Outbox.reason(e, member);
                errors.add(error);
            }
            deliveries.record(new Attempt(programme.code(), packet, version, writtenAt, member.email(),
                    LocalDateTime.now(), outcome, error));
        }
        Result result = new Result(packet, version, writtenAt, sent, alreadyHad, errors.size(),
                errors.isEmpty() ? null : errors.get(errors.size() - 1));
        if (result.failed() > 0) {
            log.warn(Messages.get("delivery.packet.failed", programme.code(), result.shortVersion(), result.failed(),
                    result.sent() + result.failed(), result.error()));
        } else if (result.sent() > 0) {
            log.info(Messages.get("delivery.packet.sent", programme.code(), result.shortVersion(), result.sent(),
                    result.alreadyHad()));
        }
        return result;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
