package dk.boligmonitor.config;

import java.math.BigDecimal;
import java.util.Locale;

import dk.boligmonitor.format.Messages;

/**
 * How an indicator's value follows from numerator and denominator. Every unit but COUNT is a ratio, so areas
 * are combined by summing numerators and denominators, never by averaging values.
 */
public enum Unit {
    PERCENT(new BigDecimal(100)),
    PER_1000(new BigDecimal(1000)),
    MEAN(BigDecimal.ONE),
    COUNT(null);

    /** The bundle key of a unit's label is this prefix and the unit's name in lower case. */
    private static final String LABEL_KEYS = "config.unit.";

    private final BigDecimal scale;

    Unit(BigDecimal scale) {
        this.scale = scale;
    }

    /** The short label shown beside figures, e.g. "pct." */
    public String label() {
        return Messages.get(LABEL_KEYS + name().toLowerCase(Locale.ROOT));
    }

    public boolean isRatio() {
        return scale != null;
    }

    /** The factor from numerator/denominator to the value, e.g. 1000 for "per 1,000 residents". */
    public BigDecimal scale() {
        return scale;
    }
}
