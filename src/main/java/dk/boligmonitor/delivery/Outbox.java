package dk.boligmonitor.delivery;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.Contact;

/**
 * Mail through Spring Boot's mail sender (spring.mail.*): one person per mail, so no member of a board sees the
 * others' addresses. Boot makes the sender only when spring.mail.host is set; without it nothing can be sent.
 */
@Component
public class Outbox {

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    Outbox(ObjectProvider<JavaMailSender> sender, @Value("${boligmonitor.delivery.from}") String from) {
        this.sender = sender;
        this.from = from;
    }

    /** A file sent along: its name as the recipient sees it, its bytes and their media type. */
    record Attachment(String fileName, byte[] bytes, String contentType) {
    }

    public boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /** Sends one mail in plain text; a server that is down or refuses throws, and nothing is sent. */
    void send(Contact to, String subject, String text, List<Attachment> attachments) throws MailException {
        sender.getObject().send(message -> {
            MimeMessageHelper mail = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
            mail.setFrom(from);
            mail.setTo(to.email());
            mail.setSubject(subject);
            mail.setText(text);
            for (Attachment attachment : attachments) {
                mail.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.bytes()),
                        attachment.contentType());
            }
        });
    }

    /**
     * What went wrong, for the log and the delivery table: the innermost cause (the library's own words), with
     * the address taken out, since a server's refusal often repeats it.
     */
    static String reason(MailException failure, Contact to) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.replaceAll("(?i)" + Pattern.quote(to.email()), "…");
    }
}
