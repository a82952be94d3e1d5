package dk.boligmonitor.warehouse;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.Area;
import dk.boligmonitor.config.Estate;
import dk.boligmonitor.config.Indicator;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Programme;
import dk.boligmonitor.registry.FileStatus;
import dk.boligmonitor.registry.Years;
import dk.boligmonitor.warehouse.Fact.State;

/**
 * The move-out rate (fraflytningsprocent): move-outs in a year per 100 tenancies, for each estate, area and
 * programme. An estate is only counted for a year its company's list covers; an estate with no move-outs in
 * a covered year has a rate of 0, which is a figure, not a gap. An area or programme with an estate not
 * covered gets no rate rather than a rate too low.
 */
@Component
class MoveoutRates {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JdbcTemplate jdbc;
    private final FactWriter writer;
    private final MonitorConfig config;

    MoveoutRates(JdbcTemplate jdbc, FactWriter writer, MonitorConfig config) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.config = config;
    }

    int build(Years years) {
        List<Indicator> indicators = config.indicators().stream().filter(i -> "moveouts".equals(i.derived())).toList();
        // Every loaded list of a company and year counts: a company may deliver a file per year (December's late
        // registrations in the next year's file) or per afdeling. A re-delivery was marked REPLACED as it loaded
        // (LoadRegistry), so the files left add up; a move-out two of them still share is counted once.
        Map<String, Long> newestFile = new HashMap<>();
        Map<String, Set<Long>> filesByCompanyYear = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query("""
                SELECT c.file_id, e.company, c.estate_code, c.year, c.moveouts
                  FROM moveout_count c
                  JOIN source_file f ON f.file_id = c.file_id
                  JOIN dim_area e ON e.area_code = c.estate_code
                 WHERE f.status = '%s' AND %s
                """.formatted(FileStatus.LOADED, years.condition("c.year")),
                rs -> {
                    long file = rs.getLong(1);
                    String companyYear = rs.getString(2) + "|" + rs.getInt(4);
                    newestFile.merge(companyYear, file, Math::max);
                    filesByCompanyYear.computeIfAbsent(companyYear, k -> new TreeSet<>()).add(file);
                    counts.merge(rs.getString(3) + "|" + rs.getInt(4), rs.getInt(5), Integer::sum);
                });
        filesByCompanyYear.forEach((companyYear, files) -> {
            if (files.size() > 1) {
                countDistinct(files, Integer.parseInt(companyYear.substring(companyYear.lastIndexOf('|') + 1)), counts);
            }
        });
        Set<String> coveredCompanyYears = newestFile.keySet();
        try (FactWriter.Batch batch = writer.batch()) {
            for (Indicator indicator : indicators) {
                for (Programme programme : config.programmes()) {
                    for (int year = programme.firstYear(); year <= programme.lastYear(); year++) {
                        if (!years.includes(year)) {
                            continue;
                        }
                        Sum programmeSum = new Sum();
                        for (Area area : programme.areas()) {
                            Sum areaSum = new Sum();
                            for (Estate estate : area.estates()) {
                                if (coveredCompanyYears.contains(estate.company() + "|" + year)) {
                                    int moveouts = counts.getOrDefault(estate.code() + "|" + year, 0);
                                    areaSum.add(moveouts, estate.tenancies());
                                    Fact rate = rate(estate.code(), indicator, year, moveouts, estate.tenancies(),
                                            "fraflytninger / lejemål i afdelingen");
                                    batch.add(rate.fromFile(newestFile.get(estate.company() + "|" + year)));
                                } else {
                                    areaSum.missing(estate.name());
                                }
                            }
                            programmeSum.add(areaSum, area.name());
                            areaSum.toFact(area.code(), indicator, year, "sum af afdelingerne").ifPresent(batch::add);
                        }
                        programmeSum.toFact(programme.code(), indicator, year, "sum af områderne").ifPresent(batch::add);
                    }
                }
            }
            return batch.written();
        }
    }

    /**
     * The move-outs of a year that several loaded files give, each counted once (by estate, tenancy and date),
     * for every estate of those files: what two lists of one company both hold is one move-out.
     */
    private void countDistinct(Set<Long> files, int year, Map<String, Integer> counts) {
        String fileIds = String.join(", ", files.stream().map(String::valueOf).toList());
        jdbc.query("SELECT estate_code, COUNT(*) FROM (SELECT DISTINCT estate_code, tenancy_no, moveout_date"
                        + " FROM moveout WHERE file_id IN (" + fileIds + ") AND year = ?) d GROUP BY estate_code",
                rs -> {
                    counts.put(rs.getString(1) + "|" + year, rs.getInt(2));
                }, year);
    }

    private static Fact rate(String unit, Indicator indicator, int year, long moveouts, long tenancies,
                             String derivation) {
        if (tenancies == 0) {
            return Fact.derived(unit, indicator.code(), year, BigDecimal.valueOf(moveouts), BigDecimal.ZERO, null,
                    State.MISSING, "ingen lejemål");
        }
        BigDecimal value = BigDecimal.valueOf(moveouts).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(tenancies), MathContext.DECIMAL64);
        return Fact.derived(unit, indicator.code(), year, BigDecimal.valueOf(moveouts), BigDecimal.valueOf(tenancies),
                value, State.VALUE, derivation);
    }

    /** Move-outs and tenancies summed, remembering which parts had no list. */
    private static final class Sum {
        private long moveouts;
        private long tenancies;
        private int parts;
        private String missing;

        void add(long moveouts, long tenancies) {
            this.moveouts += moveouts;
            this.tenancies += tenancies;
            parts++;
        }

        void add(Sum other, String name) {
            if (other.missing != null) {
                missing(name);
            } else if (other.parts > 0) {
                add(other.moveouts, other.tenancies);
            }
        }

        void missing(String name) {
            if (missing == null) {
                missing = name;
            }
        }

        Optional<Fact> toFact(String unit, Indicator indicator, int year, String derivation) {
            if (parts == 0 && missing == null) {
                return Optional.empty();
            }
            if (missing != null) {
                return parts == 0 ? Optional.empty()
                        : Optional.of(Fact.derived(unit, indicator.code(), year, null, null, null,
                        State.MISSING, "ufuldstændig: ingen fraflytningsliste for " + missing));
            }
            return Optional.of(rate(unit, indicator, year, moveouts, tenancies, derivation));
        }
    }
}
