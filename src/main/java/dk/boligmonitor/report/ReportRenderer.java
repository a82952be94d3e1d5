package dk.boligmonitor.report;

import com.lowagie.text.Rectangle;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintHyperlink;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.type.HyperlinkTypeEnum;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dk.boligmonitor.format.Messages;

/**
 * Renders area reports and the board packet as PDF. The reports are compiled once, here; a compiled report is
 * read-only during a fill, so one renderer can serve any number of threads. Jasper lays out each part of a PDF
 * (an area, the packet's front, its sources appendix) and {@link PdfBinding} binds the parts, so an area laid out
 * for its own report goes into the packet as it is.
 */
public final class ReportRenderer {

    private final JasperReport areaContent;
    private final JasperReport areaCharts;
    private final JasperReport packetFront;
    private final JasperReport packetChanges;
    private final JasperReport packetSources;

    /** Compiles every report once. */
    public ReportRenderer() {
        this.areaContent = compile("reports/area-content.jrxml");
        this.areaCharts = compile("reports/area-charts.jrxml");
        this.packetFront = compile("reports/board-packet.jrxml");
        this.packetChanges = compile("reports/packet-changes.jrxml");
        this.packetSources = compile("reports/packet-sources.jrxml");
    }

    /** Lays out one area's report, for its own PDF and the board packet alike. */
    public AreaPages layOut(AreaReport report) {
        String what = Messages.get("report.area_report", report.areaName());
        // One empty record: the detail bands print once.
        JasperPrint print = fill(areaContent, () -> AreaReportParameters.of(report, areaCharts), new JREmptyDataSource(1),
                what);
        return new AreaPages(report.areaName(), report.programmeName(), export(print, what));
    }

    /** Writes an area's report, already laid out, to {@code pdf}, creating its parent directories. */
    public void writeAreaReport(AreaPages area, Path pdf) {
        String label = area.areaName() + " · " + area.programmeName();
        PdfBinding binding = new PdfBinding(area.areaName() + " – " + area.programmeName(), label, 1, List.of());
        PdfFile.write(pdf, Messages.get("report.area_report", area.areaName()),
                out -> binding.bind(List.of(area.pdf()), out));
    }

    /**
     * Writes the board's packet (cover, overview, what changed since the previous packet, every unit's report as
     * laid out for it, sources) to {@code pdf},
     * creating its parent directories.
     */
    public void writeBoardPacket(BoardPacket packet, Path pdf) {
        String what = Messages.get("report.board_packet", packet.programmeName());
        JasperPrint front = fill(packetFront, () -> BoardPacketParameters.front(packet), new JREmptyDataSource(1), what);
        List<PdfBinding.Link> contents = takeLinks(front);
        JasperPrint changes = fill(packetChanges, () -> BoardPacketParameters.changes(packet), new JREmptyDataSource(1),
                what);
        JasperPrint sources = fill(packetSources, () -> BoardPacketParameters.sources(packet), new JREmptyDataSource(1), what);
        List<byte[]> parts = new ArrayList<>();
        parts.add(export(front, what));
        parts.add(export(changes, what));
        packet.units().forEach(unit -> parts.add(unit.pdf()));
        parts.add(export(sources, what));
        PdfBinding binding = new PdfBinding(Messages.get("report.packet.title", packet.programmeName()),
                Messages.get("report.packet.label", packet.programmeName()), 2, contents);
        PdfFile.write(pdf, what, out -> binding.bind(parts, out));
    }

    /** The parameters are built here too, so a report that cannot even be put into them fails by its name. */
    private static JasperPrint fill(JasperReport report, Supplier<Map<String, Object>> parameters, JRDataSource rows,
                                    String what) {
        try {
            return JasperFillManager.fillReport(report, parameters.get(), rows);
        } catch (JRException | RuntimeException e) {
            throw new ReportRenderingException(Messages.get("report.fill_failed", what, e.getMessage()), e);
        }
    }

    private static byte[] export(JasperPrint print, String what) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(128 * 1024);
        try {
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
            exporter.setConfiguration(chartTextAsText());
            exporter.exportReport();
        } catch (JRException | RuntimeException e) {
            throw new ReportRenderingException(Messages.get("report.export_failed", what, e.getMessage()), e);
        }
        return pdf.toByteArray();
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

    /**
     * The first page's links to anchors, for the binding to make once it knows the page each anchor ends up on;
     * they are taken out of the print, since most of their anchors are in parts Jasper does not see.
     */
    private static List<PdfBinding.Link> takeLinks(JasperPrint print) {
        List<PdfBinding.Link> links = new ArrayList<>();
        takeLinks(print.getPages().get(0).getElements(), 0, 0, print.getPageHeight(), links);
        return links;
    }

    private static void takeLinks(Collection<JRPrintElement> elements, int left, int top, int pageHeight,
                                  List<PdfBinding.Link> links) {
        for (JRPrintElement element : elements) {
            int x = left + element.getX();
            int y = top + element.getY();
            if (element instanceof JRPrintFrame frame) {
                takeLinks(frame.getElements(), x + frame.getLineBox().getLeftPadding(),
                        y + frame.getLineBox().getTopPadding(), pageHeight, links);
            } else if (element instanceof JRPrintHyperlink link && link.getHyperlinkType() == HyperlinkTypeEnum.LOCAL_ANCHOR
                    && link.getHyperlinkAnchor() != null) {
                links.add(new PdfBinding.Link(new Rectangle(x, pageHeight - y - element.getHeight(),
                        x + element.getWidth(), pageHeight - y), link.getHyperlinkAnchor()));
                link.setHyperlinkAnchor(null);
            }
        }
    }

    private static JasperReport compile(String resource) {
        try (InputStream jrxml = ReportRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (jrxml == null) {
                throw new IllegalStateException(Messages.get("report.template_missing", resource));
            }
            return JasperCompileManager.compileReport(jrxml);
        } catch (JRException | IOException e) {
            throw new ReportRenderingException(Messages.get("report.template_uncompilable", resource), e);
        }
    }
}
