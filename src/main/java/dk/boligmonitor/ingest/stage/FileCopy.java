package dk.boligmonitor.ingest.stage;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import dk.boligmonitor.format.Messages;

/**
 * A file's rows streamed into PostgreSQL through one COPY for the whole file, in a transaction of its own that
 * commits when the file is complete. The server stores rows while the next ones are still being read and
 * mapped, so reading and storing run side by side on two cores, and the file is all or nothing in the
 * database itself: a refused, failed or killed load leaves no row behind.
 */
public final class FileCopy implements FileStaging {

    /** Sent in pieces of about this many characters, so a chunk is never held twice over as bytes. */
    private static final int PIECE = 1 << 16;

    private final DataSource dataSource;
    private final String fileId;
    private final StringBuilder text = new StringBuilder(PIECE + 1024);
    private Connection connection;
    private CopyIn copy;
    private String table;

    public FileCopy(DataSource dataSource, long fileId) {
        this.dataSource = dataSource;
        this.fileId = Long.toString(fileId);
    }

    public static boolean supports(Connection connection) throws SQLException {
        return connection.isWrapperFor(PGConnection.class);
    }

    @Override
    public <T> void write(StagingTable<T> rowsOf, List<T> rows) {
        try {
            start(rowsOf);
            for (T row : rows) {
                text.append(fileId);
                for (Function<T, Object> value : rowsOf.values()) {
                    text.append('\t');
                    append(value.apply(row));
                }
                text.append('\n');
                if (text.length() >= PIECE) {
                    send();
                }
            }
            send();
        } catch (SQLException e) {
            throw new StagingException(Messages.get("stage.rows_refused", e.getMessage()), e);
        }
    }

    /** One COPY per file: a file gives rows of one table (observations or move-outs), never both. */
    private void start(StagingTable<?> rowsOf) throws SQLException {
        if (copy == null) {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            table = rowsOf.name();
            copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + rowsOf.columnList() + ") FROM STDIN");
        } else if (!table.equals(rowsOf.name())) {
            throw new IllegalStateException(Messages.get("stage.two_tables", table, rowsOf.name()));
        }
    }

    private void send() throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    @Override
    public void complete() {
        if (copy == null) {
            return;
        }
        try {
            copy.endCopy();
            connection.commit();
        } catch (SQLException e) {
            throw new StagingException(Messages.get("stage.rows_refused", e.getMessage()), e);
        } finally {
            close();
        }
    }

    @Override
    public void discard() {
        if (copy == null) {
            return;
        }
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            connection.rollback();
        } catch (SQLException e) {
            // closing the connection below ends the transaction all the same
        } finally {
            close();
        }
    }

    private void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing of the file depends on it any more
        }
        copy = null;
        connection = null;
    }

    /**
     * COPY's text format: \N for null, and backslash, tab and line breaks escaped inside text. Numbers as
     * their toString (PostgreSQL reads a decimal's exponent form too, and toString is the fast one).
     */
    private void append(Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof String string) {
            for (int i = 0; i < string.length(); i++) {
                char c = string.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        } else {
            text.append(value);
        }
    }
}
