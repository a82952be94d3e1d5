package dk.boligmonitor.config;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import dk.boligmonitor.rules.Criterion;
import dk.boligmonitor.format.Messages;

/** Reads one criteria-sets/*.yml: a shared set of criteria judged for every area, and its list rule. */
final class CriteriaSetReader {

    /** The keys of a criteria-set file, of its 'list' and of the list's 'parallelsamfund'. */
    static final List<String> FILE_KEYS = List.of("code", "name", "years", "criteria", "list");
    static final List<String> LIST_KEYS = List.of("residents_indicator", "minimum_residents", "criteria_needed",
            "parallelsamfund");
    static final List<String> PARALLELSAMFUND_KEYS = List.of("indicator", "above");

    private final List<Indicator> indicators;
    private final CriterionReader criteria;

    CriteriaSetReader(List<Indicator> indicators, List<ReferenceGroup> groups) {
        this.indicators = indicators;
        this.criteria = new CriterionReader(indicators, groups);
    }

    /** {@code lastYear}: the last year any programme follows, where an open period ("2018-") ends. */
    CriteriaSet read(YamlSection file, Set<String> areaCodes, int lastYear) {
        file.onlyKeys(FILE_KEYS);
        YearRange years = YearRange.readOpenEnded(file, "years", lastYear);
        List<Criterion> items = file.list("criteria").stream()
                .map(item -> criteria.readForEveryArea(item, areaCodes, years)).toList();
        YamlSection list = file.section("list").onlyKeys(LIST_KEYS);
        YamlSection parallel = list.section("parallelsamfund").onlyKeys(PARALLELSAMFUND_KEYS);
        CriteriaSet.ListRule rule = new CriteriaSet.ListRule(indicator(list, "residents_indicator"),
                new BigDecimal(list.optionalInteger("minimum_residents").orElse(0)),
                list.integer("criteria_needed"), indicator(parallel, "indicator"),
                CriterionReader.decimal(parallel, "above"));
        return new CriteriaSet(file.text("code"), file.text("name"), items, rule);
    }

    private String indicator(YamlSection section, String key) {
        String code = section.text(key);
        if (!code.isEmpty() && indicators.stream().noneMatch(i -> i.code().equals(code))) {
            section.problemAt(key, Messages.get("config.indicator.unknown", code));
        }
        return code;
    }
}
