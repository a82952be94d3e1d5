package dk.boligmonitor.console;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dk.boligmonitor.format.Messages;

/**
 * The name an uploaded file gets in the inbox, from the name the browser gave it. That name is the sender's to
 * choose, so it is never used as a path: only its last segment counts (a browser on Windows may send the whole
 * "C:\Users\…\fil.csv"), control characters go, and what is left must be a plain file name of letters (æøå
 * included), digits, space and . _ - ( ), with an extension the ingest reads.
 */
final class UploadName {

    static final List<String> EXTENSIONS = List.of(".csv", ".xlsx", ".xls");
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{Nd} ._()-]+");
    /** Far below what a file system takes (255 bytes), so an inbox path stays readable. */
    private static final int MAX_LENGTH = 150;

    /** An upload the console will not take, and why, in Danish. */
    static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason);
        }
    }

    private UploadName() {
    }

    /** The name the file gets in the inbox; refused when no safe name with a readable extension is left. */
    static String clean(String given) {
        String name = Printable.text(given);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new Refused(Messages.get("console.upload.no_name"));
        }
        if (name.startsWith(".")) {
            throw new Refused(Messages.get("console.upload.hidden_name", name));
        }
        if (!ALLOWED.matcher(name).matches()) {
            throw new Refused(Messages.get("console.upload.bad_name", name));
        }
        if (name.length() > MAX_LENGTH) {
            throw new Refused(Messages.get("console.upload.long_name", name, MAX_LENGTH));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (EXTENSIONS.stream().noneMatch(lower::endsWith)) {
            throw new Refused(Messages.get("console.upload.bad_extension", name));
        }
        return name;
    }

    /** The extension as the ingest's readers tell a file's kind by it, lower-case. */
    static String extension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.substring(lower.lastIndexOf('.'));
    }
}
