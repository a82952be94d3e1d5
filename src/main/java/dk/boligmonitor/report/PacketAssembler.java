package dk.boligmonitor.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dk.boligmonitor.config.Area;
import dk.boligmonitor.config.Programme;
import dk.boligmonitor.report.ReportAssembler.Subject;

/**
 * The board packet of one programme: the overview of the criteria and the official list, the programme as a
 * whole and each area as their own reports show them, and the files everything came from.
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

    BoardPacket assemble(Programme programme, LocalDate today) {
        List<Subject> units = new ArrayList<>();
        units.add(reports.programmeSubject(programme));
        for (Area area : programme.areas()) {
            units.add(reports.subjectOf(programme, area));
        }
        return new BoardPacket(programme.name(), programme.period(), today,
                overview.criteria(programme, units), overview.officialList(programme),
                units.stream().map(unit -> reports.assemble(unit, today)).toList(), sources.all());
    }
}
