package dk.boligmonitor.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dk.boligmonitor.rules.Criterion;
import dk.boligmonitor.rules.Rule;
import dk.boligmonitor.format.Messages;

/**
 * Reads one success criterion. Units are area codes, "areas" for every area of the programme and
 * "programme" for the programme's combined figure.
 */
final class CriterionReader {

    /** The keys of a programme's criterion and of a criteria set's, which is judged for every area. */
    static final List<String> PROGRAMME_CRITERION_KEYS = List.of("code", "name", "indicator", "units", "years",
            "average_years", "rule");
    static final List<String> SET_CRITERION_KEYS = List.of("code", "name", "indicator", "years", "average_years",
            "rule");
    /** Each rule type with the keys its 'rule' takes, in the order messages list the types. */
    static final Map<String, List<String>> RULE_KEYS = ruleKeys();
    private static final List<String> RULE_TYPES = List.copyOf(RULE_KEYS.keySet());

    private final List<Indicator> indicators;
    private final List<ReferenceGroup> groups;

    CriterionReader(List<Indicator> indicators, List<ReferenceGroup> groups) {
        this.indicators = indicators;
        this.groups = groups;
    }

    /** A programme's own criterion: its units are some of its areas and/or the programme total. */
    Criterion read(YamlSection item, String programmeCode, Set<String> areaCodes, YearRange period) {
        item.onlyKeys(PROGRAMME_CRITERION_KEYS);
        List<String> units = new ArrayList<>();
        for (String unit : item.texts("units")) {
            switch (unit) {
                case "programme" -> units.add(programmeCode);
                case "areas" -> units.addAll(areaCodes);
                default -> {
                    if (!areaCodes.contains(unit)) {
                        item.problemAt("units", Messages.get("config.criterion.unit_unknown", unit, areaCodes));
                    }
                    units.add(unit);
                }
            }
        }
        if (units.isEmpty()) {
            item.problem(Messages.get("config.criterion.units_missing"));
        }
        return criterion(item, units, areaCodes, period);
    }

    /** A criterion of a shared set (the official list): it is judged for every area there is. */
    Criterion readForEveryArea(YamlSection item, Set<String> areaCodes, YearRange years) {
        item.onlyKeys(SET_CRITERION_KEYS);
        return criterion(item, List.copyOf(areaCodes), areaCodes, years);
    }

    private Criterion criterion(YamlSection item, List<String> units, Set<String> areaCodes, YearRange period) {
        String indicator = item.text("indicator");
        if (!indicator.isEmpty() && indicators.stream().noneMatch(i -> i.code().equals(indicator))) {
            item.problemAt("indicator", Messages.get("config.indicator.unknown", indicator));
        }
        YearRange years = YearRange.read(item, "years", period);
        int averageYears = item.optionalInteger("average_years").orElse(1);
        if (averageYears < 1) {
            item.problemAt("average_years", Messages.get("config.criterion.average_years"));
        }
        Rule rule = rule(item.section("rule"), areaCodes);
        if (rule instanceof Rule.UpperBound bound && bound.common() == null
                && !bound.perUnit().keySet().containsAll(units)) {
            item.problem(Messages.get("config.criterion.bound_per_unit"));
        }
        return new Criterion(item.text("code"), item.text("name"), indicator, List.copyOf(units),
                years.first(), years.last(), averageYears, rule);
    }

    private Rule rule(YamlSection rule, Set<String> areaCodes) {
        String type = rule.text("type");
        if (RULE_KEYS.containsKey(type)) {
            rule.onlyKeys(RULE_KEYS.get(type));
        }
        switch (type) {
            case "above_reference" -> {
                String code = rule.text("reference");
                Optional<ReferenceGroup> group = groups.stream().filter(g -> g.code().equals(code)).findFirst();
                if (group.isEmpty() && !code.equals(MonitorConfig.COUNTRY_CODE)) {
                    rule.problemAt("reference", Messages.get("config.rule.reference_group_unknown", code));
                }
                return new Rule.AboveReference(code, group.map(ReferenceGroup::name).orElse(MonitorConfig.COUNTRY_NAME));
            }
            case "above_baseline" -> {
                return new Rule.AboveBaseline(rule.integer("baseline_year"));
            }
            case "relative_fall" -> {
                return new Rule.RelativeFall(decimal(rule, "percent_per_year"), rule.integer("baseline_year"));
            }
            case "target_path" -> {
                int from = rule.integer("from_year");
                int target = rule.integer("target_year");
                if (target <= from) {
                    rule.problem(Messages.get("config.rule.target_year"));
                }
                return new Rule.TargetPath(from, decimal(rule, "from_value"), target, decimal(rule, "target_value"));
            }
            case "upper_bound" -> {
                Map<String, BigDecimal> perUnit = new LinkedHashMap<>();
                rule.optionalSection("bounds").ifPresent(bounds -> bounds.keys().forEach(area -> {
                    if (!areaCodes.contains(area)) {
                        bounds.problemAt(area, Messages.get("config.rule.bounds_area_unknown", area, areaCodes));
                    }
                    perUnit.put(area, decimal(bounds, area));
                }));
                BigDecimal common = rule.has("bound") ? decimal(rule, "bound") : null;
                if (common == null && perUnit.isEmpty()) {
                    rule.problem(Messages.get("config.rule.bound_missing"));
                }
                return new Rule.UpperBound(common, perUnit);
            }
            case "above_value", "below_value" -> {
                return new Rule.FixedValue(type.equals("above_value") ? Rule.Comparison.ABOVE : Rule.Comparison.BELOW,
                        decimal(rule, "value"));
            }
            case "relative_to_reference" -> {
                String reference = rule.text("reference");
                if (!List.of("country", "region", "municipality").contains(reference)
                        && groups.stream().noneMatch(g -> g.code().equals(reference))) {
                    rule.problemAt("reference", Messages.get("config.rule.reference_invalid", reference));
                }
                return new Rule.RelativeToReference(reference, decimal(rule, "factor"),
                        IndicatorReader.Enums.parse(rule, "comparison", Rule.Comparison.class, Rule.Comparison.ABOVE));
            }
            case "rise", "fall" -> {
                return new Rule.Direction(type.equals("rise"), rule.integer("baseline_year"));
            }
            default -> {
                rule.problemAt("type", Messages.get("config.rule.type_unknown", type, RULE_TYPES));
                return new Rule.Direction(false, 0);
            }
        }
    }

    private static Map<String, List<String>> ruleKeys() {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        keys.put("above_reference", List.of("type", "reference"));
        keys.put("above_baseline", List.of("type", "baseline_year"));
        keys.put("relative_fall", List.of("type", "percent_per_year", "baseline_year"));
        keys.put("target_path", List.of("type", "from_year", "from_value", "target_year", "target_value"));
        keys.put("upper_bound", List.of("type", "bound", "bounds"));
        keys.put("rise", List.of("type", "baseline_year"));
        keys.put("fall", List.of("type", "baseline_year"));
        keys.put("above_value", List.of("type", "value"));
        keys.put("below_value", List.of("type", "value"));
        keys.put("relative_to_reference", List.of("type", "reference", "factor", "comparison"));
        return Collections.unmodifiableMap(keys);
    }

    /** Keeps the decimals as written, so "30.65" is shown as "30,65" in the rule text. */
    static BigDecimal decimal(YamlSection section, String key) {
        String text = section.text(key);
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            section.problemAt(key, Messages.get("config.value.not_number", key, text));
            return BigDecimal.ZERO;
        }
    }
}
