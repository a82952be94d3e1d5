package dk.boligmonitor.report;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Renders area reports and the board packet as PDF. The reports are compiled once, here; a compiled report is
 * read-only during a fill, so one renderer can serve any number of threads.
 */
public final class ReportRenderer {

    private final AreaTemplates area;
    private final JasperReport areaReport;
    private final JasperReport boardPacket;

    /** Compiles every report once. */
    public ReportRenderer() {
        this.area = new AreaTemplates(compile("reports/area-content.jrxml"), compile("reports/area-charts.jrxml"));
        this.areaReport = compile("reports/area-report.jrxml");
        this.boardPacket = compile("reports/board-packet.jrxml");
    }

    /** Writes one area's report to {@code pdf}, creating its parent directories. */
    public void writeAreaReport(AreaReport report, Path pdf) {
        String what = "area report for '" + report.areaName() + "'";
        JasperPrint print;
        try {
            // One empty record: the page frame prints its single subreport once.
            print = JasperFillManager.fillReport(areaReport, AreaReportParameters.onOwnPages(report, area),
                    new JREmptyDataSource(1));
        } catch (JRException | RuntimeException e) {
            throw new ReportRenderingException("Could not fill the " + what + ": " + e.getMessage(), e);
        }
        PdfFile.write(print, report.areaName() + " – " + report.programmeName(), pdf, what);
    }

    /**
     * Writes the board's packet (cover, summary, every area's report) to {@code pdf}, creating its parent
     * directories.
     */
    public void writeBoardPacket(BoardPacket packet, Path pdf) {
        String what = "board packet for '" + packet.programmeName() + "'";
        JasperPrint print;
        PacketAreas areas = null;
        try {
            BoardPacketParameters parameters = BoardPacketParameters.of(packet, area);
            areas = parameters.areas();
            print = JasperFillManager.fillReport(boardPacket, parameters.parameters(), areas);
        } catch (JRException | RuntimeException e) {
            String area = areas == null ? null : areas.currentArea();
            String where = area == null ? "" : " (at area '" + area + "')";
            throw new ReportRenderingException("Could not fill the " + what + where + ": " + e.getMessage(), e);
        }
        PdfFile.write(print, "Bestyrelsespakke – " + packet.programmeName(), pdf, what);
    }

    private static JasperReport compile(String resource) {
        try (InputStream jrxml = ReportRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (jrxml == null) {
                throw new IllegalStateException("Report template not on the classpath: " + resource);
            }
            return JasperCompileManager.compileReport(jrxml);
        } catch (JRException | IOException e) {
            throw new ReportRenderingException("Could not compile the report template " + resource, e);
        }
    }
}
