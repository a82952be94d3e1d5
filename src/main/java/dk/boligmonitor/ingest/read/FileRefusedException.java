package dk.boligmonitor.ingest.read;

/** The file as a whole cannot be loaded (unreadable, no header, a required column missing): nothing of it loads. */
public class FileRefusedException extends RuntimeException {

    public FileRefusedException(String message) {
        super(message);
    }

    public FileRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
