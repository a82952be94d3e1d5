package dk.boligmonitor.report;

import java.nio.file.Path;

/** Where a programme's board packet lies in an output folder: {@code <out>/<programme>/bestyrelsespakke.pdf}. */
public final class BoardPacketFile {

    private static final String NAME = "bestyrelsespakke.pdf";

    private BoardPacketFile() {
    }

    public static Path of(Path out, String programme) {
        return out.resolve(programme).resolve(NAME);
    }
}
