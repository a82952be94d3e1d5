package dk.boligmonitor.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dk.boligmonitor.config.Indicator;
import dk.boligmonitor.config.SourceMapping.Layout;
import dk.boligmonitor.config.SourceMapping.Part;
import dk.boligmonitor.config.SourceMapping.Role;
import dk.boligmonitor.config.SourceMapping.SubYear;
import dk.boligmonitor.config.SourceMapping.Target;
import dk.boligmonitor.config.Unit;
import dk.boligmonitor.config.SourceMapping;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.ingest.Observation.State;
import dk.boligmonitor.ingest.RowRatios.Figure;
import dk.boligmonitor.ingest.read.Cells;
import dk.boligmonitor.ingest.read.HeaderNames;
import dk.boligmonitor.ingest.read.Period;
import dk.boligmonitor.ingest.read.Rejection;
import dk.boligmonitor.ingest.read.RowProblem;
import dk.boligmonitor.ingest.read.SourceRow;

/**
 * Maps a row of a register or police extract to observations: the unit from its name or code, the period
 * from the year column (long layout) or from each period column's header (wide layout), and each value to
 * an indicator and part, either by its column or by the row's measure. Rows the mapping does not want are
 * skipped by a {@link RowSelector}; quarters and months are watched for whole years ({@link YearCoverage}), and
 * columns the mapping ignores for breakdowns ({@link UnmappedDimensions}). The parts of a ratio the file gives,
 * in one row or in rows of their own, must agree (see RowRatios).
 */
public final class IndicatorRowMapper implements SourceRowMapper {

    /** observation.amount is NUMERIC(20,6): a figure with more digits would fail the load, not reject its row. */
    static final int AMOUNT_INTEGER_DIGITS = 14;
    /** How an observation that is its year's figure combines: it is used as it is. */
    private static final String WHOLE_YEAR = "ONE";

    private final SourceMapping mapping;
    private final char decimalSign;
    private final MappedColumns columns;
    private final AreaResolver areas;
    private final RowRatios ratios;
    private final int firstYear;
    private final int lastYear;
    /** The indicators whose value is a percentage: the only cells a percent format may show. */
    private final Set<String> percentIndicators;
    private final Map<String, List<Target>> measures = new HashMap<>();
    private final Map<String, Place> seen = new HashMap<>();
    private final RowSelector selector;
    private final YearCoverage coverage = new YearCoverage();
    private final UnmappedDimensions dimensions;

    public IndicatorRowMapper(SourceMapping mapping, char decimalSign, MappedColumns columns, AreaResolver areas,
                              List<Indicator> indicators, int firstYear, int lastYear) {
        this.mapping = mapping;
        this.decimalSign = decimalSign;
        this.columns = columns;
        this.areas = areas;
        this.ratios = new RowRatios(indicators);
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.percentIndicators = indicators.stream().filter(indicator -> indicator.unit() == Unit.PERCENT)
                .map(Indicator::code).collect(Collectors.toSet());
        mapping.measures().forEach((text, targets) -> measures.put(HeaderNames.normalize(text), targets));
        this.selector = new RowSelector(mapping, columns);
        Set<Integer> used = new HashSet<>(columns.roles().values());
        used.addAll(columns.values().values());
        used.addAll(columns.periods().keySet());
        used.addAll(selector.filteredColumns());
        this.dimensions = new UnmappedDimensions(mapping, columns, used);
    }

    @Override
    public MappedRow map(SourceRow row) {
        List<Rejection> problems = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        Optional<String> skipped = selector.filteredOut(row).or(() -> unlistedMeasure(row));
        if (skipped.isPresent()) {
            return MappedRow.skipped(row.rowNo(), skipped.get());
        }
        String periodSeen = "";
        try {
            String area = area(row);
            List<Target> measure = measure(row);
            if (mapping.layout() == Layout.WIDE) {
                // a wide extract often spans more years than the programmes: those columns are not ours
                columns.periods().forEach((column, period) -> {
                    if (period.year() >= firstYear && period.year() <= lastYear && !selector.skips(period)) {
                        add(row, column, area, period, mapping.periodValues(), measure, figures, problems);
                    }
                });
            } else {
                Period period = period(row);
                if (selector.skips(period)) {
                    return MappedRow.skipped(row.rowNo(), selector.skippedPeriodReason(period));
                }
                checkPeriod(row, period);
                periodSeen = period.label();
                columns.values().forEach((header, column) ->
                        add(row, column, area, period, mapping.values().get(header), measure, figures, problems));
            }
        } catch (RowProblem problem) {
            problems.add(problem.at(row.rowNo()));
        }
        List<Observation> observations = figures.stream().map(Figure::observation).toList();
        if (problems.isEmpty()) {
            ratios.contradiction(row.rowNo(), figures).ifPresent(problems::add);
        }
        if (problems.isEmpty()) {
            // before the duplicate check: a breakdown beside its total is a duplicate, and is what is to be named
            String measureText = columns.has(Role.MEASURE) ? row.cell(columns.index(Role.MEASURE)) : "";
            dimensions.see(row, observations.isEmpty() ? "" : observations.get(0).areaCode(), periodSeen, measureText);
            duplicateOf(row, observations).ifPresent(problems::add);
        }
        if (problems.isEmpty()) {
            ratios.acrossRows(row.rowNo(), figures).ifPresent(problems::add);
        }
        if (problems.isEmpty()) {
            observations.stream().filter(o -> !o.combine().equals(WHOLE_YEAR)).forEach(coverage::add);
        }
        return problems.isEmpty() ? MappedRow.observations(row.rowNo(), observations)
                : MappedRow.rejected(row.rowNo(), problems);
    }

    private void add(SourceRow row, int column, String area, Period period, List<Target> targets, List<Target> measure,
                     List<Figure> figures, List<Rejection> problems) {
        for (Target target : targets) {
            for (Target resolved : resolve(target, measure)) {
                try {
                    figures.add(new Figure(observation(row, column, area, period, resolved), columns.name(column)));
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
                Messages.get("ingest.row.unknown_area")));
    }

    @Override
    public Optional<String> refusalAtEnd() {
        return dimensions.refusal();
    }

    @Override
    public Map<String, Integer> unusedAtEnd() {
        return coverage.incompleteYears();
    }

    /** Why a row of a measure not under 'measures' is skipped, when the mapping skips such rows. */
    private Optional<String> unlistedMeasure(SourceRow row) {
        if (!columns.has(Role.MEASURE)) {
            return Optional.empty();
        }
        String text = row.cell(columns.index(Role.MEASURE));
        return measures.containsKey(HeaderNames.normalize(text)) ? Optional.empty()
                : selector.unlistedMeasure(columns.name(columns.index(Role.MEASURE)), text);
    }

    private Period period(SourceRow row) throws RowProblem {
        if (mapping.yearFromSheet()) {
            return SheetYear.of(row.sheet());
        }
        int column = columns.index(Role.YEAR);
        return Cells.period(row.cell(column), columns.name(column));
    }

    private void checkPeriod(SourceRow row, Period period) throws RowProblem {
        if (mapping.yearFromSheet()) {
            if (period.year() < firstYear || period.year() > lastYear) {
                throw new RowProblem(Messages.get("ingest.row.sheet_column"), row.sheet(),
                        Messages.get("ingest.row.sheet_year_outside", firstYear, lastYear));
            }
            return;
        }
        int column = columns.index(Role.YEAR);
        if (!period.isWholeYear() && mapping.subYear() == SubYear.REFUSE && !selector.standsForYear(period)) {
            throw new RowProblem(columns.name(column), row.cell(column),
                    Messages.get("ingest.row.sub_year", mapping.file().getFileName()));
        }
        if (period.year() < firstYear || period.year() > lastYear) {
            throw new RowProblem(columns.name(column), row.cell(column),
                    Messages.get("ingest.row.year_outside", firstYear, lastYear));
        }
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
        throw new RowProblem(columns.name(column), text,
                Messages.get("ingest.row.unknown_measure", mapping.file().getFileName()));
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
        String combine = period.isWholeYear() || selector.standsForYear(period) ? WHOLE_YEAR : mapping.subYear().name();
        if (text.isEmpty() || text.equals(Cells.SUPPRESSED)) {
            State state = text.isEmpty() ? State.MISSING : State.SUPPRESSED;
            return new Observation(row.rowNo(), area, target.indicator(), target.part(), period.year(), period.label(),
                    combine, null, state);
        }
        if (row.isPercent(column) && (target.part() != Part.VALUE || !percentIndicators.contains(target.indicator()))) {
            throw Cells.shownAsPercent(columns.name(column), text, target.part() == Part.VALUE
                    ? Messages.get("ingest.row.percent_value", target.indicator())
                    : Messages.get(target.part() == Part.NUMERATOR ? "ingest.row.percent_numerator"
                            : "ingest.row.percent_denominator"));
        }
        BigDecimal amount = Cells.fitting(Cells.number(text, row.isNumeric(column), decimalSign,
                columns.name(column)), AMOUNT_INTEGER_DIGITS, text, columns.name(column));
        if (amount.signum() < 0) {
            throw new RowProblem(columns.name(column), text, Messages.get("ingest.row.negative"));
        }
        return new Observation(row.rowNo(), area, target.indicator(), target.part(), period.year(), period.label(),
                combine, amount, State.VALUE);
    }

    /** Where a row is: of several sheets, row numbers repeat, so the earlier row is named with its sheet. */
    private record Place(String sheet, int rowNo) {

        String describe() {
            return sheet == null ? Messages.get("ingest.row.place", rowNo)
                    : Messages.get("ingest.row.place_in_sheet", sheet, rowNo);
        }
    }

    /** The same figure twice in one file is ambiguous: the later row is rejected, naming the earlier. */
    private Optional<Rejection> duplicateOf(SourceRow row, List<Observation> observations) {
        List<String> keys = observations.stream()
                .map(o -> o.areaCode() + " " + o.indicator() + " " + o.part().key() + " " + o.period()).toList();
        for (String key : keys) {
            Place earlier = seen.get(key);
            if (earlier != null) {
                return Optional.of(new Rejection(row.rowNo(), null, null,
                        Messages.get("ingest.row.duplicate_figure", earlier.describe(), key)));
            }
        }
        Place where = new Place(row.sheet(), row.rowNo());
        keys.forEach(key -> seen.put(key, where));
        return Optional.empty();
    }
}
