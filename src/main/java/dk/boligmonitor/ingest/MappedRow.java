package dk.boligmonitor.ingest;

import java.util.List;

import dk.boligmonitor.ingest.read.Rejection;


/**
 * What one file row became: its observations or its move-out, or the reasons it was rejected, or why the
 * mapping skips it (a row the mapping does not want, such as a breakdown beside the total it keeps). Never two.
 * The sheet, of several read as one file, is where the row is (null otherwise): row numbers repeat per sheet.
 */
public record MappedRow(int rowNo, List<Observation> observations, Moveout moveout, List<Rejection> rejections,
                        String skipped, String sheet) {

    public static MappedRow observations(int rowNo, List<Observation> observations) {
        return new MappedRow(rowNo, observations, null, List.of(), null, null);
    }

    public static MappedRow moveout(int rowNo, Moveout moveout) {
        return new MappedRow(rowNo, List.of(), moveout, List.of(), null, null);
    }

    public static MappedRow rejected(int rowNo, List<Rejection> rejections) {
        return new MappedRow(rowNo, List.of(), null, rejections, null, null);
    }

    public static MappedRow skipped(int rowNo, String reason) {
        return new MappedRow(rowNo, List.of(), null, List.of(), reason, null);
    }

    /** The same row, in the sheet it was read from. */
    MappedRow inSheet(String name) {
        return name == null ? this : new MappedRow(rowNo, observations, moveout, rejections, skipped, name);
    }

    public boolean isRejected() {
        return !rejections.isEmpty();
    }
}
