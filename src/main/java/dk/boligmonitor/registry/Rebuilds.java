package dk.boligmonitor.registry;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.Area;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Municipality;
import dk.boligmonitor.config.Programme;
import dk.boligmonitor.config.ReferenceGroup;
import dk.boligmonitor.format.Messages;

/**
 * Keeps track of warehouse rebuilds: which years a rerun must rebuild (those of the files that came, went or give
 * something else since the last rebuild), whether the criteria must be judged again, and which programmes'
 * reports a rebuild makes due. A year's facts depend on that year's figures and on jobs/, so a rebuild of some
 * years is exact only when the programmes, indicators, groups and criteria in jobs/ and the disclosure threshold
 * are as they were at the last rebuild and that rebuild finished; otherwise every year is rebuilt. A whole
 * rebuild makes every programme due; a partial one compares the facts of its years before and after and makes
 * due the programmes whose reports show a unit that changed: their own units, their areas' municipalities and
 * regions, the country and the reference groups.
 */
@Component
public class Rebuilds {

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);
    private static final String FACT_COLUMNS = """
            area_code, indicator_code, year, numerator, denominator, value,
            state, numerator_file_id, numerator_sheet, numerator_row, denominator_file_id, denominator_sheet,
            denominator_row, derivation,
            disclosure, change_abs, change_pct, margin""";

    private final JdbcClient jdbc;
    private final MonitorConfig config;
    private final Contributions contributions;
    private final ConfigFingerprint fingerprint;

    Rebuilds(JdbcClient jdbc, MonitorConfig config, Contributions contributions, ConfigFingerprint fingerprint) {
        this.jdbc = jdbc;
        this.config = config;
        this.contributions = contributions;
        this.fingerprint = fingerprint;
    }

    /**
     * The years a rerun's rebuild must cover, once its files are loaded: those of every file that came, went or
     * gives the warehouse something else since the last rebuild (its years then and now), or every year when a
     * partial rebuild would be wrong. A file loaded again as it was changes nothing, and costs no rebuild.
     */
    public Years scopeForRerun() {
        Optional<LastRebuild> last = jdbc.sql("SELECT config_sha256, finished FROM warehouse_rebuild")
                .query(LastRebuild.class).optional();
        String reasonKey = last.isEmpty() ? "registry.rebuild.never_built"
                : !last.get().finished() ? "registry.rebuild.unfinished"
                : !last.get().configSha256().equals(fingerprint.current()) ? "registry.rebuild.config_changed"
                : null;
        if (reasonKey != null) {
            log.info(Messages.get("registry.rebuild.all_years", Messages.get(reasonKey)));
            return Years.all();
        }
        Map<Long, Contribution> then = Contributions.of(
                jdbc.sql("SELECT file_id, year, contribution_sha256 FROM rebuilt_file_year"));
        return Years.of(yearsChanged(then, this.contributions.current()));
    }

    /** The years of the files whose contribution is not as it was: there only then or only now, or different. */
    static Set<Integer> yearsChanged(Map<Long, Contribution> then,
                                     Map<Long, Contribution> now) {
        Set<Long> files = new HashSet<>(then.keySet());
        files.addAll(now.keySet());
        Set<Integer> years = new TreeSet<>();
        for (long file : files) {
            if (!Objects.equals(then.get(file), now.get(file))) {
                Stream.of(then.get(file), now.get(file)).filter(Objects::nonNull)
                        .forEach(contribution -> years.addAll(contribution.years()));
            }
        }
        return years;
    }

    /** First step of a rebuild: returns the facts kept for comparison, or the programmes made due. */
    public int start(Years years) {
        boolean criteriaDue = years.isAll() || criteriaDue();
        jdbc.sql("DELETE FROM warehouse_rebuild").update();
        jdbc.sql("INSERT INTO warehouse_rebuild (config_sha256, finished, criteria_due) VALUES (?, ?, ?)")
                .params(fingerprint.current(), false, criteriaDue).update();
        jdbc.sql("DELETE FROM rebuilt_file_year").update();
        jdbc.sql("""
                INSERT INTO rebuilt_file_year (file_id, year, contribution_sha256)
                SELECT y.file_id, y.year, f.contribution_sha256
                  FROM source_file_year y
                  JOIN source_file f ON f.file_id = y.file_id
                 WHERE f.status = ?
                """)
                .param(FileStatus.LOADED).update();
        jdbc.sql("DELETE FROM fact_before_rebuild").update();
        if (years.isAll()) {
            int due = due(config.programmes().stream().map(Programme::code).toList());
            log.info(Messages.get("registry.rebuild.all_years", Messages.get("registry.rebuild.all_programmes")));
            return due;
        }
        log.info(Messages.get("registry.rebuild.years", years));
        return jdbc.sql("""
                INSERT INTO fact_before_rebuild (%1$s)
                SELECT %1$s
                  FROM fact_indicator
                 WHERE %2$s
                """.formatted(FACT_COLUMNS, years.andFollowing().condition("year"))).update();
    }

    /** Last step: returns how many programmes the rebuild made due. */
    public int finish(Years years) {
        int due = 0;
        if (!years.isAll()) {
            Set<String> changed = new HashSet<>(jdbc.sql("""
                    SELECT area_code FROM (SELECT %1$s FROM fact_before_rebuild EXCEPT %2$s) gone
                    UNION
                    SELECT area_code FROM (%2$s EXCEPT SELECT %1$s FROM fact_before_rebuild) came
                    """.formatted(FACT_COLUMNS, after(years)))
                    .query(String.class).list());
            List<String> programmes = config.programmes().stream().filter(p -> shows(p, changed))
                    .map(Programme::code).toList();
            due = due(programmes);
            log.info(Messages.get("registry.rebuild.changed", changed.size(), programmes.size(),
                    config.programmes().size()));
            jdbc.sql("DELETE FROM fact_before_rebuild").update();
            if (!changed.isEmpty()) {
                jdbc.sql("UPDATE warehouse_rebuild SET criteria_due = ?").param(true).update();
            }
        }
        jdbc.sql("UPDATE warehouse_rebuild SET finished = ?").param(true).update();
        return due;
    }

    /** Whether facts changed since the criteria were last judged (or nothing says they did not). */
    public boolean criteriaDue() {
        return jdbc.sql("SELECT criteria_due FROM warehouse_rebuild").query(Boolean.class).optional().orElse(true);
    }

    public void criteriaJudged() {
        jdbc.sql("UPDATE warehouse_rebuild SET criteria_due = ?").param(false).update();
    }

    private static String after(Years years) {
        return "SELECT " + FACT_COLUMNS + " FROM fact_indicator WHERE " + years.andFollowing().condition("year");
    }

    /** Whether the programme's reports show any of the units. */
    private boolean shows(Programme programme, Set<String> units) {
        if (units.contains(programme.code()) || units.contains(MonitorConfig.COUNTRY_CODE)
                || config.referenceGroups().stream().map(ReferenceGroup::code).anyMatch(units::contains)) {
            return true;
        }
        for (Area area : programme.areas()) {
            Municipality municipality = config.municipalityOf(area);
            if (units.contains(area.code()) || units.contains(municipality.unitCode())
                    || units.contains(municipality.regionUnitCode())
                    || area.estates().stream().anyMatch(e -> units.contains(e.code()))) {
                return true;
            }
        }
        return false;
    }

    private int due(List<String> programmes) {
        Set<String> already = new HashSet<>(jdbc.sql("SELECT programme_code FROM report_due").query(String.class)
                .list());
        int added = 0;
        for (String programme : programmes) {
            if (!already.contains(programme)) {
                added += jdbc.sql("INSERT INTO report_due (programme_code) VALUES (?)").param(programme).update();
            }
        }
        return added;
    }

    private record LastRebuild(String configSha256, boolean finished) {
    }
}
