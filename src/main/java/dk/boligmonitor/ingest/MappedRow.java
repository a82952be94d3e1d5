package dk.boligmonitor.ingest;

import java.util.List;

import dk.boligmonitor.ingest.read.Rejection;


/**
 * What one file row became: its observations or its move-out, or the reasons it was rejected, or why the
 * mapping skips it (a row the mapping does not want, such as a breakdown beside the total it keeps). Never two.
 */
public record MappedRow(int rowNo, List<Observation> observations, Moveout moveout, List<Rejection> rejections,
                        String skipped) {

    public static MappedRow observations(int rowNo, List<Observation> observations) {
        return new MappedRow(rowNo, observations, null, List.of(), null);
    }

    public static MappedRow moveout(int rowNo, Moveout moveout) {
        return new MappedRow(rowNo, List.of(), moveout, List.of(), null);
    }

    public static MappedRow rejected(int rowNo, List<Rejection> rejections) {
        return new MappedRow(rowNo, List.of(), null, rejections, null);
    }

    public static MappedRow skipped(int rowNo, String reason) {
        return new MappedRow(rowNo, List.of(), null, List.of(), reason);
    }

    public boolean isRejected() {
        return !rejections.isEmpty();
    }
}
