package dk.boligmonitor.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.Contact;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Programme;
import dk.boligmonitor.delivery.Outbox.Attachment;
import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.ingest.LoadHistory;
import dk.boligmonitor.ingest.LoadHistory.RejectedRow;
import dk.boligmonitor.ingest.RejectsCsv;
import dk.boligmonitor.pipeline.RunFinished;
import dk.boligmonitor.pipeline.RunSummary;

/**
 * Word to the data officers when a scheduled run went wrong: it failed, refused a file, or rejected more rows
 * than {@code boligmonitor.delivery.alert-rejected-rows}. The mail holds the run's summary as the terminal shows
 * it, and the run's rejected rows as the rejects command's CSV. A run that went well sends nothing. The word is
 * not kept for a later try: the next run, status and the log say the same.
 */
@Component
class RunAlert {

    private static final Logger log = LoggerFactory.getLogger(RunAlert.class);

    private final Outbox outbox;
    private final MonitorConfig config;
    private final LoadHistory history;
    private final long rejectedRowsAllowed;

    RunAlert(Outbox outbox, MonitorConfig config, LoadHistory history,
             @Value("${boligmonitor.delivery.alert-rejected-rows}") long rejectedRowsAllowed) {
        this.outbox = outbox;
        this.config = config;
        this.history = history;
        this.rejectedRowsAllowed = rejectedRowsAllowed;
    }

    void afterRun(RunFinished run) throws IOException {
        String subject = subject(run);
        List<Contact> officers = dataOfficers(config.programmes());
        if (subject == null || officers.isEmpty()) {
            return;
        }
        List<RejectedRow> rejected = run.summary() == null ? List.of() : history.rejectedRowsSince(run.started());
        List<Attachment> attachments = rejected.isEmpty() ? List.of()
                : List.of(new Attachment(RejectsCsv.FILE_NAME, RejectsCsv.bytes(rejected), "text/csv"));
        String summary = summary(run);
        String attached = Messages.get(rejected.isEmpty() ? "delivery.alert.no_attachment"
                : "delivery.alert.attachment", RejectsCsv.FILE_NAME);
        int failed = 0;
        String error = null;
        for (Contact officer : officers) {
            String text = Messages.get("delivery.alert.text", officer.name(), run.name(), run.command(),
                    DanishFormat.dateTime(run.started()), summary, attached);
            try {
                outbox.send(officer, subject, text, attachments);
            } catch (MailException e) {
                failed++;
                error = Outbox.reason(e, officer);
            }
        }
        if (failed > 0) {
            log.warn(Messages.get("delivery.alert.failed", run.name(), failed, officers.size(), error));
        } else {
            log.info(Messages.get("delivery.alert.sent", run.name(), officers.size()));
        }
    }

    /** Why the data officer should hear of the run, as the mail's subject; null when the run went well. */
    private String subject(RunFinished run) {
        RunSummary summary = run.summary();
        if (summary == null || summary.failure() != null) {
            return Messages.get("delivery.alert.subject.failed", run.name());
        }
        if (!summary.refusals().isEmpty()) {
            return Messages.get("delivery.alert.subject.refused", run.name(), summary.refusals().size());
        }
        if (summary.rowsRejected() > rejectedRowsAllowed) {
            return Messages.get("delivery.alert.subject.rejected", run.name(), summary.rowsRejected());
        }
        return null;
    }

    /** The summary as the terminal shows it (an ingest's without reports), or why the run stopped. */
    private static String summary(RunFinished run) {
        if (run.summary() == null) {
            return Messages.get("pipeline.summary.failure", run.error());
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8);
        if (run.wroteReports()) {
            run.summary().print(out);
        } else {
            run.summary().printLoad(out);
        }
        return text.toString(StandardCharsets.UTF_8).strip();
    }

    /** Each address once, though one officer may serve several programmes. */
    private static List<Contact> dataOfficers(List<Programme> programmes) {
        Map<String, Contact> officers = new LinkedHashMap<>();
        programmes.forEach(programme -> programme.dataOfficer().ifPresent(officer ->
                officers.putIfAbsent(officer.email().toLowerCase(Locale.ROOT), officer)));
        return List.copyOf(officers.values());
    }
}
