package dk.boligmonitor.warehouse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.Indicator;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.SourceMapping.Part;
import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.registry.FileStatus;
import dk.boligmonitor.registry.Years;
import dk.boligmonitor.warehouse.FactCalculator.Observed;

/**
 * Rebuilds the facts that files give directly from the observations of loaded files. Observations arrive
 * sorted by unit, indicator and year, so each figure is formed from one run of rows; when two loaded files
 * give the same part, the newer file wins.
 */
@Component
class SourcedFacts {

    private static final Logger log = LoggerFactory.getLogger(SourcedFacts.class);

    private final JdbcTemplate jdbc;
    private final FactWriter writer;
    private final MonitorConfig config;

    SourcedFacts(JdbcTemplate jdbc, FactWriter writer, MonitorConfig config) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.config = config;
    }

    /** Every fact of the years is deleted first: the later steps add the derived ones again. */
    int rebuild(Years years) {
        jdbc.update("DELETE FROM fact_indicator WHERE " + years.condition("year"));
        Map<String, Indicator> indicators = config.indicatorsByCode();
        int written;
        try (FactWriter.Batch batch = writer.batch()) {
            Group group = new Group();
            jdbc.query("""
                    SELECT o.area_code, o.indicator_code, o.year, o.part, o.amount, o.state, o.file_id, o.row_no,
                           o.period, o.combine, o.sheet
                      FROM observation o
                      JOIN source_file f ON f.file_id = o.file_id
                      JOIN dim_area a ON a.area_code = o.area_code
                     WHERE f.status = '%s' AND %s
                     ORDER BY o.area_code, o.indicator_code, o.year, o.part, o.file_id DESC, o.period
                    """.formatted(FileStatus.LOADED, years.condition("o.year")),
                    rs -> {
                        String area = rs.getString(1);
                        String indicator = rs.getString(2);
                        int year = rs.getInt(3);
                        if (!group.is(area, indicator, year)) {
                            group.emit(indicators, batch);
                            group.start(area, indicator, year);
                        }
                        group.add(Part.valueOf(rs.getString(4).toUpperCase()), new PeriodValue(rs.getString(9),
                                rs.getString(10), new Observed(rs.getBigDecimal(5), rs.getString(6), rs.getLong(7),
                                sheet(rs.getString(11)), rs.getInt(8))));
                    });
            group.emit(indicators, batch);
            written = batch.written();
        }
        warnOfImpossibleShares(years);
        return written;
    }

    /** The observation's key holds '' where the file is one table; a fact's lineage then has no sheet. */
    private static String sheet(String stored) {
        return stored == null || stored.isEmpty() ? null : stored;
    }

    /** The shares no figure could be given for because two files contradict each other, each named to its row. */
    private void warnOfImpossibleShares(Years years) {
        jdbc.query("""
                SELECT f.area_code, f.indicator_code, f.year, f.numerator, f.denominator,
                       n.file_name, f.numerator_row, d.file_name, f.denominator_row
                  FROM fact_indicator f
                  JOIN source_file n ON n.file_id = f.numerator_file_id
                  JOIN source_file d ON d.file_id = f.denominator_file_id
                 WHERE f.derivation = ? AND %s
                 ORDER BY f.area_code, f.indicator_code, f.year
                """.formatted(years.condition("f.year")),
                rs -> {
                    log.warn(Messages.get("warehouse.impossible_share", rs.getString(1), rs.getString(2),
                            rs.getInt(3), DanishFormat.number(rs.getBigDecimal(4), 0), rs.getString(6), rs.getInt(7),
                            DanishFormat.number(rs.getBigDecimal(5), 0), rs.getString(8), rs.getInt(9)));
                }, FactCalculator.IMPOSSIBLE_SHARE);
    }

    /** One observation with the period it is for and how its year's periods combine. */
    private record PeriodValue(String period, String combine, Observed observed) {
    }

    /** The observations of one unit, indicator and year while they stream past. */
    private static final class Group {
        private String area;
        private String indicator;
        private int year;
        private final Map<Part, List<PeriodValue>> parts = new EnumMap<>(Part.class);

        boolean is(String area, String indicator, int year) {
            return area.equals(this.area) && indicator.equals(this.indicator) && year == this.year;
        }

        void start(String area, String indicator, int year) {
            this.area = area;
            this.indicator = indicator;
            this.year = year;
            parts.clear();
        }

        /** Only the newest file's observations of a part count: rows arrive newest file first. */
        void add(Part part, PeriodValue value) {
            List<PeriodValue> values = parts.computeIfAbsent(part, p -> new ArrayList<>());
            if (values.isEmpty() || values.get(0).observed().fileId() == value.observed().fileId()) {
                values.add(value);
            }
        }

        void emit(Map<String, Indicator> indicators, FactWriter.Batch batch) {
            if (area == null || !indicators.containsKey(indicator)) {
                return;
            }
            Map<Part, Observed> combined = new EnumMap<>(Part.class);
            for (Map.Entry<Part, List<PeriodValue>> part : parts.entrySet()) {
                Observed year = SubYearCombiner.combine(part.getValue().stream()
                        .map(v -> new SubYearCombiner.Entry(v.period(), v.combine(), v.observed())).toList());
                if (year == null) {
                    return; // part of a year is not the year: the ingest counted its rows as not used
                }
                combined.put(part.getKey(), year);
            }
            batch.add(FactCalculator.compute(area, indicator, year, indicators.get(indicator).unit(), combined));
        }
    }
}
