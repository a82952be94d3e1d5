package dk.boligmonitor.rules;

import java.math.BigDecimal;
import java.util.Optional;

/** Reads one figure from the warehouse; empty when no file said anything about it. */
public interface FactLookup {

    Optional<Figure> figure(String unitCode, String indicatorCode, int year);

    /**
     * The unit a criterion compares with: the unit's own municipality or region, the country, or a named
     * reference group.
     */
    String referenceUnit(String unitCode, String reference);

    /**
     * A value with its state and the counts behind it: a suppressed figure has no value the rules may look
     * at; the counts let an average over years sum them and let a survey's uncertainty be judged.
     */
    record Figure(BigDecimal value, String state, BigDecimal numerator, BigDecimal denominator) {

        public Figure(BigDecimal value, String state) {
            this(value, state, null, null);
        }

        public boolean hasValue() {
            return "VALUE".equals(state) && value != null;
        }
    }
}
