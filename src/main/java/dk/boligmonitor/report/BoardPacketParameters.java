package dk.boligmonitor.report;

import dk.boligmonitor.report.BoardPacket.CriteriaOverview;
import dk.boligmonitor.report.BoardPacket.ListStanding;
import dk.boligmonitor.report.BoardPacket.LoadedFile;
import net.sf.jasperreports.engine.JRParameter;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

import static dk.boligmonitor.report.AreaReportParameters.row;

/** The fill parameters of {@code board-packet.jrxml} and its rows, one per area. */
record BoardPacketParameters(Map<String, Object> parameters, PacketAreas areas) {

    /** The official list's criteria (almenboligloven § 61 a): work, convictions, education, income. */
    private static final int LIST_CRITERIA = 4;
    private static final DateTimeFormatter LOADED_AT = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");

    static BoardPacketParameters of(BoardPacket packet, AreaTemplates templates) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, DanishFormat.DANISH);
        parameters.put("PROGRAMME_NAME", packet.programmeName());
        parameters.put("PROGRAMME_PERIOD", packet.programmePeriod());
        parameters.put("GENERATED_ON", packet.generatedOn());
        parameters.put("AREA_NAMES", packet.areas().stream().map(area -> row("name", area.areaName())).toList());
        CriteriaOverview overview = packet.overview();
        parameters.put("OVERVIEW_YEAR", overview.year());
        parameters.put("OVERVIEW_MARKS", overview.marks().stream()
                .map(mark -> row("unit", mark.unit(), "number", mark.number(), "mark", StatusMark.styled(mark.status())))
                .toList());
        parameters.put("OVERVIEW_CRITERIA", IntStream.range(0, overview.criteria().size())
                .mapToObj(i -> row("number", i + 1, "criterion", overview.criteria().get(i)))
                .toList());
        parameters.put("STATUS_LEGEND", StatusMark.legend());
        parameters.put("OFFICIAL_LIST", packet.officialList().stream().map(BoardPacketParameters::standing).toList());
        parameters.put("OFFICIAL_LIST_PARTLY_KNOWN", packet.officialList().stream().anyMatch(BoardPacketParameters::partlyKnown));
        parameters.put("SOURCES", packet.sources().stream().map(BoardPacketParameters::source).toList());
        parameters.put("AREA_CONTENT", templates.content());
        return new BoardPacketParameters(parameters, new PacketAreas(packet.areas(), templates));
    }

    /**
     * "2 af 4" over the status word, with a star when some criteria could not be judged; an area on the list
     * stands out in bold red, which still reads as bold in black and white.
     */
    private static Map<String, ?> standing(ListStanding standing) {
        ListStatus status = standing.status();
        String count = status == ListStatus.INGEN_DATA ? WarehouseFigures.MISSING
                : standing.criteriaMet() + " af " + LIST_CRITERIA + (partlyKnown(standing) ? "*" : "");
        String word = status.onTheList()
                ? "<style isBold='true' forecolor='#B3261E'>" + status.danish() + "</style>" : status.danish();
        return row("area", standing.area(), "year", standing.year(), "text", count + "\n" + word);
    }

    private static boolean partlyKnown(ListStanding standing) {
        return standing.status() != ListStatus.INGEN_DATA && standing.criteriaKnown() < LIST_CRITERIA;
    }

    private static Map<String, ?> source(LoadedFile file) {
        return row("fileName", file.fileName(),
                "description", file.description(),
                "years", file.years(),
                "rows", DanishFormat.number(file.rows(), 0),
                "loadedAt", file.loadedAt() == null ? WarehouseFigures.MISSING : file.loadedAt().format(LOADED_AT),
                "sha256", file.sha256());
    }
}
