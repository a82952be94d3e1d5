package dk.boligmonitor.ingest;

import java.util.Map;
import java.util.Optional;

import dk.boligmonitor.ingest.read.SourceRow;

/** Turns one file row into what it means for the warehouse, or into the reasons it cannot be used. */
public interface SourceRowMapper {

    MappedRow map(SourceRow row);

    /** Once every row is mapped: why the file as a whole cannot be used, if what its rows say together forbids it. */
    default Optional<String> refusalAtEnd() {
        return Optional.empty();
    }

    /** Once every row is mapped: the rows whose figures the warehouse will not use, counted by reason. */
    default Map<String, Integer> unusedAtEnd() {
        return Map.of();
    }
}
