package dk.boligmonitor.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.boligmonitor.config.SourceMapping.Layout;
import dk.boligmonitor.config.SourceMapping.Role;
import dk.boligmonitor.config.SourceMapping.SubYear;
import dk.boligmonitor.config.SourceMapping.Target;
import dk.boligmonitor.config.SourceMapping;
import dk.boligmonitor.ingest.Observation.State;
import dk.boligmonitor.ingest.read.Cells;
import dk.boligmonitor.ingest.read.HeaderNames;
import dk.boligmonitor.ingest.read.Period;
import dk.boligmonitor.ingest.read.Rejection;
import dk.boligmonitor.ingest.read.RowProblem;
import dk.boligmonitor.ingest.read.SourceRow;

/**
 * Maps a row of a register or police extract to observations: the unit from its name or code, the period
 * from the year column (long layout) or from each period column's header (wide layout), and each value to
 * an indicator and part, either by its column or by the row's measure.
 */
public final class IndicatorRowMapper implements SourceRowMapper {

    /** observation.amount is NUMERIC(20,6): a figure with more digits would fail the load, not reject its row. */
    static final int AMOUNT_INTEGER_DIGITS = 14;

    private final SourceMapping mapping;
    private final char decimalSign;
    private final MappedColumns columns;
    private final AreaResolver areas;
    private final int firstYear;
    private final int lastYear;
    private final Map<String, List<Target>> measures = new HashMap<>();
    private final Map<String, Integer> seen = new HashMap<>();

    public IndicatorRowMapper(SourceMapping mapping, char decimalSign, MappedColumns columns, AreaResolver areas,
                              int firstYear, int lastYear) {
        this.mapping = mapping;
        this.decimalSign = decimalSign;
        this.columns = columns;
        this.areas = areas;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        mapping.measures().forEach((text, targets) -> measures.put(HeaderNames.normalize(text), targets));
    }

    @Override
    public MappedRow map(SourceRow row) {
        List<Rejection> problems = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        try {
            String area = area(row);
            List<Target> measure = measure(row);
            if (mapping.layout() == Layout.WIDE) {
                // a wide extract often spans more years than the programmes: those columns are not ours
                columns.periods().forEach((column, period) -> {
                    if (period.year() >= firstYear && period.year() <= lastYear) {
                        add(row, column, area, period, mapping.periodValues(), measure, observations, problems);
                    }
                });
            } else {
                Period period = period(row);
                columns.values().forEach((header, column) ->
                        add(row, column, area, period, mapping.values().get(header), measure, observations, problems));
            }
        } catch (RowProblem problem) {
            problems.add(problem.at(row.rowNo()));
        }
        if (problems.isEmpty()) {
            duplicateOf(row, observations).ifPresent(problems::add);
        }
        return problems.isEmpty() ? MappedRow.observations(row.rowNo(), observations)
                : MappedRow.rejected(row.rowNo(), problems);
    }

    private void add(SourceRow row, int column, String area, Period period, List<Target> targets, List<Target> measure,
                     List<Observation> observations, List<Rejection> problems) {
        for (Target target : targets) {
            for (Target resolved : resolve(target, measure)) {
                try {
                    observations.add(observation(row, column, area, period, resolved));
                } catch (RowProblem problem) {
                    problems.add(problem.at(row.rowNo()));
                }
            }
        }
    }

    private String area(SourceRow row) throws RowProblem {
        int column = columns.index(Role.AREA);
        String text = row.cell(column);
        return areas.resolve(text).orElseThrow(() -> new RowProblem(columns.name(column), text,
                "unknown area: not an area, municipality or reference group in jobs/"));
    }

    private Period period(SourceRow row) throws RowProblem {
        int column = columns.index(Role.YEAR);
        Period period = Cells.period(row.cell(column), columns.name(column));
        if (!period.isWholeYear() && mapping.subYear() == SubYear.REFUSE) {
            throw new RowProblem(columns.name(column), row.cell(column), "a quarter or month, but the mapping reads"
                    + " whole years (set sub_year: sum or last in " + mapping.file().getFileName() + ")");
        }
        if (period.year() < firstYear || period.year() > lastYear) {
            throw new RowProblem(columns.name(column), row.cell(column),
                    "year outside the programmes' years " + firstYear + "–" + lastYear);
        }
        return period;
    }

    private List<Target> measure(SourceRow row) throws RowProblem {
        if (!columns.has(Role.MEASURE)) {
            return List.of();
        }
        int column = columns.index(Role.MEASURE);
        String text = row.cell(column);
        List<Target> targets = measures.get(HeaderNames.normalize(text));
        if (targets != null) {
            return targets;
        }
        throw new RowProblem(columns.name(column), text, "unknown measure: not listed under 'measures' in "
                + mapping.file().getFileName());
    }

    /** A column target completes what the measure leaves open, or takes it whole ("measure"). */
    private static List<Target> resolve(Target column, List<Target> measure) {
        if (column.indicator() != null) {
            return List.of(column);
        }
        if (column.part() == null) {
            return measure;
        }
        return measure.stream().map(m -> new Target(m.indicator(), column.part())).toList();
    }

    private Observation observation(SourceRow row, int column, String area, Period period, Target target)
            throws RowProblem {
        String text = row.cell(column).trim();
        String combine = period.isWholeYear() ? "ONE" : mapping.subYear().name();
        if (text.isEmpty() || text.equals(Cells.SUPPRESSED)) {
            State state = text.isEmpty() ? State.MISSING : State.SUPPRESSED;
            return new Observation(row.rowNo(), area, target.indicator(), target.part(), period.year(), period.label(),
                    combine, null, state);
        }
        BigDecimal amount = Cells.fitting(Cells.number(text, row.isNumeric(column), decimalSign,
                columns.name(column)), AMOUNT_INTEGER_DIGITS, text, columns.name(column));
        if (amount.signum() < 0) {
            throw new RowProblem(columns.name(column), text, "negative figure: counts and shares cannot be below 0");
        }
        return new Observation(row.rowNo(), area, target.indicator(), target.part(), period.year(), period.label(),
                combine, amount, State.VALUE);
    }

    /** The same figure twice in one file is ambiguous: the later row is rejected, naming the earlier. */
    private Optional<Rejection> duplicateOf(SourceRow row, List<Observation> observations) {
        List<String> keys = observations.stream()
                .map(o -> o.areaCode() + " " + o.indicator() + " " + o.part().key() + " " + o.period()).toList();
        for (String key : keys) {
            Integer earlier = seen.get(key);
            if (earlier != null) {
                return Optional.of(new Rejection(row.rowNo(), null, null,
                        "duplicate: row " + earlier + " already gives " + key));
            }
        }
        keys.forEach(key -> seen.put(key, row.rowNo()));
        return Optional.empty();
    }
}
