package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.boligmonitor.TestDatabase;
import dk.boligmonitor.config.ConfigLoaderTestSupport;

/**
 * An H2 database as a run killed with kill -9 left it while loading the large move-out list (compacted), kept
 * from one of the kills (about one in forty) after which H2 holds the index entry of a move-out the killed
 * run was inserting, but not the move-out: the next run failed every time clearing the half-loaded file, with
 * 'Row "19204" not found in primary index "public.moveout_DATA"'. It must build the tables again, load the
 * file from where it lies now (the killed run had it elsewhere) and leave no such entry.
 */
class KilledRunRepairTest {

    @TempDir
    Path work;

    @Test
    void theRunAfterAKilledOneBuildsTheTablesAgainAndLoadsTheInterruptedFile() throws Exception {
        TestDatabase database = TestDatabase.fresh(work.resolve("killed"));
        assumeFalse(database.isPostgreSql(), "the damage is H2's own");
        Files.createDirectories(work.resolve("killed"));
        try (InputStream killed = getClass().getResourceAsStream("/killed-run/db.mv.db")) {
            Files.copy(killed, work.resolve("killed").resolve("db.mv.db"));
        }
        Path inbox = work.resolve("inbox");
        ConfigLoaderTestSupport.copy(Path.of("sample-data"), inbox);
        LargeMoveoutList.writeInto(inbox);

        CommandLine.Result run = CommandLine.runPipeline(database, inbox, work.resolve("out"));

        assertThat(run.exitCode()).as(run.output() + run.errors()).isZero();
        assertThat(MoveoutIndex.strayEntries(database)).isZero();
        assertThat(database.jdbc().queryForObject("SELECT status || ' ' || rows_accepted FROM source_file"
                + " WHERE file_name = ?", String.class, LargeMoveoutList.FILE))
                .isEqualTo("LOADED " + LargeMoveoutList.ROWS);
    }
}
