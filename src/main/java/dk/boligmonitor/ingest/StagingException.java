package dk.boligmonitor.ingest;

/** The database would not take a file's rows: the file is refused with the database's reason. */
class StagingException extends RuntimeException {

    StagingException(String message, Throwable cause) {
        super(message, cause);
    }
}
