package dk.boligmonitor.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dk.boligmonitor.format.Messages;

/** Reads indicators.yml: the fixed list of indicators every programme follows. */
final class IndicatorReader {

    /** The warehouse's calculations (warehouse.MoveoutMeasure): the move-out rate and the move-out lists' economics. */
    static final List<String> DERIVATIONS = List.of("moveouts", "vacancy_days", "vacancy_days_per_moveout",
            "vacancy_rate", "moveout_loss", "moveout_loss_per_moveout");
    /** The keys of indicators.yml and of each of its indicators. */
    static final List<String> FILE_KEYS = List.of("indicators");
    static final List<String> INDICATOR_KEYS = List.of("code", "name", "unit", "decimals", "better", "derived",
            "counts", "survey");

    private final ConfigProblems problems;

    IndicatorReader(ConfigProblems problems) {
        this.problems = problems;
    }

    List<Indicator> read(YamlSection file) {
        file.onlyKeys(FILE_KEYS);
        List<Indicator> indicators = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int order = 0;
        for (YamlSection item : file.list("indicators")) {
            item.onlyKeys(INDICATOR_KEYS);
            String code = item.text("code");
            if (!codes.add(code)) {
                item.problem(Messages.get("config.indicator.code_twice", code));
            }
            Unit unit = Enums.parse(item, "unit", Unit.class, Unit.PERCENT);
            Indicator.Better better = Enums.parse(item, "better", Indicator.Better.class, Indicator.Better.NONE);
            String derived = item.optionalText("derived").orElse(null);
            if (derived != null && !DERIVATIONS.contains(derived)) {
                item.problem(Messages.get("config.indicator.derivation_unknown", derived,
                        String.join(", ", DERIVATIONS)));
            }
            // counted persons unless said otherwise: suppressing too much is safer than too little
            Indicator.Counts counts = Enums.parse(item, "counts", Indicator.Counts.class, Indicator.Counts.PERSONS);
            indicators.add(new Indicator(code, item.text("name"), unit, item.optionalInteger("decimals").orElse(1),
                    better, order++, derived, counts, item.optionalBoolean("survey").orElse(false)));
        }
        return indicators;
    }

    /** Enum values as a person writes them in YAML: lower case, with underscores or dashes. */
    static final class Enums {
        private Enums() {
        }

        static <E extends Enum<E>> E parse(YamlSection section, String key, Class<E> type, E fallback) {
            String text = section.optionalText(key).orElse(null);
            if (text == null) {
                return fallback;
            }
            try {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                List<String> allowed = new ArrayList<>();
                for (E constant : type.getEnumConstants()) {
                    allowed.add(constant.name().toLowerCase(Locale.ROOT));
                }
                section.problemAt(key, Messages.get("config.value.not_one_of", key, allowed, text));
                return fallback;
            }
        }
    }
}
