package dk.boligmonitor.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * What PostgreSQL itself can take in: the move-out CSV loaded with a bare COPY into an unindexed table of text
 * columns, with no parsing, checks or bookkeeping. boligmonitor's ingest rate as a share of this says how much
 * room is left on the database side. The scratch table is the bench's own and is dropped again.
 */
final class BenchCopyCeiling {

    private static final String TABLE = "bench_copy_ceiling";

    private BenchCopyCeiling() {
    }

    record Ceiling(long rows, Duration time) {
        double rowsPerSecond() {
            return rows * 1000.0 / Math.max(1, time.toMillis());
        }
    }

    /** Empty on any database but PostgreSQL. */
    static Optional<Ceiling> measure(DataSource dataSource, Path csv) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isWrapperFor(PGConnection.class)) {
                return Optional.empty();
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS " + TABLE);
                statement.execute("""
                        CREATE TABLE %s (afdeling TEXT, lejemaal TEXT, dato TEXT, aarsag TEXT, tomgangsdage TEXT,
                                         tab TEXT)""".formatted(TABLE));
                try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                    long started = System.nanoTime();
                    long rows = copy.copyIn("COPY " + TABLE + " FROM STDIN (FORMAT csv, DELIMITER ';', HEADER true)",
                            reader);
                    return Optional.of(new Ceiling(rows, Duration.ofNanos(System.nanoTime() - started)));
                } finally {
                    statement.execute("DROP TABLE " + TABLE);
                }
            }
        }
    }
}
