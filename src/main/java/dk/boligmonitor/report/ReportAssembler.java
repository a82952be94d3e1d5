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
import dk.boligmonitor.ingest.SourceMapping;
import dk.boligmonitor.report.AreaReport.Chart;
import dk.boligmonitor.report.AreaReport.ChartPoint;
import dk.boligmonitor.report.AreaReport.CriterionLine;
import dk.boligmonitor.report.AreaReport.IndicatorCell;
import dk.boligmonitor.targets.Criterion;
import dk.boligmonitor.targets.Status;

/**
 * Builds what a report shows from the warehouse: every indicator for the unit against its baseline over the
 * programme's years, the headline indicator as a chart, the criteria results, and the files behind it all.
 */
@Component
class ReportAssembler {

    private final JdbcTemplate jdbc;
    private final MonitorConfig config;

    ReportAssembler(JdbcTemplate jdbc, MonitorConfig config) {
        this.jdbc = jdbc;
        this.config = config;
    }

    /** The subject of a report (an area, or a programme as a whole) and the baseline it is compared with. */
    record Subject(Programme programme, String code, String name, String baselineCode, String baselineName) {
    }

    Subject subjectOf(Programme programme, Area area) {
        var municipality = config.municipalityOf(area);
        return new Subject(programme, area.code(), area.name(), municipality.unitCode(), municipality.displayName());
    }

    /** The programme's combined figures, against the municipality when all its areas share one, else the country. */
    Subject programmeSubject(Programme programme) {
        List<Integer> municipalities = programme.areas().stream().map(Area::municipalityCode).distinct().toList();
        if (municipalities.size() == 1) {
            var municipality = config.municipalities().byCode(municipalities.get(0)).orElseThrow();
            return new Subject(programme, programme.code(), "Hele programmet", municipality.unitCode(),
                    municipality.displayName());
        }
        return new Subject(programme, programme.code(), "Hele programmet", MonitorConfig.COUNTRY_CODE,
                MonitorConfig.COUNTRY_NAME);
    }

    AreaReport assemble(Subject subject, LocalDate today) {
        Programme programme = subject.programme();
        WarehouseFigures figures = new WarehouseFigures(jdbc, List.of(subject.code(), subject.baselineCode()));
        List<IndicatorCell> table = new ArrayList<>();
        for (Indicator indicator : config.indicators()) {
            String unitText = indicator.unit().label();
            for (int year = programme.firstYear(); year <= programme.lastYear(); year++) {
                table.add(new IndicatorCell(indicator.order(), indicator.name(), unitText, 0, subject.name(), year,
                        figures.text(subject.code(), indicator.code(), year, indicator.decimals())));
                table.add(new IndicatorCell(indicator.order(), indicator.name(), unitText, 1, subject.baselineName(),
                        year, figures.text(subject.baselineCode(), indicator.code(), year, indicator.decimals())));
            }
        }
        return new AreaReport(programme.name(), programme.period(), subject.name(), subject.baselineName(), today,
                table, chart(subject, figures), criteria(subject), footnotes(subject));
    }

    private Chart chart(Subject subject, WarehouseFigures figures) {
        Programme programme = subject.programme();
        Indicator headline = config.indicator(programme.headlineIndicator()).orElseThrow();
        List<ChartPoint> points = new ArrayList<>();
        for (int year = programme.firstYear(); year <= programme.lastYear(); year++) {
            points.add(new ChartPoint(subject.name(), year,
                    figures.value(subject.code(), headline.code(), year, headline.decimals()).orElse(null)));
            points.add(new ChartPoint(subject.baselineName(), year,
                    figures.value(subject.baselineCode(), headline.code(), year, headline.decimals()).orElse(null)));
        }
        return new Chart(headline.name(), headline.unit().label(), points);
    }

    private List<CriterionLine> criteria(Subject subject) {
        List<CriterionLine> lines = new ArrayList<>();
        for (Criterion criterion : subject.programme().criteria()) {
            jdbc.query("SELECT year, status, rule_text, target_text, actual_text FROM criterion_result"
                            + " WHERE programme_code = ? AND criterion_code = ? AND area_code = ? ORDER BY year",
                    rs -> {
                        lines.add(new CriterionLine(criterion.name(), rs.getString(3), rs.getInt(1),
                                Status.valueOf(rs.getString(2)).danish(), rs.getString(4), rs.getString(5)));
                    },
                    subject.programme().code(), criterion.code(), subject.code());
        }
        return lines;
    }

    /** Which files the figures came from, so every number can be traced back. */
    private List<String> footnotes(Subject subject) {
        List<String> notes = new ArrayList<>();
        // the unit's own figures, its baseline's, and those of its estates (move-out rates count their files)
        jdbc.query("SELECT DISTINCT s.file_name, s.source FROM fact_indicator f"
                        + " JOIN dim_area a ON a.area_code = f.area_code"
                        + " JOIN source_file s ON s.file_id = f.numerator_file_id OR s.file_id = f.denominator_file_id"
                        + " WHERE f.area_code IN (?, ?) OR a.kind = 'ESTATE' AND (a.parent_code = ? OR a.programme_code = ?)"
                        + " ORDER BY s.file_name",
                rs -> {
                    String source = rs.getString(2);
                    SourceMapping mapping = config.sources().stream().filter(m -> m.name().equals(source)).findFirst()
                            .orElse(null);
                    notes.add(mapping != null && mapping.kind() == SourceMapping.Kind.MOVEOUTS
                            ? "Fraflytningsprocent beregnet af fraflytningslisten " + rs.getString(1)
                                    + " og afdelingernes antal lejemål"
                            : "Kilde: " + rs.getString(1) + " (" + (mapping == null ? source : mapping.description()) + ")");
                }, subject.code(), subject.baselineCode(), subject.code(), subject.code());
        return notes;
    }
}
