package dk.boligmonitor.console;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import dk.boligmonitor.console.AuditLog.Action;
import dk.boligmonitor.console.AuditLog.Outcome;

/**
 * Sign-ins, good and bad, into the audit log; and a password guessed at too often locks its account for a while,
 * so guessing costs an attacker hours rather than seconds. A correct password resets the count.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final AuditLog audit;

    LoginAttempts(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        jdbc.sql("UPDATE console_user SET failed_logins = 0 WHERE username = ?").param(username).update();
        audit.record(username, Action.LOGIN, null, Outcome.OK);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            jdbc.sql("UPDATE console_user SET failed_logins = failed_logins + 1 WHERE username = ?").param(username)
                    .update();
            jdbc.sql("""
                    UPDATE console_user SET locked_until = ?, failed_logins = 0
                     WHERE username = ? AND failed_logins >= ?
                    """).params(Timestamp.valueOf(LocalDateTime.now().plus(LOCK)), username, MAX_FAILURES).update();
        }
        audit.record(username, Action.LOGIN, event.getException().getClass().getSimpleName(), Outcome.FAILED);
    }
}
