package dk.boligmonitor.console;

import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.format.Messages;

/** A file's size as a person reads it: "850 byte", "12,3 kB", "4,1 MB". */
final class FileSize {

    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private FileSize() {
    }

    static String text(long bytes) {
        if (bytes < KB) {
            return Messages.get("console.size.bytes", bytes);
        }
        if (bytes < MB) {
            return Messages.get("console.size.kb", DanishFormat.number((double) bytes / KB, bytes % KB == 0 ? 0 : 1));
        }
        return Messages.get("console.size.mb", DanishFormat.number((double) bytes / MB, bytes % MB == 0 ? 0 : 1));
    }
}
