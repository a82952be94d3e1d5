package dk.boligmonitor.targets;

import java.math.BigDecimal;
import java.util.Optional;

/** Reads one figure from the warehouse; empty when no file said anything about it. */
public interface FactLookup {

    Optional<Figure> figure(String unitCode, String indicatorCode, int year);

    /** A value with its state: a suppressed figure has no value the rules may look at. */
    record Figure(BigDecimal value, String state) {

        public boolean hasValue() {
            return "VALUE".equals(state) && value != null;
        }
    }
}
