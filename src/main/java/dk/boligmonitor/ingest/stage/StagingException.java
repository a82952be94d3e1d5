package dk.boligmonitor.ingest.stage;

/** The database would not take a file's rows: the file is refused with the database's reason. */
public class StagingException extends RuntimeException {

    public StagingException(String message, Throwable cause) {
        super(message, cause);
    }
}
