package dk.boligmonitor.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.SourceMapping;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.ingest.read.FileRefusedException;
import dk.boligmonitor.ingest.read.PersonalData;
import dk.boligmonitor.ingest.read.SourceRow;
import dk.boligmonitor.ingest.read.TabularFile;
import dk.boligmonitor.ingest.read.TabularFiles;

/**
 * The guards a file passes before it may lie in the inbox (an upload in the console): the load's own, so that
 * personal data never lies there and a file the readers refuse whatever its mapping is turned away at the door.
 * Each mapping that takes the file by its name reads it as a load would, its drop_columns blanked; a file none of
 * them reads to the end (no mapping takes the name, or none finds its header) is read whole without a mapping.
 * What a mapping would make of the rows (rejections, a missing column, too many rejected) is no guard's business:
 * the file may still be mended by its mapping, and the preview shows it.
 */
public final class IncomingFile {

    private IncomingFile() {
    }

    /** Why the file, to be named {@code name} in the inbox, may not lie there, in Danish; empty when it may. */
    public static Optional<String> refusal(Path file, String name, MonitorConfig config) {
        try {
            boolean readByAMapping = false;
            for (SourceMapping mapping : FileRegistrar.mappingsFor(config, Path.of(name))) {
                readByAMapping |= readsToTheEnd(file, name, mapping);
            }
            if (!readByAMapping) {
                TabularFiles.screen(file);
            }
            return Optional.empty();
        } catch (FileRefusedException e) {
            return Optional.of(e.getMessage());
        } catch (IOException e) {
            return Optional.of(Messages.get("ingest.file.unreadable", e.getMessage()));
        }
    }

    /**
     * Whether the mapping finds the file's header and reads every row past the personal-data guard; refuses the
     * file where the guard or the reading of a row does.
     */
    private static boolean readsToTheEnd(Path file, String name, SourceMapping mapping) throws IOException {
        TabularFile table;
        try {
            table = TabularFiles.open(file, mapping);
        } catch (FileRefusedException e) {
            // no header this mapping knows (a column renamed, say): the file is read without it
            return false;
        }
        try (table) {
            PersonalData personalData = PersonalData.guard(table.header(), mapping, name);
            for (SourceRow row = table.next(); row != null; row = table.next()) {
                personalData.screen(row);
            }
            return true;
        }
    }
}
