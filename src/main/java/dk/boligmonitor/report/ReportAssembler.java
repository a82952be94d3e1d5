package dk.boligmonitor.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.Area;
import dk.boligmonitor.config.Indicator;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Programme;
import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.report.AreaReport.CriterionLine;
import dk.boligmonitor.report.AreaReport.IndicatorRow;
import dk.boligmonitor.rules.Criterion;
import dk.boligmonitor.rules.Status;

/**
 * Builds what a report shows from the warehouse: every indicator for the unit against its baseline and the
 * whole country over the programme's years with the latest change, the charts, the criteria results, and the
 * files behind it all.
 */
@Component
class ReportAssembler {

    static final String AREA_LABEL = Messages.get("report.area_label");
    static final String MUNICIPALITY_LABEL = Messages.get("report.municipality_label");

    private final JdbcTemplate jdbc;
    private final MonitorConfig config;
    private final Footnotes footnotes;

    ReportAssembler(JdbcTemplate jdbc, MonitorConfig config, Footnotes footnotes) {
        this.jdbc = jdbc;
        this.config = config;
        this.footnotes = footnotes;
    }

    /** The subject of a report (an area, or a programme as a whole) and the baseline it is compared with. */
    record Subject(Programme programme, String code, String name, String baselineCode, String baselineName) {

        /**
         * The series of every table and chart: the subject, its baseline, and the whole country, each once. They
         * are labelled by their part, as LBF's tables do, so a label always fits one line; the report's heading
         * names the area and the municipality.
         */
        List<Series> series() {
            String subject = wholeProgramme() ? name : AREA_LABEL;
            if (baselineCode.equals(MonitorConfig.COUNTRY_CODE)) {
                return List.of(new Series(code, subject), new Series(baselineCode, MonitorConfig.COUNTRY_NAME));
            }
            return List.of(new Series(code, subject), new Series(baselineCode, MUNICIPALITY_LABEL),
                    new Series(MonitorConfig.COUNTRY_CODE, MonitorConfig.COUNTRY_NAME));
        }

        /** The programme as a whole rather than one of its areas. */
        boolean wholeProgramme() {
            return code.equals(programme.code());
        }

        String comparedWith() {
            String country = MonitorConfig.COUNTRY_NAME.toLowerCase(DanishFormat.DANISH);
            return baselineCode.equals(MonitorConfig.COUNTRY_CODE) ? country
                    : Messages.get("report.compared_with", baselineName, country);
        }
    }

    /** One line of a table or chart: a unit and the name the report gives it. */
    record Series(String code, String name) {
    }

    /** A programme's units in the order its board packet shows them: the programme as a whole, then its areas. */
    List<Subject> unitsOf(Programme programme) {
        List<Subject> units = new ArrayList<>();
        units.add(programmeSubject(programme));
        programme.areas().forEach(area -> units.add(subjectOf(programme, area)));
        return units;
    }

    Subject subjectOf(Programme programme, Area area) {
        var municipality = config.municipalityOf(area);
        return new Subject(programme, area.code(), area.name(), municipality.unitCode(), municipality.displayName());
    }

    /** The programme's combined figures, against the municipality when all its areas share one, else the country. */
    private Subject programmeSubject(Programme programme) {
        List<Integer> municipalities = programme.areas().stream().map(Area::municipalityCode).distinct().toList();
        String name = Messages.get("report.whole_programme");
        if (municipalities.size() == 1) {
            var municipality = config.municipalities().byCode(municipalities.get(0)).orElseThrow();
            return new Subject(programme, programme.code(), name, municipality.unitCode(), municipality.displayName());
        }
        return new Subject(programme, programme.code(), name, MonitorConfig.COUNTRY_CODE, MonitorConfig.COUNTRY_NAME);
    }

    AreaReport assemble(Subject subject, LocalDate today) {
        Programme programme = subject.programme();
        List<Series> series = subject.series();
        WarehouseFigures figures = new WarehouseFigures(jdbc, series.stream().map(Series::code).toList());
        List<String> withoutFigures = new ArrayList<>();
        List<IndicatorRow> table = table(subject, series, figures, withoutFigures);
        return new AreaReport(programme.name(), programme.period(), subject.name(), subject.comparedWith(), today,
                table, programme.lastYear(), AreaCharts.of(config, subject, series, figures), criteria(subject),
                footnotes.of(subject, series, table, withoutFigures));
    }

    /**
     * Rows for every indicator the programme shows that has a figure in the report, for the unit or beside it
     * (a suppressed one counts; a municipality's figures are context even before the area has its own): rows of
     * dashes only would hide the few that matter. The followed ones without a figure for the unit are named in
     * {@code withoutFigures}, for a note.
     */
    private List<IndicatorRow> table(Subject subject, List<Series> series, WarehouseFigures figures,
                                     List<String> withoutFigures) {
        Programme programme = subject.programme();
        Set<String> followed = programme.followed();
        List<IndicatorRow> rows = new ArrayList<>();
        for (Indicator indicator : config.indicators()) {
            if (!programme.shows(indicator.code())) {
                continue;
            }
            boolean unitHasFigure = figures.hasFigure(subject.code(), indicator.code(), programme.firstYear(),
                    programme.lastYear());
            if (!unitHasFigure && followed.contains(indicator.code())) {
                withoutFigures.add(indicator.name());
            }
            if (!unitHasFigure && series.stream().skip(1).noneMatch(beside -> figures.hasFigure(beside.code(),
                    indicator.code(), programme.firstYear(), programme.lastYear()))) {
                continue;
            }
            for (int order = 0; order < series.size(); order++) {
                Series one = series.get(order);
                Map<Integer, String> texts = new LinkedHashMap<>();
                for (int year = programme.firstYear(); year <= programme.lastYear(); year++) {
                    texts.put(year, figures.text(one.code(), indicator.code(), year, indicator.decimals()));
                }
                boolean comparison = order > 0;
                // a comparison without a single figure (no municipality has a move-out rate) would be a row of dashes
                if (comparison && texts.values().stream().allMatch(DanishFormat.MISSING::equals)) {
                    continue;
                }
                rows.add(new IndicatorRow(indicator.order(), indicator.name(), indicator.unit().label(), order,
                        one.name(), texts, comparison ? "" : figures.change(one.code(), indicator, programme.lastYear())));
            }
        }
        return rows;
    }

    private List<CriterionLine> criteria(Subject subject) {
        List<CriterionLine> lines = new ArrayList<>();
        for (Criterion criterion : subject.programme().criteria()) {
            jdbc.query("""
                    SELECT year, status, rule_text, target_text, actual_text
                      FROM criterion_result
                     WHERE programme_code = ? AND criteria_set = 'programme' AND criterion_code = ?
                       AND area_code = ?
                     ORDER BY year
                    """,
                    rs -> {
                        lines.add(new CriterionLine(criterion.name(), rs.getString(3), rs.getInt(1),
                                Status.valueOf(rs.getString(2)), rs.getString(4), rs.getString(5)));
                    },
                    subject.programme().code(), criterion.code(), subject.code());
        }
        return lines;
    }
}
