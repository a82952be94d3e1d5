package dk.boligmonitor.ingest.read;

/**
 * Why one row of a file was not loaded, naming the column and value so it can be found and fixed. A value that
 * may hold personal data (a name or CPR number in the wrong column) is hidden, here and where the reason quotes
 * it, so it reaches neither rejected_row nor the rejects CSV.
 */
public record Rejection(int rowNo, String column, String value, String reason) {

    public Rejection {
        String shown = PersonalData.redacted(value);
        if (reason != null && value != null && !value.isEmpty() && !shown.equals(value)) {
            reason = reason.replace(value, shown);
        }
        value = shown;
    }
}
