package dk.boligmonitor.warehouse;

import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * The figures of the housing companies' move-out lists for each estate, area and programme and year: the
 * move-out rate (fraflytningsprocent), move-outs per 100 tenancies, and the lists' economics, vacancy days and
 * loss at move-out ({@link MoveoutMeasure}), each an indicator whose {@code derived:} kind names its measure. An
 * estate is only counted for a year its company's list covers; an estate with no move-outs in a covered year has
 * a rate of 0, which is a figure, not a gap. An area or programme with an estate not covered gets no figure
 * rather than one too low. Areas and programmes sum their estates' counts, never average their figures.
 */
@Component
class MoveoutRates {

    private final JdbcTemplate jdbc;
    private final FactWriter writer;
    private final MonitorConfig config;

    MoveoutRates(JdbcTemplate jdbc, FactWriter writer, MonitorConfig config) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.config = config;
    }

    int build(Years years) {
        Map<Indicator, MoveoutMeasure> indicators = new LinkedHashMap<>();
        config.indicators().forEach(i -> MoveoutMeasure.of(i.derived()).ifPresent(m -> indicators.put(i, m)));
        // Every loaded list of a company and year counts: a company may deliver a file per year (December's late
        // registrations in the next year's file) or per afdeling. A re-delivery was marked REPLACED as it loaded
        // (LoadRegistry), so the files left add up; a move-out two of them still share is counted once.
        Map<String, Long> newestFile = new HashMap<>();
        Map<String, Set<Long>> filesByCompanyYear = new HashMap<>();
        Map<String, MoveoutTally> tallies = new HashMap<>();
        jdbc.query("""
                SELECT c.file_id, e.company, c.estate_code, c.year,
                       c.moveouts, c.vacancy_days, c.vacancy_known, c.loss_dkk, c.loss_known
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
                    tallies.merge(rs.getString(3) + "|" + rs.getInt(4), MoveoutTally.of(rs, 5), MoveoutTally::plus);
                });
        filesByCompanyYear.forEach((companyYear, files) -> {
            if (files.size() > 1) {
                countDistinct(files, Integer.parseInt(companyYear.substring(companyYear.lastIndexOf('|') + 1)),
                        tallies);
            }
        });
        Set<String> coveredCompanyYears = newestFile.keySet();
        try (FactWriter.Batch batch = writer.batch()) {
            indicators.forEach((indicator, measure) -> {
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
                                    MoveoutTally tally = tallies.getOrDefault(estate.code() + "|" + year,
                                            MoveoutTally.NONE);
                                    areaSum.add(tally, estate.tenancies());
                                    Fact fact = measure.estate(estate.code(), indicator.code(), year, tally,
                                            estate.tenancies());
                                    batch.add(fact.fromFile(newestFile.get(estate.company() + "|" + year)));
                                } else {
                                    areaSum.missing(estate.name());
                                }
                            }
                            programmeSum.add(areaSum, area.name());
                            areaSum.toFact(measure, area.code(), indicator, year, "sum af afdelingerne")
                                    .ifPresent(batch::add);
                        }
                        programmeSum.toFact(measure, programme.code(), indicator, year, "sum af områderne")
                                .ifPresent(batch::add);
                    }
                }
            });
            return batch.written();
        }
    }

    /**
     * The move-outs of a year that several loaded files give, each counted once (by estate, tenancy and date),
     * for every estate of those files: what two lists of one company both hold is one move-out, whose vacancy
     * days and loss are those of the newest file that gives it.
     */
    private void countDistinct(Set<Long> files, int year, Map<String, MoveoutTally> tallies) {
        String fileIds = String.join(", ", files.stream().map(String::valueOf).toList());
        jdbc.query("""
                SELECT estate_code, COUNT(*), SUM(vacancy_days), COUNT(vacancy_days), SUM(loss_dkk), COUNT(loss_dkk)
                  FROM (SELECT estate_code, vacancy_days, loss_dkk,
                               ROW_NUMBER() OVER (PARTITION BY estate_code, tenancy_no, moveout_date
                                                  ORDER BY file_id DESC) AS newest
                          FROM moveout WHERE file_id IN (%s) AND year = ?) d
                 WHERE newest = 1
                 GROUP BY estate_code
                """.formatted(fileIds),
                rs -> {
                    tallies.put(rs.getString(1) + "|" + year, MoveoutTally.of(rs, 2));
                }, year);
    }

    /** Move-outs and tenancies summed, remembering which parts had no list. */
    private static final class Sum {
        private MoveoutTally tally = MoveoutTally.NONE;
        private long tenancies;
        private int parts;
        private String missing;

        void add(MoveoutTally tally, long tenancies) {
            this.tally = this.tally.plus(tally);
            this.tenancies += tenancies;
            parts++;
        }

        void add(Sum other, String name) {
            if (other.missing != null) {
                missing(name);
            } else if (other.parts > 0) {
                add(other.tally, other.tenancies);
            }
        }

        void missing(String name) {
            if (missing == null) {
                missing = name;
            }
        }

        Optional<Fact> toFact(MoveoutMeasure measure, String unit, Indicator indicator, int year, String derivation) {
            if (parts == 0 && missing == null) {
                return Optional.empty();
            }
            if (missing != null) {
                return parts == 0 ? Optional.empty()
                        : Optional.of(Fact.derived(unit, indicator.code(), year, null, null, null,
                        State.MISSING, "ufuldstændig: ingen fraflytningsliste for " + missing));
            }
            return Optional.of(measure.fact(unit, indicator.code(), year, tally, tenancies, derivation));
        }
    }
}
