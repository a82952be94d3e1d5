package dk.boligmonitor.rules;

import java.util.Optional;

import dk.boligmonitor.rules.FactLookup.Figure;

/**
 * One criterion to judge for one unit and year: where the figures are, how many decimals the board reads,
 * whether the indicator is a survey (so its uncertainty counts), and the criterion's last year (before it,
 * a path is "on track" rather than "met").
 */
public record Case(FactLookup facts, String indicator, String unit, int year, int decimals, boolean survey,
                   int lastYear) {

    Optional<Figure> actual() {
        return facts.figure(unit, indicator, year);
    }

    Optional<Figure> in(int otherYear) {
        return facts.figure(unit, indicator, otherYear);
    }

    Optional<Figure> of(String otherUnit) {
        return facts.figure(otherUnit, indicator, year);
    }

    Judge judge(String rule) {
        return new Judge(rule, decimals, survey);
    }
}
