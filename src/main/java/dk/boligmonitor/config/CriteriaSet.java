package dk.boligmonitor.config;

import java.math.BigDecimal;
import java.util.List;

import dk.boligmonitor.rules.Criterion;

/**
 * A set of criteria judged for every area, not agreed by one programme: the official list of udsatte
 * boligområder (almenboligloven § 61 a). {@code list} says when meeting enough of them puts an area on it.
 */
public record CriteriaSet(String code, String name, List<Criterion> criteria, ListRule list) {

    /**
     * On the list: at least {@code criteriaNeeded} criteria met and at least {@code minimumResidents}
     * residents; a parallelsamfund when {@code parallelIndicator} is also above {@code parallelAbove}.
     */
    public record ListRule(String residentsIndicator, BigDecimal minimumResidents, int criteriaNeeded,
                           String parallelIndicator, BigDecimal parallelAbove) {
    }
}
