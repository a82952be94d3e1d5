package dk.boligmonitor.report;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import dk.boligmonitor.config.Programme;

/**
 * The board packet of one programme: the overview of the criteria and the official list, the programme as a
 * whole and each area as their own reports lay them out, and the files everything came from.
 */
@Component
class PacketAssembler {

    private final ReportAssembler reports;
    private final ProgrammeOverview overview;
    private final LoadedFiles sources;

    PacketAssembler(ReportAssembler reports, ProgrammeOverview overview, LoadedFiles sources) {
        this.reports = reports;
        this.overview = overview;
        this.sources = sources;
    }

    /**
     * {@code units} are the programme's units laid out, in the order of {@link ReportAssembler#unitsOf}; the
     * changes since the previous packet are filled in once the packet is known (see {@link #withChanges}).
     */
    BoardPacket assemble(Programme programme, LocalDate today, List<AreaPages> units) {
        return new BoardPacket(programme.name(), programme.period(), today,
                overview.criteria(programme, reports.unitsOf(programme)), overview.officialList(programme), units,
                sources.all(), PacketChanges.first());
    }

    static BoardPacket withChanges(BoardPacket packet, PacketChanges changes) {
        return new BoardPacket(packet.programmeName(), packet.programmePeriod(), packet.generatedOn(),
                packet.overview(), packet.officialList(), packet.units(), packet.sources(), changes);
    }
}
