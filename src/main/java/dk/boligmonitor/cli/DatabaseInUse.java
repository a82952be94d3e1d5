package dk.boligmonitor.cli;

import java.sql.SQLException;
import java.util.Optional;

import dk.boligmonitor.format.Messages;

/**
 * An embedded H2 file opens in one process at a time: a second command on the same file while a run holds it is
 * turned away by H2 before the run lock can be asked. The data officer gets the same answer as from the run lock
 * (exit 1, what is in the way), not an internal failure.
 */
final class DatabaseInUse {

    /** H2's "Database may be already in use" (ErrorCode.DATABASE_ALREADY_OPEN_1). */
    private static final int H2_ALREADY_OPEN = 90020;

    private DatabaseInUse() {
    }

    /** The message for the data officer, if {@code failure} is H2 refusing a file another process has open. */
    static Optional<String> describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_ALREADY_OPEN) {
                return Optional.of(Messages.get("cli.database_in_use"));
            }
        }
        return Optional.empty();
    }
}
