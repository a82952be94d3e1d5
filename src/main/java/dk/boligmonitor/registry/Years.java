package dk.boligmonitor.registry;

import java.util.Arrays;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.parameters.JobParameters;

import dk.boligmonitor.format.Messages;

/**
 * The years a warehouse job rebuilds: every year (a run), or only those a rerun's files hold figures for. A
 * year's facts depend only on that year's figures, and its change from the year before also on the year
 * before, so a rerun of 2025 rebuilds 2025 and the change of 2026, not sixteen years of facts.
 */
public class Years {

    /** The job parameter that limits a rebuild, e.g. "2024,2025"; a job without it rebuilds every year. */
    public static final String PARAMETER = "years";

    private static final Years ALL = new Years(null);

    private final SortedSet<Integer> only;

    private Years(SortedSet<Integer> only) {
        this.only = only;
    }

    public static Years all() {
        return ALL;
    }

    public static Years of(Collection<Integer> years) {
        return new Years(new TreeSet<>(years));
    }

    public static Years of(JobParameters parameters) {
        String text = parameters.getString(PARAMETER);
        if (text == null) {
            return ALL;
        }
        return of(Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).map(s -> Integer.valueOf(s.trim()))
                .toList());
    }

    /** The job parameter's value; only for a limited rebuild. */
    public String parameter() {
        return only.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public boolean isAll() {
        return only == null;
    }

    public boolean includes(int year) {
        return only == null || only.contains(year);
    }

    /** These years and each one after, whose change from the year before depends on them. */
    public Years andFollowing() {
        if (only == null) {
            return this;
        }
        SortedSet<Integer> years = new TreeSet<>(only);
        only.forEach(year -> years.add(year + 1));
        return new Years(years);
    }

    /**
     * A condition on a year column for SQL, e.g. {@code f.year IN (2025)}, or one that always holds. The years
     * are integers, never text from outside, so they are written into the statement.
     */
    public String condition(String column) {
        if (only == null) {
            return "1 = 1";
        }
        if (only.isEmpty()) {
            return "1 = 0";
        }
        return column + " IN (" + parameter().replace(",", ", ") + ")";
    }

    @Override
    public String toString() {
        return only == null ? Messages.get("registry.years.all") : only.isEmpty() ? Messages.get("registry.years.none")
                : parameter().replace(",", ", ");
    }
}
