package dk.boligmonitor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a PDF file whole or not at all. */
final class PdfFile {

    /** What goes into the file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private PdfFile() {
    }

    /**
     * Writes to a temporary file next to the target and moves it into place, so a failed export never leaves a
     * half-written PDF where a reader (or the previous run's good copy) expects a whole one, and two threads
     * writing the same file do not write into each other.
     */
    static void write(Path pdf, String what, Content content) {
        Path target = pdf.toAbsolutePath();
        Path partial = null;
        try {
            Files.createDirectories(target.getParent());
            partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                content.writeTo(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(partial, e);
            throw new ReportRenderingException("Could not write the " + what + " to " + target + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path partial, Exception cause) {
        if (partial == null) {
            return;
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
