package dk.boligmonitor.warehouse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
        List<Fact> impossible = new ArrayList<>();
        try (FactWriter.Batch batch = writer.batch()) {
            Group group = new Group(impossible);
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
        warnOfImpossibleShares(impossible);
        return written;
    }

    /** The observation's key holds '' where the file is one table; a fact's lineage then has no sheet. */
    private static String sheet(String stored) {
        return stored == null || stored.isEmpty() ? null : stored;
    }

    /**
     * The shares no figure could be given for because two files contradict each other, each named to its row;
     * noted as they were formed, so only their files are looked up.
     */
    private void warnOfImpossibleShares(List<Fact> impossible) {
        if (impossible.isEmpty()) {
            return;
        }
        Map<Long, String> names = new HashMap<>();
        jdbc.query("SELECT file_id, file_name FROM source_file WHERE file_id IN (" + String.join(", ",
                Collections.nCopies(impossible.size() * 2, "?")) + ")",
                rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                }, impossible.stream().flatMap(f -> Stream.of(f.numeratorFile(), f.denominatorFile())).toArray());
        for (Fact fact : impossible) {
            log.warn(Messages.get("warehouse.impossible_share", fact.areaCode(), fact.indicator(), fact.year(),
                    DanishFormat.number(fact.numerator(), 0), names.get(fact.numeratorFile()), fact.numeratorRow(),
                    DanishFormat.number(fact.denominator(), 0), names.get(fact.denominatorFile()),
                    fact.denominatorRow()));
        }
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
        /** The shares two files make impossible, for the warning once all are formed. */
        private final List<Fact> impossible;

        Group(List<Fact> impossible) {
            this.impossible = impossible;
        }

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
            Fact fact = FactCalculator.compute(area, indicator, year, indicators.get(indicator).unit(), combined);
            if (fact.derivation().equals(FactCalculator.IMPOSSIBLE_SHARE)) {
                impossible.add(fact);
            }
            batch.add(fact);
        }
    }
}
