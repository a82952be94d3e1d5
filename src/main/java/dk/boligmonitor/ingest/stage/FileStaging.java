package dk.boligmonitor.ingest.stage;

import java.util.List;

/**
 * Where one file's mapped rows go while the file loads. Either way nothing of a file counts before it is
 * LOADED; {@link #complete()} makes its rows permanent just before, {@link #discard()} drops them when the
 * file is refused or its load fails.
 */
public interface FileStaging {

    <T> void write(StagingTable<T> table, List<T> rows);

    /** The file was read to the end and accepted: its rows must be in the database when this returns. */
    void complete();

    /** The file is refused or its step failed: what was written for it need not stay. */
    void discard();
}
