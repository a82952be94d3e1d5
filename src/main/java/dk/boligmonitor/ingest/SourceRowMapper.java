package dk.boligmonitor.ingest;

import dk.boligmonitor.ingest.read.SourceRow;

/** Turns one file row into what it means for the warehouse, or into the reasons it cannot be used. */
public interface SourceRowMapper {

    MappedRow map(SourceRow row);
}
