package dk.boligmonitor.warehouse;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;

import dk.boligmonitor.config.SourceMapping.Part;
import dk.boligmonitor.config.Unit;
import dk.boligmonitor.warehouse.Fact.State;

/**
 * Turns the parts a file gave for one unit, indicator and year into a figure. A ratio is computed from its
 * counts when they are there; when a file gives a value with its denominator (an average mark and the
 * number of pupils), the numerator is reconstructed so that areas can still be summed.
 */
final class FactCalculator {

    /** One part as observed, with where it came from. */
    /** {@code sheet} null where the file is one table. */
    record Observed(BigDecimal amount, String state, long fileId, String sheet, int rowNo) {

        boolean isValue() {
            return "VALUE".equals(state);
        }

        boolean isSuppressed() {
            return "SUPPRESSED".equals(state);
        }
    }

    /**
     * The derivation of a share whose numerator, from one file, exceeds its denominator, from another: no figure
     * is shown, and the warehouse names both rows.
     */
    static final String IMPOSSIBLE_SHARE = "tæller over nævner";

    private FactCalculator() {
    }

    static Fact compute(String area, String indicator, int year, Unit unit, Map<Part, Observed> parts) {
        Observed numerator = parts.get(Part.NUMERATOR);
        Observed denominator = parts.get(Part.DENOMINATOR);
        Observed value = parts.get(Part.VALUE);
        Observed source = numerator != null && (numerator.isValue() || value == null) ? numerator : value;
        if (!unit.isRatio() && source != null) {
            return fact(area, indicator, year, source, null, source.isValue() ? source.amount() : null, null,
                    source.isValue() ? source.amount() : null, stateOf(source), "fra fil");
        }
        if (numerator != null && numerator.isValue() && denominator != null && denominator.isValue()) {
            if (denominator.amount().signum() == 0) {
                return fact(area, indicator, year, numerator, denominator, numerator.amount(), denominator.amount(),
                        null, State.MISSING, "nævner 0");
            }
            if (unit == Unit.PERCENT && numerator.amount().compareTo(denominator.amount()) > 0) {
                // each file alone passed the ingest's check: the two parts came from different files
                return fact(area, indicator, year, numerator, denominator, numerator.amount(), denominator.amount(),
                        null, State.MISSING, IMPOSSIBLE_SHARE);
            }
            BigDecimal computed = numerator.amount().multiply(unit.scale())
                    .divide(denominator.amount(), MathContext.DECIMAL64);
            return fact(area, indicator, year, numerator, denominator, numerator.amount(), denominator.amount(),
                    computed, State.VALUE, "fra fil");
        }
        if (value != null && value.isValue()) {
            BigDecimal weight = denominator != null && denominator.isValue() ? denominator.amount() : null;
            BigDecimal reconstructed = weight == null ? null
                    : value.amount().multiply(weight).divide(unit.scale(), MathContext.DECIMAL64);
            return fact(area, indicator, year, value, denominator, reconstructed, weight, value.amount(), State.VALUE,
                    "værdi fra fil");
        }
        boolean suppressed = parts.values().stream().anyMatch(Observed::isSuppressed);
        return fact(area, indicator, year, source, denominator, null, null, null,
                suppressed ? State.SUPPRESSED : State.MISSING, suppressed ? "diskretioneret i kilden" : "mangler i kilden");
    }

    private static State stateOf(Observed part) {
        return part.isValue() ? State.VALUE : part.isSuppressed() ? State.SUPPRESSED : State.MISSING;
    }

    private static Fact fact(String area, String indicator, int year, Observed numeratorSource, Observed denominatorSource,
                             BigDecimal numerator, BigDecimal denominator, BigDecimal value, State state,
                             String derivation) {
        return new Fact(area, indicator, year, numerator, denominator, value, state,
                numeratorSource == null ? null : numeratorSource.fileId(),
                numeratorSource == null ? null : numeratorSource.sheet(),
                numeratorSource == null ? null : numeratorSource.rowNo(),
                denominatorSource == null ? null : denominatorSource.fileId(),
                denominatorSource == null ? null : denominatorSource.sheet(),
                denominatorSource == null ? null : denominatorSource.rowNo(), derivation);
    }
}
