package dk.boligmonitor.ingest.read;

/** Why one row of a file was not loaded, naming the column and value so it can be found and fixed. */
public record Rejection(int rowNo, String column, String value, String reason) {
}
