package dk.boligmonitor.delivery;

import java.io.IOException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Programme;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.pipeline.RunFinished;
import dk.boligmonitor.report.BoardPacketFile;

/**
 * What the mail brings after a run of jobs/schedule.yml: the data officers' word if it went wrong, each board its
 * packet if the run wrote one, and to members a failed mail left waiting, their packet again. Only scheduled runs
 * announce themselves (see {@link RunFinished}), so a run from the terminal mails nobody. Nothing here stops or
 * fails the run: a mail server that is down is logged, and recorded where a packet waits.
 */
@Component
class AfterScheduledRun {

    private static final Logger log = LoggerFactory.getLogger(AfterScheduledRun.class);

    private final Outbox outbox;
    private final MonitorConfig config;
    private final RunAlert alert;
    private final PacketDelivery packets;

    AfterScheduledRun(Outbox outbox, MonitorConfig config, RunAlert alert, PacketDelivery packets) {
        this.outbox = outbox;
        this.config = config;
        this.alert = alert;
        this.packets = packets;
    }

    @EventListener
    void runFinished(RunFinished run) {
        boolean anyone = config.programmes().stream()
                .anyMatch(p -> !p.board().isEmpty() || p.dataOfficer().isPresent());
        if (!anyone) {
            return;
        }
        if (!outbox.configured()) {
            log.warn(Messages.get("delivery.no_mail_host", run.name()));
            return;
        }
        onItsOwn(run, () -> alert.afterRun(run));
        for (Programme programme : config.programmes()) {
            if (!programme.board().isEmpty()) {
                onItsOwn(run, () -> {
                    if (wrotePacket(run, programme)) {
                        packets.deliver(programme, run.out());
                    } else {
                        packets.retryWaiting(programme);
                    }
                });
            }
        }
    }

    /** One mailing; whatever stops it (an unreadable packet, a database error) is logged and stops no other. */
    private static void onItsOwn(RunFinished run, Mailing mailing) {
        try {
            mailing.send();
        } catch (IOException | RuntimeException e) {
            log.error(Messages.get("delivery.after_run_failed", run.name(), e.getMessage()), e);
        }
    }

    @FunctionalInterface
    private interface Mailing {
        void send() throws IOException;
    }

    private static boolean wrotePacket(RunFinished run, Programme programme) {
        if (!run.wroteReports()) {
            return false;
        }
        Path packet = BoardPacketFile.of(run.out(), programme.code()).toAbsolutePath().normalize();
        return run.summary().reports().stream().anyMatch(report -> report.toAbsolutePath().normalize().equals(packet));
    }
}
