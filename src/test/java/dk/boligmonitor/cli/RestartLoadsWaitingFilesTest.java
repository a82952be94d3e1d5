package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.boligmonitor.TestDatabase;
import dk.boligmonitor.registry.FileStatus;

/**
 * A kill can leave a file waiting in the load registry while Spring Batch has its load step as completed: H2
 * keeps the last commits before a kill -9 only up to a moment, and the two are written apart. The restarted
 * ingest must load the file again, not skip its step; skipping it, the job found the file still waiting and
 * went round its loading loop for ever (seen on H2 after a kill during the warehouse's first moments).
 */
class RestartLoadsWaitingFilesTest {

    private static final String FILE = "fraflytninger_fob_2013-2021.csv";

    @TempDir
    Path work;

    @Test
    void aFileWaitingAgainAfterAKillLoadsOnTheRestartThoughItsStepCompleted() {
        TestDatabase database = TestDatabase.fresh(work);
        String[] ingest = {"ingest", "--data", "sample-data", "--config", "jobs"};
        CommandLine.Result first = CommandLine.run(database, ingest);
        assertThat(first.exitCode()).as(first.output() + first.errors()).isZero();
        JdbcTemplate jdbc = database.jdbc();
        int moveouts = moveouts(jdbc);

        // the state the kill left: the job and its loop step failed (as the next run recovers them), the file
        // waiting, its partition's step completed
        jdbc.update("UPDATE batch_job_execution SET status = 'FAILED', exit_code = 'FAILED'");
        jdbc.update("UPDATE batch_step_execution SET status = 'FAILED', exit_code = 'FAILED'"
                + " WHERE step_name = 'loadFiles'");
        jdbc.update("UPDATE source_file SET status = ? WHERE file_name = ?", FileStatus.PENDING, FILE);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM batch_step_execution s JOIN source_file f"
                + " ON s.step_name = 'loadFile:file' || f.file_id WHERE f.file_name = ? AND s.status = 'COMPLETED'",
                Integer.class, FILE)).isEqualTo(1);

        CommandLine.Result restarted = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CommandLine.run(database, ingest), "the restart must end, not go round its loop");

        assertThat(restarted.exitCode()).as(restarted.output() + restarted.errors()).isZero();
        assertThat(jdbc.queryForList("SELECT COUNT(*) FROM batch_job_execution GROUP BY job_instance_id",
                Integer.class)).as("restarted, not started anew").containsExactly(2);
        assertThat(jdbc.queryForObject("SELECT status FROM source_file WHERE file_name = ?", String.class, FILE))
                .isEqualTo(FileStatus.LOADED);
        assertThat(moveouts(jdbc)).as("loaded again, once").isEqualTo(moveouts);
    }

    private static int moveouts(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM moveout m JOIN source_file f ON f.file_id = m.file_id"
                + " WHERE f.file_name = ?", Integer.class, FILE);
    }
}
