package dk.boligmonitor.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dk.boligmonitor.config.SourceMapping;
import dk.boligmonitor.config.SourceMapping.RowSelection;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.ingest.read.FileRefusedException;
import dk.boligmonitor.ingest.read.HeaderNames;
import dk.boligmonitor.ingest.read.Period;
import dk.boligmonitor.ingest.read.SourceRow;

/**
 * The rows of an export the mapping does not want, and why: a StatBank export holds every value of every
 * dimension ticked, totals beside their breakdowns, measures beside the one mapped, every quarter of a stock
 * measured once a year. A skipped row gives no figure and is no rejection; its reason is counted.
 */
final class RowSelector {

    /** A column whose value must be one of the given ones ({@code keep_rows}), and why a row it drops is skipped. */
    private record Filter(int column, Set<String> normalized, String reason) {
    }

    private final RowSelection selection;
    private final List<Filter> filters = new ArrayList<>();

    /** Refuses the file when a column the mapping filters on is not in its header. */
    RowSelector(SourceMapping mapping, MappedColumns columns) {
        this.selection = mapping.selection();
        selection.keepRows().forEach((name, values) -> {
            int column = columns.header().indexOf(List.of(name));
            if (column < 0) {
                throw new FileRefusedException(Messages.get("ingest.selection.no_column", name,
                        mapping.file().getFileName(), String.valueOf(columns.header().names())));
            }
            String kept = values.stream().map(v -> Messages.get("ingest.selection.value", v))
                    .reduce((a, b) -> Messages.get("ingest.selection.either", a, b)).orElse("");
            filters.add(new Filter(column, values.stream().map(HeaderNames::normalize).collect(Collectors.toSet()),
                    Messages.get("ingest.skipped.filtered", columns.name(column), kept)));
        });
    }

    /** The columns the filters read: they are used by the mapping, not dimensions it ignores. */
    Set<Integer> filteredColumns() {
        return filters.stream().map(Filter::column).collect(Collectors.toSet());
    }

    /** Why the row is skipped by {@code keep_rows}, if it is. */
    Optional<String> filteredOut(SourceRow row) {
        for (Filter filter : filters) {
            if (!filter.normalized().contains(HeaderNames.normalize(row.cell(filter.column())))) {
                return Optional.of(filter.reason());
            }
        }
        return Optional.empty();
    }

    /** Why a row of a measure the mapping does not list is skipped, or empty when such a row is to be rejected. */
    Optional<String> unlistedMeasure(String measureColumn, String measure) {
        return selection.skipUnlistedMeasures()
                ? Optional.of(Messages.get("ingest.skipped.unlisted_measure", measureColumn, measure.trim()))
                : Optional.empty();
    }

    /** A period that is neither a whole year nor the one that stands for its year is not used. */
    boolean skips(Period period) {
        return !period.isWholeYear() && selection.yearPeriod().isPresent() && !standsForYear(period);
    }

    /** The quarter or month that the mapping says stands for its year: its figure is the year's. */
    boolean standsForYear(Period period) {
        return selection.yearPeriod().map(p -> period.label().substring(4).equals(p)).orElse(false);
    }

    String skippedPeriodReason(Period period) {
        return Messages.get("ingest.skipped.period", selection.yearPeriod().orElseThrow());
    }
}
