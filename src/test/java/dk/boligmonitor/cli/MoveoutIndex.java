package dk.boligmonitor.cli;

import dk.boligmonitor.TestDatabase;

/**
 * H2's entries in the move-out index against the move-outs themselves: a run killed while inserting can leave
 * an entry whose row H2 rolled back.
 */
final class MoveoutIndex {

    private MoveoutIndex() {
    }

    /** How many entries the index holds more than the table has rows. */
    static int strayEntries(TestDatabase h2) {
        return h2.jdbc().queryForObject("SELECT (SELECT COUNT(file_id) FROM moveout USE INDEX (moveout_file_idx))"
                + " - (SELECT COUNT(*) FROM moveout)", Integer.class);
    }
}
