package dk.boligmonitor.ingest.read;

import java.util.List;

/**
 * No header row among the top rows has every column the mapping names. Which columns the nearest row lacks is
 * kept apart from the message, so that a preview can rank the mappings by how near a file's header comes to theirs.
 */
public final class MissingColumnsException extends FileRefusedException {

    private final List<String> missing;

    MissingColumnsException(String message, List<String> missing) {
        super(message);
        this.missing = List.copyOf(missing);
    }

    /** The first name of each column the nearest header row lacks; every column when the file has no header row. */
    public List<String> missing() {
        return missing;
    }
}
