package dk.boligmonitor.ingest;

import java.util.List;

import dk.boligmonitor.ingest.read.Rejection;


/** What one file row became: its observations or its move-out, or the reasons it was rejected. Never both. */
public record MappedRow(int rowNo, List<Observation> observations, Moveout moveout, List<Rejection> rejections) {

    public static MappedRow observations(int rowNo, List<Observation> observations) {
        return new MappedRow(rowNo, observations, null, List.of());
    }

    public static MappedRow moveout(int rowNo, Moveout moveout) {
        return new MappedRow(rowNo, List.of(), moveout, List.of());
    }

    public static MappedRow rejected(int rowNo, List<Rejection> rejections) {
        return new MappedRow(rowNo, List.of(), null, rejections);
    }

    public boolean isRejected() {
        return !rejections.isEmpty();
    }
}
