package dk.boligmonitor.report;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Exports a filled report to a PDF file. */
final class PdfFile {

    private PdfFile() {
    }

    /**
     * Writes to a temporary file next to the target and moves it into place, so a failed export never leaves a
     * half-written PDF where a reader (or the previous run's good copy) expects a whole one, and two threads
     * writing the same file do not write into each other.
     */
    static void write(JasperPrint print, String title, Path pdf, String what) {
        Path target = pdf.toAbsolutePath();
        Path partial = null;
        try {
            Files.createDirectories(target.getParent());
            partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                JRPdfExporter exporter = new JRPdfExporter();
                exporter.setExporterInput(new SimpleExporterInput(print));
                exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                exporter.setConfiguration(configuration(title));
                exporter.setConfiguration(chartTextAsText());
                exporter.exportReport();
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (JRException | IOException | RuntimeException e) {
            deleteQuietly(partial, e);
            throw new ReportRenderingException("Could not write the " + what + " to " + target + ": " + e.getMessage(), e);
        }
    }

    private static SimplePdfExporterConfiguration configuration(String title) {
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setMetadataCreator("Boligmonitor");
        configuration.setDisplayMetadataTitle(true);
        return configuration;
    }

    /**
     * By default chart labels are drawn as glyph outlines; as text (in the embedded DejaVu Sans) they stay
     * searchable and copyable like the rest of the report, and the file gets smaller.
     */
    private static SimplePdfReportConfiguration chartTextAsText() {
        SimplePdfReportConfiguration configuration = new SimplePdfReportConfiguration();
        configuration.setForceSvgShapes(false);
        return configuration;
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
