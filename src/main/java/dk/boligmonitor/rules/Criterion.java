package dk.boligmonitor.rules;

import java.util.List;

/**
 * A success criterion as agreed with police and municipality: which indicator, for which units (area codes
 * and/or the programme total), in which years, by which rule. Written in jobs/ YAML, never in code.
 * {@code averageYears} above 1 judges the figure over that many years, counts summed (the law's 2-year
 * averages).
 */
public record Criterion(String code, String name, String indicatorCode, List<String> units,
                        int firstYear, int lastYear, int averageYears, Rule rule) {

    public boolean appliesTo(int year) {
        return year >= firstYear && year <= lastYear && rule.evaluates(year);
    }
}
