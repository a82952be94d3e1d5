package dk.boligmonitor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import dk.boligmonitor.format.Messages;

/** Writes a report's file (a PDF, or the packet's workbook) whole or not at all. */
final class PdfFile {

    private static final String PARTIAL = ".part";

    /** What goes into the file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private PdfFile() {
    }

    /**
     * Writes to a temporary file next to the target and moves it into place, so a failed export never leaves a
     * half-written file where a reader (or the previous run's good copy) expects a whole one, and two threads
     * writing the same file do not write into each other.
     */
    static void write(Path pdf, String what, Content content) {
        Path target = pdf.toAbsolutePath();
        Path partial = null;
        try {
            Files.createDirectories(target.getParent());
            partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), PARTIAL);
            try (OutputStream out = Files.newOutputStream(partial)) {
                content.writeTo(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(partial, e);
            throw new ReportRenderingException(Messages.get("report.write_failed", what, target, e.getMessage()), e);
        }
    }

    /**
     * Deletes the temporary files a run killed while writing left in the folder. Called before a programme's
     * PDFs are written, when no other thread writes in its folder.
     */
    static void deletePartials(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path partial : files.filter(f -> f.getFileName().toString().endsWith(PARTIAL)).toList()) {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new ReportRenderingException(Messages.get("report.partials_undeletable", folder, e.getMessage()), e);
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
