package dk.boligmonitor.console;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import dk.boligmonitor.format.Messages;

/**
 * Who did what in the console, and when: the audit_event table. Every sign-in and failed one, upload, run started
 * or restarted, download, and every request refused for want of a right. Written in its own statement, outside
 * any transaction of the work it records, so a failed upload is still on record.
 */
@Component
public class AuditLog {

    /** How a recorded action ended. */
    public enum Outcome {
        OK, FAILED, REFUSED;

        private static final String LABEL = "console.audit.outcome.";

        public String label() {
            return Messages.get(LABEL + name());
        }
    }

    /** The actions the log records; stored by name. */
    public enum Action {
        LOGIN, LOGOUT, UPLOAD, PREVIEW, RUN, DOWNLOAD, ACCESS_DENIED, USER_CHANGE;

        private static final String LABEL = "console.audit.action.";

        public String label() {
            return Messages.get(LABEL + name());
        }
    }

    /** One recorded action, as the administrator's page lists it. */
    public record Event(long id, LocalDateTime at, String username, Action action, String target, Outcome outcome,
                        String remoteAddress) {
    }

    private static final int TARGET_LENGTH = 1000;

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An action of the user signed in on this request. */
    public void record(Action action, String target, Outcome outcome) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        record(user == null ? null : user.getName(), action, target, outcome);
    }

    public void record(String username, Action action, String target, Outcome outcome) {
        jdbc.sql("""
                INSERT INTO audit_event (occurred_at, username, action, target, outcome, remote_address)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
                .params(Timestamp.valueOf(LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS)), username, action.name(),
                        target == null || target.length() <= TARGET_LENGTH ? target : target.substring(0, TARGET_LENGTH),
                        outcome.name(), remoteAddress())
                .update();
    }

    /** The newest {@code count} events, of one user and one action when given (null: any). */
    public List<Event> latest(int count, String username, Action action) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (username != null) {
            conditions.add("username = ?");
            parameters.add(username);
        }
        if (action != null) {
            conditions.add("action = ?");
            parameters.add(action.name());
        }
        parameters.add(count);
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return jdbc.sql("SELECT event_id, occurred_at, username, action, target, outcome, remote_address"
                        + " FROM audit_event" + where + " ORDER BY event_id DESC LIMIT ?")
                .params(parameters)
                .query((rs, n) -> new Event(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3),
                        Action.valueOf(rs.getString(4)), rs.getString(5), Outcome.valueOf(rs.getString(6)),
                        rs.getString(7)))
                .list();
    }

    private static String remoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }
}
