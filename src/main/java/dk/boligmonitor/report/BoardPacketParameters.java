package dk.boligmonitor.report;

import dk.boligmonitor.report.BoardPacket.SummaryLine;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fill parameters of {@code board-packet.jrxml} and its rows: one per area, carrying that area's parameters
 * for the {@code area-content} subreport.
 */
record BoardPacketParameters(Map<String, Object> parameters, JRDataSource areas) {

    static BoardPacketParameters of(BoardPacket packet, JasperReport areaContent) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, AreaReportParameters.DANISH);
        parameters.put("PROGRAMME_NAME", packet.programmeName());
        parameters.put("PROGRAMME_PERIOD", packet.programmePeriod());
        parameters.put("GENERATED_ON", packet.generatedOn());
        parameters.put("AREA_NAMES", packet.areas().stream().map(AreaReport::areaName).toList());
        parameters.put("SUMMARY", packet.summary().stream().map(BoardPacketParameters::summaryRow).toList());
        parameters.put("AREA_CONTENT", areaContent);
        List<Map<String, ?>> areas = packet.areas().stream()
                .<Map<String, ?>>map(area -> AreaReportParameters.row("areaParameters", AreaReportParameters.of(area)))
                .toList();
        return new BoardPacketParameters(parameters, new JRMapCollectionDataSource(areas));
    }

    private static Map<String, ?> summaryRow(SummaryLine line) {
        return AreaReportParameters.row(
                "area", line.area(),
                "municipality", line.municipality(),
                "headlineIndicator", line.headlineIndicator(),
                "year", line.year(),
                "areaValue", line.areaValue(),
                "municipalityValue", line.municipalityValue(),
                "criteriaMet", line.criteriaMet(),
                "criteriaNotMet", line.criteriaNotMet(),
                "criteriaNoData", line.criteriaNoData());
    }
}
