package dk.boligmonitor.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.Indicator;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.report.AreaReport.IndicatorRow;
import dk.boligmonitor.report.ReportAssembler.Series;
import dk.boligmonitor.report.ReportAssembler.Subject;

/**
 * The notes under an area's report: for every indicator the sources and files its figures came from and the
 * years each file gave, so every number can be traced back, and what ".." means when the report has one.
 */
@Component
class Footnotes {

    static final String SUPPRESSION = Messages.get("report.footnote.suppression");

    private final JdbcTemplate jdbc;
    private final MonitorConfig config;

    Footnotes(JdbcTemplate jdbc, MonitorConfig config) {
        this.jdbc = jdbc;
        this.config = config;
    }

    List<String> of(Subject subject, List<Series> series, List<IndicatorRow> table, List<String> withoutFigures) {
        Map<String, Map<String, Map<String, Set<Integer>>>> yearsByFile = yearsByFile(subject, series);
        List<String> notes = new ArrayList<>();
        for (Indicator indicator : config.indicators()) {
            Map<String, Map<String, Set<Integer>>> bySource = yearsByFile.get(indicator.code());
            if (bySource == null) {
                continue;
            }
            String sources = bySource.entrySet().stream()
                    .map(source -> source.getKey() + ", " + source.getValue().entrySet().stream()
                            .map(file -> file.getKey() + " (" + DanishFormat.years(file.getValue()) + ")")
                            .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("; "));
            notes.add(Messages.get(AreaCharts.MOVEOUTS.equals(indicator.derived()) ? "report.footnote.moveout_sources"
                    : "report.footnote.sources", indicator.name(), sources));
        }
        // the lists' economics exist for the housing areas only: the table has no comparison to show, and says why
        if (config.indicators().stream().anyMatch(indicator -> indicator.derived() != null
                && !AreaCharts.MOVEOUTS.equals(indicator.derived()) && yearsByFile.containsKey(indicator.code()))) {
            notes.add(Messages.get("report.footnote.moveout_economics"));
        }
        config.indicators().stream().filter(Indicator::survey).forEach(indicator ->
                surveyMargin(subject, indicator).ifPresent(notes::add));
        if (table.stream().anyMatch(row -> row.texts().containsValue(WarehouseFigures.SUPPRESSED))) {
            notes.add(SUPPRESSION);
        }
        if (!withoutFigures.isEmpty()) {
            notes.add(Messages.get("report.footnote.followed_without_figures", subject.name(),
                    String.join(", ", withoutFigures)));
        }
        return notes;
    }

    /** A survey share is an estimate: the board should see how far off it may be before reading a change. */
    private Optional<String> surveyMargin(Subject subject, Indicator indicator) {
        return jdbc.query("""
                SELECT MIN(margin), MAX(margin)
                  FROM fact_indicator
                 WHERE area_code = ? AND indicator_code = ? AND disclosure = 'SHOWN' AND margin IS NOT NULL
                """,
                (rs, n) -> rs.getBigDecimal(1) == null ? null
                        : Messages.get("report.footnote.survey_margin", indicator.name(),
                                DanishFormat.number(rs.getBigDecimal(1), 0),
                                DanishFormat.number(rs.getBigDecimal(2), 0), subject.name()),
                subject.code(), indicator.code()).stream().filter(Objects::nonNull).findFirst();
    }

    /**
     * Indicator → source → file → years, over the facts of every series shown and of the units the subject's own
     * figures are summed from (an area's estates; a programme's areas and estates). The source is named once for
     * its files: a register fetched a file a year would otherwise repeat it sixteen times an indicator.
     */
    private Map<String, Map<String, Map<String, Set<Integer>>>> yearsByFile(Subject subject, List<Series> series) {
        List<Object> arguments = new ArrayList<>(series.stream().map(Series::code).toList());
        arguments.add(subject.code());
        arguments.add(subject.code());
        Map<String, String> descriptions = new HashMap<>();
        config.sources().forEach(mapping -> descriptions.put(mapping.name(), mapping.description()));
        Map<String, Map<String, Map<String, Set<Integer>>>> years = new HashMap<>();
        // The units are picked from dim_area first, so the facts are read by their key: an OR across the join
        // made PostgreSQL scan every fact for every report (100 ms at national scale, 2 ms this way).
        jdbc.query("""
                SELECT DISTINCT f.indicator_code, s.file_name, s.source, f.year
                  FROM fact_indicator f
                  JOIN source_file s ON s.file_id = f.numerator_file_id OR s.file_id = f.denominator_file_id
                 WHERE f.area_code IN (SELECT a.area_code FROM dim_area a
                                        WHERE a.area_code IN (%s)
                                           OR a.parent_code = ? OR a.kind = 'ESTATE' AND a.programme_code = ?)
                """.formatted(String.join(", ", series.stream().map(s -> "?").toList())),
                rs -> {
                    String source = descriptions.getOrDefault(rs.getString(3), rs.getString(3));
                    years.computeIfAbsent(rs.getString(1), i -> new TreeMap<>())
                            .computeIfAbsent(source, d -> new TreeMap<>())
                            .computeIfAbsent(rs.getString(2), f -> new TreeSet<>()).add(rs.getInt(4));
                }, arguments.toArray());
        return years;
    }
}
