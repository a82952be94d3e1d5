package dk.boligmonitor.report;

/** A report could not be filled or written; the message names the report and the area it was for. */
public final class ReportRenderingException extends RuntimeException {

    ReportRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
