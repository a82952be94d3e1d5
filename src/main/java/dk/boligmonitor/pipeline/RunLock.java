package dk.boligmonitor.pipeline;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dk.boligmonitor.format.Messages;

/**
 * Never two runs at once on one database, across machines: a run holds a row lock for as long as it works.
 * The lock lives in the database session, so a run that is killed releases it with its connection, and the
 * next run may then recover the killed run's unfinished jobs without stepping on a live one.
 */
@Component
public class RunLock {

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    RunLock(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    Held acquire(String command) throws SQLException {
        Held held = new Held(locked());
        jdbc.sql("UPDATE run_lock SET holder = ?, acquired_at = ? WHERE lock_name = 'pipeline-holder'")
                .params(Messages.get("pipeline.lock.holder", command, ProcessHandle.current().pid(), host()),
                        LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS)).update();
        return held;
    }

    /**
     * Refuses, naming the holder, when another run holds the lock now; takes it only for that moment. For a caller
     * that hands its run to another thread and wants to tell the user at once, before the run asks for the lock.
     */
    public void check() throws SQLException {
        new Held(locked()).close();
    }

    /** A connection holding the lock in its open transaction. */
    private Connection locked() throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT lock_name FROM run_lock WHERE lock_name = 'pipeline' FOR UPDATE NOWAIT")) {
                lock.executeQuery().close();
            }
        } catch (SQLException e) {
            connection.rollback();
            connection.close();
            throw new Refused(Messages.get("pipeline.lock.held", holder()));
        }
        return connection;
    }

    private String holder() {
        return jdbc.sql("SELECT holder, acquired_at FROM run_lock WHERE lock_name = 'pipeline-holder'")
                .query((rs, n) -> rs.getTimestamp(2) == null ? Messages.get("pipeline.lock.unknown_holder")
                        : Messages.get("pipeline.lock.holder_since", rs.getString(1),
                                rs.getTimestamp(2).toLocalDateTime()))
                .single();
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return Messages.get("pipeline.lock.unknown_host");
        }
    }

    /** The lock for the length of a run; closing it ends the locking transaction. */
    static final class Held implements AutoCloseable {
        private final Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() throws SQLException {
            try {
                connection.rollback();
            } finally {
                connection.close();
            }
        }
    }

    /** Another run holds the database; the message names it. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }
}
