package dk.boligmonitor.report;

import dk.boligmonitor.report.BoardPacket.SummaryLine;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperReport;

import java.util.HashMap;
import java.util.Map;

/** The fill parameters of {@code board-packet.jrxml} and its rows, one per area. */
record BoardPacketParameters(Map<String, Object> parameters, PacketAreas areas) {

    static BoardPacketParameters of(BoardPacket packet, JasperReport areaContent) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, AreaReportParameters.DANISH);
        parameters.put("PROGRAMME_NAME", packet.programmeName());
        parameters.put("PROGRAMME_PERIOD", packet.programmePeriod());
        parameters.put("GENERATED_ON", packet.generatedOn());
        parameters.put("AREA_NAMES", packet.areas().stream().map(AreaReport::areaName).toList());
        parameters.put("SUMMARY", packet.summary().stream().map(BoardPacketParameters::summaryRow).toList());
        parameters.put("AREA_CONTENT", areaContent);
        return new BoardPacketParameters(parameters, new PacketAreas(packet.areas()));
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
