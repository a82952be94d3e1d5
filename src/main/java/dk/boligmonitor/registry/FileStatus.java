package dk.boligmonitor.registry;

/**
 * What became of a file in the load registry (source_file.status). Every stage reads it: only a LOADED file's
 * rows count, so a load that dies halfway leaves nothing the warehouse, the criteria or a report would read.
 */
public final class FileStatus {

    public static final String PENDING = "PENDING";
    public static final String LOADING = "LOADING";
    public static final String LOADED = "LOADED";
    public static final String REFUSED = "REFUSED";
    public static final String REPLACED = "REPLACED";

    private FileStatus() {
    }
}
