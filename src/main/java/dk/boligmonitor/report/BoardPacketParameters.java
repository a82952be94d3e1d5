package dk.boligmonitor.report;

import static dk.boligmonitor.report.AreaReportParameters.row;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import net.sf.jasperreports.engine.JRParameter;

import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.report.BoardPacket.CriteriaOverview;
import dk.boligmonitor.report.BoardPacket.ListStanding;
import dk.boligmonitor.report.BoardPacket.LoadedFile;

/** The fill parameters of the packet's front ({@code board-packet.jrxml}) and sources ({@code packet-sources.jrxml}). */
final class BoardPacketParameters {

    /** The official list's criteria (almenboligloven § 61 a): work, convictions, education, income. */
    private static final int LIST_CRITERIA = 4;
    private static final DateTimeFormatter CHANGED_SINCE = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm",
            DanishFormat.DANISH);

    private BoardPacketParameters() {
    }

    static Map<String, Object> front(BoardPacket packet) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, DanishFormat.DANISH);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, Messages.bundle());
        parameters.put("PROGRAMME_NAME", packet.programmeName());
        parameters.put("PROGRAMME_PERIOD", packet.programmePeriod());
        parameters.put("GENERATED_ON", packet.generatedOn());
        parameters.put("AREA_NAMES", packet.units().stream().map(unit -> row("name", unit.areaName())).toList());
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
        return parameters;
    }

    /** "Siden sidste pakke": the previous packet's day and each section's heading with its lines. */
    static Map<String, Object> changes(BoardPacket packet) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, DanishFormat.DANISH);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, Messages.bundle());
        PacketChanges changes = packet.changes();
        parameters.put("COMPARED_WITH", changes.previous() == null ? Messages.get("report.changes.first")
                : Messages.get(changes.nothingChanged() ? "report.changes.nothing" : "report.changes.compared_with",
                        changes.previous().format(CHANGED_SINCE)));
        parameters.put("SECTIONS", changes.sections().stream()
                .map(section -> row("heading", section.heading(), "lines", section.lines().stream()
                        .map(line -> "• " + line).collect(Collectors.joining("\n"))))
                .toList());
        return parameters;
    }

    static Map<String, Object> sources(BoardPacket packet) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, DanishFormat.DANISH);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, Messages.bundle());
        parameters.put("SOURCES", packet.sources().stream().map(BoardPacketParameters::source).toList());
        return parameters;
    }

    /**
     * "2 af 4" over the status word, with a star when some criteria could not be judged; an area on the list
     * stands out in bold red, which still reads as bold in black and white.
     */
    private static Map<String, ?> standing(ListStanding standing) {
        ListStatus status = standing.status();
        String count = status == ListStatus.INGEN_DATA ? DanishFormat.MISSING
                : Messages.get("report.packet.criteria_met", standing.criteriaMet(), LIST_CRITERIA)
                        + (partlyKnown(standing) ? "*" : "");
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
                "loadedAt", file.loadedAt() == null ? DanishFormat.MISSING : DanishFormat.dateTime(file.loadedAt()),
                "sha256", file.sha256());
    }
}
