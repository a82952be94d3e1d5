package dk.boligmonitor.report;

import net.sf.jasperreports.engine.JasperReport;

/**
 * The compiled templates of an area's content, which the area report and the board packet share: so an area
 * looks the same in both, and each template is compiled once.
 */
record AreaTemplates(JasperReport content, JasperReport charts) {
}
