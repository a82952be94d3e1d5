package dk.boligmonitor.delivery;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The packet_delivery table: every board packet mailed, or tried, to every member, by version (the SHA-256 of
 * the bytes attached). Addresses are compared in lower case, as mail servers do.
 */
@Component
public class DeliveryLog {

    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    /** The start of a version, enough to tell two apart in a log line or status. */
    private static final int SHORT_VERSION = 12;

    private final JdbcClient jdbc;

    DeliveryLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One attempt to mail one version of a programme's packet to one member. */
    record Attempt(String programme, Path packet, String version, LocalDateTime writtenAt, String recipient,
                   LocalDateTime attemptedAt, String outcome, String error) {
    }

    /**
     * A programme's deliveries as status shows them: the newest version tried, how many members have it, how many
     * wait for a packet because their newest attempt failed, and that failure.
     */
    public record Standing(String programme, String version, LocalDateTime writtenAt, int sent, int waiting,
                           LocalDateTime lastAttempt, String lastError) {

        public String shortVersion() {
            return shortened(version);
        }
    }

    boolean received(String programme, String version, String recipient) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM packet_delivery
                 WHERE programme_code = ? AND packet_sha256 = ? AND recipient = ? AND outcome = ?
                """).params(programme, version, key(recipient), SENT).query(Integer.class).single() > 0;
    }

    void record(Attempt attempt) {
        jdbc.sql("""
                INSERT INTO packet_delivery (programme_code, packet_path, packet_sha256, written_at, recipient,
                                             attempted_at, outcome, error)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(attempt.programme(), attempt.packet().toAbsolutePath().toString(), attempt.version(),
                        attempt.writtenAt(), key(attempt.recipient()), attempt.attemptedAt(), attempt.outcome(),
                        attempt.error())
                .update();
    }

    /** The members (by address) whose newest attempt failed, and the packet it was for. */
    Optional<Owed> owed(String programme) {
        List<Attempt> newest = newestPerRecipient(programme);
        Set<String> waiting = new TreeSet<>();
        Path packet = null;
        for (Attempt attempt : newest) {
            if (attempt.outcome().equals(FAILED)) {
                waiting.add(attempt.recipient());
                packet = attempt.packet();
            }
        }
        return waiting.isEmpty() ? Optional.empty() : Optional.of(new Owed(packet, waiting));
    }

    record Owed(Path packet, Set<String> recipients) {

        boolean includes(String address) {
            return recipients.contains(key(address));
        }
    }

    /** Every programme that has had a packet mailed, as status shows it. */
    public List<Standing> standings() {
        List<String> programmes = jdbc.sql(
                "SELECT DISTINCT programme_code FROM packet_delivery ORDER BY programme_code").query(String.class).list();
        List<Standing> standings = new ArrayList<>();
        for (String programme : programmes) {
            List<Attempt> newest = newestPerRecipient(programme);
            Attempt last = newest.stream().max(Comparator.comparing(Attempt::attemptedAt)).orElseThrow();
            int sent = (int) newest.stream()
                    .filter(a -> a.outcome().equals(SENT) && a.version().equals(last.version())).count();
            int waiting = (int) newest.stream().filter(a -> a.outcome().equals(FAILED)).count();
            String lastError = newest.stream().filter(a -> a.outcome().equals(FAILED))
                    .max(Comparator.comparing(Attempt::attemptedAt)).map(Attempt::error).orElse(null);
            standings.add(new Standing(programme, last.version(), last.writtenAt(), sent, waiting,
                    last.attemptedAt(), lastError));
        }
        return standings;
    }

    /** Each member's newest attempt: the table grows by a row a member a packet, a few a year. */
    private List<Attempt> newestPerRecipient(String programme) {
        Map<String, Attempt> newest = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT programme_code, packet_path, packet_sha256, written_at, recipient, attempted_at, outcome, error
                  FROM packet_delivery
                 WHERE programme_code = ?
                 ORDER BY attempted_at, delivery_id
                """).param(programme)
                .query((rs, n) -> new Attempt(rs.getString(1), Path.of(rs.getString(2)), rs.getString(3),
                        rs.getTimestamp(4).toLocalDateTime(), rs.getString(5), rs.getTimestamp(6).toLocalDateTime(),
                        rs.getString(7), rs.getString(8)))
                .list().forEach(attempt -> newest.put(attempt.recipient(), attempt));
        return new ArrayList<>(newest.values());
    }

    static String shortened(String version) {
        return version.substring(0, SHORT_VERSION);
    }

    private static String key(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }
}
