package dk.boligmonitor.pipeline;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.format.Messages;

/**
 * After a killed run, builds the embedded H2 database's tables anew from their rows, before anything else is
 * written. H2 can keep the index entry of a row that the killed run was inserting while the row itself is
 * rolled back (it stores the undo record and the index at different moments); a later transaction that happens
 * to get the dead one's number takes that entry for its own and fails on the missing row ("Row ... not found in
 * primary index"), e.g. when the next run clears what the killed one left of a half-loaded file. H2 has no
 * REINDEX, but adding and dropping a column makes it copy the table and build its indexes and constraints again
 * from the rows; the stray entries go with the old copy. PostgreSQL replays its indexes with their rows after a
 * crash, so there is nothing to do there.
 */
@Component
class KilledRunRepair {

    private static final Logger log = LoggerFactory.getLogger(KilledRunRepair.class);
    private static final String COLUMN = "rebuilt_after_killed_run";
    /** Flyway's history is written only by migrations; the run lock is held, row-locked, by this very run. */
    private static final Set<String> UNTOUCHED = Set.of("flyway_schema_history", "run_lock");

    private final JdbcTemplate jdbc;
    private final boolean h2;

    KilledRunRepair(JdbcTemplate jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (Connection connection = dataSource.getConnection()) {
            this.h2 = connection.getMetaData().getDatabaseProductName().equals("H2");
        }
    }

    void rebuildTables() {
        if (!h2) {
            return;
        }
        long started = System.nanoTime();
        List<String> tables = jdbc.queryForList("""
                SELECT table_name
                  FROM information_schema.tables
                 WHERE table_schema = CURRENT_SCHEMA AND table_type = 'BASE TABLE'
                 ORDER BY table_name
                """, String.class).stream().filter(table -> !UNTOUCHED.contains(table)).toList();
        log.warn(Messages.get("pipeline.repair.started", tables.size()));
        for (String table : tables) {
            // IF (NOT) EXISTS: a run killed in the middle of this finds the column still there and goes on
            jdbc.execute("ALTER TABLE " + table + " ADD COLUMN IF NOT EXISTS " + COLUMN + " INT");
            jdbc.execute("ALTER TABLE " + table + " DROP COLUMN IF EXISTS " + COLUMN);
        }
        log.info(Messages.get("pipeline.repair.done", DanishFormat.number((System.nanoTime() - started) / 1e9, 1)));
    }
}
