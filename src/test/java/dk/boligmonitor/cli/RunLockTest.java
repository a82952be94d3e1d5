package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.boligmonitor.TestDatabase;
import dk.boligmonitor.pipeline.ExitCodes;

/** A second run on a database that a run is using is refused, naming the run in the way. */
class RunLockTest {

    @TempDir
    Path work;

    @Test
    void secondRunIsRefusedWhileTheLockIsHeld() throws Exception {
        TestDatabase database = TestDatabase.fresh(work);
        assertThat(CommandLine.run(database, "ingest", "--data", "sample-data", "--config", "jobs").exitCode()).isZero();
        javax.sql.DataSource dataSource = database.jdbc().getDataSource();
        database.jdbc().update("UPDATE run_lock SET holder = 'run (pid 4242 på planlaegger)',"
                + " acquired_at = TIMESTAMP '2026-11-24 02:00:00' WHERE lock_name = 'pipeline-holder'");
        // another run, as far as the database can tell: a session holding the pipeline row
        try (Connection other = dataSource.getConnection(); Statement lock = other.createStatement()) {
            other.setAutoCommit(false);
            lock.executeQuery("SELECT lock_name FROM run_lock WHERE lock_name = 'pipeline' FOR UPDATE").close();

            CommandLine.Result second = CommandLine.run(database, "ingest", "--data", "sample-data", "--config", "jobs");

            assertThat(second.exitCode()).isEqualTo(ExitCodes.REFUSED);
            assertThat(second.errors()).contains("en anden kørsel bruger databasen: run (pid 4242 på planlaegger),"
                    + " startet 2026-11-24T02:00");
            other.rollback();
        }
        assertThat(CommandLine.run(database, "ingest", "--data", "sample-data", "--config", "jobs").exitCode()).isZero();
    }
}
