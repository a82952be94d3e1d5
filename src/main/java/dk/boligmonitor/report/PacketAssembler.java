package dk.boligmonitor.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.Area;
import dk.boligmonitor.config.Indicator;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Programme;
import dk.boligmonitor.report.BoardPacket.SummaryLine;
import dk.boligmonitor.report.ReportAssembler.Subject;

/**
 * The board packet of one programme: an overview line per area (headline figure against the municipality in
 * the latest year with data, and how the criteria stand that year), the programme as a whole, then each area.
 */
@Component
class PacketAssembler {

    private final JdbcTemplate jdbc;
    private final MonitorConfig config;
    private final ReportAssembler reports;

    PacketAssembler(JdbcTemplate jdbc, MonitorConfig config, ReportAssembler reports) {
        this.jdbc = jdbc;
        this.config = config;
        this.reports = reports;
    }

    BoardPacket assemble(Programme programme, LocalDate today) {
        List<SummaryLine> summary = new ArrayList<>();
        List<AreaReport> sections = new ArrayList<>();
        Subject whole = reports.programmeSubject(programme);
        summary.add(summaryLine(whole));
        sections.add(reports.assemble(whole, today));
        for (Area area : programme.areas()) {
            Subject subject = reports.subjectOf(programme, area);
            summary.add(summaryLine(subject));
            sections.add(reports.assemble(subject, today));
        }
        return new BoardPacket(programme.name(), programme.period(), today, summary, sections);
    }

    private SummaryLine summaryLine(Subject subject) {
        Programme programme = subject.programme();
        Indicator headline = config.indicator(programme.headlineIndicator()).orElseThrow();
        WarehouseFigures figures = new WarehouseFigures(jdbc, List.of(subject.code(), subject.baselineCode()));
        int year = programme.lastYear();
        while (year > programme.firstYear()
                && figures.value(subject.code(), headline.code(), year, headline.decimals()).isEmpty()) {
            year--;
        }
        int[] counts = new int[3];
        int criteriaYear = programme.lastYear();
        jdbc.query("SELECT status, COUNT(*) FROM criterion_result WHERE programme_code = ? AND area_code = ?"
                        + " AND year = ? GROUP BY status",
                rs -> {
                    switch (rs.getString(1)) {
                        case "MET" -> counts[0] += rs.getInt(2);
                        case "NOT_MET" -> counts[1] += rs.getInt(2);
                        default -> counts[2] += rs.getInt(2);
                    }
                }, programme.code(), subject.code(), criteriaYear);
        return new SummaryLine(subject.name(), subject.baselineName(), headline.name(), year,
                figures.text(subject.code(), headline.code(), year, headline.decimals()),
                figures.text(subject.baselineCode(), headline.code(), year, headline.decimals()),
                counts[0], counts[1], counts[2]);
    }
}
