package dk.boligmonitor.ingest;

import java.math.BigDecimal;

import dk.boligmonitor.config.SourceMapping.Part;

/**
 * One figure a file row gives: which unit, indicator, part and period, and its amount. The state keeps a
 * value, an empty cell (MISSING) and DST's ".." (SUPPRESSED) apart; only VALUE carries an amount. Quarters
 * and months carry how they add up to their year (SUM or LAST); a whole year is ONE.
 */
public record Observation(int rowNo, String areaCode, String indicator, Part part, int year, String period,
                          String combine, BigDecimal amount, State state) {

    public enum State { VALUE, MISSING, SUPPRESSED }
}
