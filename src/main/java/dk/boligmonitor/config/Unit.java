package dk.boligmonitor.config;

import java.math.BigDecimal;

/**
 * How an indicator's value follows from numerator and denominator. Every unit but COUNT is a ratio, so areas
 * are combined by summing numerators and denominators, never by averaging values.
 */
public enum Unit {
    PERCENT("pct.", new BigDecimal(100)),
    PER_1000("pr. 1.000", new BigDecimal(1000)),
    MEAN("gns.", BigDecimal.ONE),
    COUNT("antal", null);

    private final String label;
    private final BigDecimal scale;

    Unit(String label, BigDecimal scale) {
        this.label = label;
        this.scale = scale;
    }

    public String label() {
        return label;
    }

    public boolean isRatio() {
        return scale != null;
    }

    /** The factor from numerator/denominator to the value, e.g. 1000 for "per 1,000 residents". */
    public BigDecimal scale() {
        return scale;
    }
}
