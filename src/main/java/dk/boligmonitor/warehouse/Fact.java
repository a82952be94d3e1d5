package dk.boligmonitor.warehouse;

import java.math.BigDecimal;

/**
 * One figure of the warehouse: unit × indicator × year. The state keeps a value, a missing figure and a
 * suppressed one apart; file, sheet (where the file's mapping reads several) and row say where numerator and
 * denominator came from, the derivation how an aggregate was formed.
 */
public record Fact(String areaCode, String indicator, int year, BigDecimal numerator, BigDecimal denominator,
                   BigDecimal value, State state, Long numeratorFile, String numeratorSheet, Integer numeratorRow,
                   Long denominatorFile, String denominatorSheet, Integer denominatorRow, String derivation) {

    public enum State { VALUE, MISSING, SUPPRESSED }

    /** This figure counted the rows of one file: that file is its numerator's source. */
    Fact fromFile(Long fileId) {
        return new Fact(areaCode, indicator, year, numerator, denominator, value, state, fileId, null, null, null,
                null, null, derivation);
    }

    static Fact derived(String areaCode, String indicator, int year, BigDecimal numerator, BigDecimal denominator,
                        BigDecimal value, State state, String derivation) {
        return new Fact(areaCode, indicator, year, numerator, denominator, value, state, null, null, null, null,
                null, null, derivation);
    }
}
