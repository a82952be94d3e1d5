package dk.boligmonitor.config;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.boligmonitor.config.SourceMapping.FilePattern;
import dk.boligmonitor.config.SourceMapping.Kind;
import dk.boligmonitor.config.SourceMapping.Layout;
import dk.boligmonitor.config.SourceMapping.Part;
import dk.boligmonitor.config.SourceMapping.Role;
import dk.boligmonitor.config.SourceMapping.RowSelection;
import dk.boligmonitor.config.SourceMapping.SheetPattern;
import dk.boligmonitor.config.SourceMapping.SubYear;
import dk.boligmonitor.config.SourceMapping.Target;
import dk.boligmonitor.format.Messages;

/**
 * Reads one sources/*.yml. Checks what can be checked before any file is opened: known indicators and
 * parts, the columns each kind of file needs, and companies that exist among the configured estates.
 */
final class SourceMappingReader {

    private static final Logger log = LoggerFactory.getLogger(SourceMappingReader.class);

    /** The keys of a mapping file and of each of its 'files'. */
    static final List<String> FILE_KEYS = List.of("source", "description", "kind", "files", "sheet", "decimal",
            "columns", "values", "measures", "layout", "period_values", "sub_year", "drop_columns", "keep_rows",
            "unlisted_measures", "year_period", "reasons", "sheets", "year_from_sheet");
    static final List<String> FILE_PATTERN_KEYS = List.of("pattern", "company");
    /** The keys of 'columns', by the kind of file: the roles a column can have. */
    static final Set<Role> INDICATOR_COLUMNS = EnumSet.of(Role.AREA, Role.YEAR, Role.MEASURE);
    static final Set<Role> MOVEOUT_COLUMNS = EnumSet.of(Role.ESTATE, Role.TENANCY, Role.DATE,
            Role.REASON, Role.VACANCY_DAYS, Role.LOSS);

    private static final Pattern YEAR_PERIOD = Pattern.compile("K[1-4]|M(0[1-9]|1[0-2])");

    private final List<Indicator> indicators;
    private final Set<String> companies;

    SourceMappingReader(List<Indicator> indicators, Set<String> companies) {
        this.indicators = indicators;
        this.companies = companies;
    }

    SourceMapping read(YamlSection file) {
        file.onlyKeys(FILE_KEYS);
        Kind kind = IndicatorReader.Enums.parse(file, "kind", Kind.class, Kind.INDICATORS);
        Layout layout = IndicatorReader.Enums.parse(file, "layout", Layout.class, Layout.LONG);
        List<FilePattern> patterns = file.list("files").stream().map(item -> pattern(item, kind)).toList();
        if (patterns.isEmpty()) {
            file.problem(Messages.get("config.source.files_missing"));
        }
        boolean yearFromSheet = file.optionalBoolean("year_from_sheet").orElse(false);
        Map<Role, List<String>> columns = columns(file.section("columns"), kind, layout, yearFromSheet);
        Map<String, List<Target>> measures = targets(file.optionalSection("measures"), true);
        Map<String, List<Target>> values = targets(file.optionalSection("values"), false);
        List<Target> periodValues = file.texts("period_values").stream()
                .map(text -> target(file, "period_values", text, false)).toList();
        if (kind == Kind.INDICATORS) {
            checkIndicatorLayout(file, layout, columns, values, periodValues, measures);
        }
        Optional<Character> decimal = file.optionalText("decimal").map(text -> switch (text) {
            case "point" -> '.';
            case "comma" -> ',';
            default -> {
                file.problemAt("decimal", Messages.get("config.source.decimal_invalid", text));
                yield ',';
            }
        });
        checkHeaderNames(file, columns, values, measures);
        SubYear subYear = IndicatorReader.Enums.parse(file, "sub_year", SubYear.class, SubYear.REFUSE);
        return new SourceMapping(file.text("source"), file.optionalText("description").orElse(""), kind, patterns,
                file.optionalText("sheet"), decimal, columns, values, measures, layout, periodValues, subYear,
                file.texts("drop_columns"), file.texts("reasons"), file.file(), selection(file, subYear),
                sheets(file, yearFromSheet), yearFromSheet);
    }

    /** 'sheets: all' or a glob on the sheet names; one named 'sheet' and several 'sheets' exclude each other. */
    private static Optional<SheetPattern> sheets(YamlSection file, boolean yearFromSheet) {
        Optional<String> glob = file.optionalText("sheets");
        if (glob.isPresent() && file.has("sheet")) {
            file.problem(Messages.get("config.source.sheet_and_sheets"));
        }
        if (glob.isEmpty() && !file.has("sheet") && yearFromSheet) {
            file.problem(Messages.get("config.source.year_from_sheet_needs_sheet"));
        }
        return glob.flatMap(text -> {
            if (text.equalsIgnoreCase("all")) {
                return Optional.of(SheetPattern.ALL);
            }
            if (text.codePoints().noneMatch(c -> Character.isLetterOrDigit(c) || c == '*' || c == '?')) {
                file.problemAt("sheets", Messages.get("config.source.sheets_invalid", text));
                return Optional.empty();
            }
            return Optional.of(new SheetPattern(text));
        });
    }

    private static RowSelection selection(YamlSection file, SubYear subYear) {
        Map<String, List<String>> keepRows = new LinkedHashMap<>();
        file.optionalSection("keep_rows").ifPresent(section -> keepRows.putAll(section.textsByKey()));
        String unlisted = file.optionalText("unlisted_measures").orElse("reject");
        if (!unlisted.equals("reject") && !unlisted.equals("skip")) {
            file.problem(Messages.get("config.source.unlisted_measures_invalid", unlisted));
        }
        Optional<String> yearPeriod = file.optionalText("year_period").map(t -> t.trim().toUpperCase(Locale.ROOT));
        yearPeriod.ifPresent(period -> {
            if (!YEAR_PERIOD.matcher(period).matches()) {
                file.problem(Messages.get("config.source.year_period_invalid", period));
            }
            if (subYear != SubYear.REFUSE) {
                file.problem(Messages.get("config.source.year_period_and_sub_year"));
            }
        });
        return new RowSelection(keepRows, unlisted.equals("skip"), yearPeriod);
    }

    /**
     * A header name or measure text without a letter or digit ("", "-", "%") reads as empty once spacing and
     * punctuation are ignored, and would match every column without a name, or every row without a measure.
     */
    private static void checkHeaderNames(YamlSection file, Map<Role, List<String>> columns,
                                         Map<String, List<Target>> values, Map<String, List<Target>> measures) {
        columns.forEach((role, names) -> names.stream().filter(SourceMappingReader::isBlankName).forEach(name ->
                file.problemAt("columns", Messages.get("config.source.column_name_blank", role.key(), name))));
        values.keySet().stream().filter(SourceMappingReader::isBlankName).forEach(name -> file.problemAt("values",
                Messages.get("config.source.values_name_blank", name)));
        measures.keySet().stream().filter(SourceMappingReader::isBlankName).forEach(name -> file.problemAt(
                "measures", Messages.get("config.source.measures_name_blank", name)));
        file.texts("drop_columns").stream().filter(SourceMappingReader::isBlankName).forEach(name ->
                file.problemAt("drop_columns", Messages.get("config.source.drop_columns_name_blank", name)));
    }

    private static boolean isBlankName(String name) {
        return name.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private FilePattern pattern(YamlSection item, Kind kind) {
        item.onlyKeys(FILE_PATTERN_KEYS);
        String company = item.optionalText("company").orElse(null);
        if (kind == Kind.MOVEOUTS) {
            if (company == null) {
                item.problem(Messages.get("config.source.company_missing"));
            } else if (!companies.contains(company)) {
                // a copied jobs/ keeps the mappings of a programme it removed: they are not used, not wrong
                log.warn(Messages.get("config.source.company_unused", item.where(), company,
                        String.join(", ", new TreeSet<>(companies))));
            }
        }
        return new FilePattern(item.text("pattern"), company);
    }

    private Map<Role, List<String>> columns(YamlSection section, Kind kind, Layout layout, boolean yearFromSheet) {
        Map<Role, List<String>> columns = new EnumMap<>(Role.class);
        Set<Role> allowed = kind == Kind.INDICATORS ? INDICATOR_COLUMNS : MOVEOUT_COLUMNS;
        for (String key : section.keys()) {
            Role role;
            try {
                role = Role.valueOf(key.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                role = null;
            }
            if (role == null || !allowed.contains(role)) {
                section.problemAt(key, Messages.get("config.source.column_role_unknown", key,
                        kind.name().toLowerCase(Locale.ROOT), allowed.stream().map(Role::key).toList()));
                continue;
            }
            columns.put(role, section.texts(key));
        }
        Set<Role> required = kind == Kind.MOVEOUTS ? EnumSet.of(Role.ESTATE, Role.TENANCY, Role.DATE)
                : layout == Layout.WIDE || yearFromSheet ? EnumSet.of(Role.AREA) : EnumSet.of(Role.AREA, Role.YEAR);
        for (Role role : required) {
            if (!columns.containsKey(role)) {
                section.problem(Messages.get("config.source.column_missing", role.key()));
            }
        }
        if (yearFromSheet && (kind != Kind.INDICATORS || layout != Layout.LONG)) {
            section.problem(Messages.get("config.source.year_from_sheet_long_only"));
        } else if (yearFromSheet && columns.containsKey(Role.YEAR)) {
            section.problem(Messages.get("config.source.year_from_sheet_and_year"));
        }
        return columns;
    }

    /**
     * Targets are written "indicator.part", "part" (indicator from the row's measure) or "measure" (both from
     * the measure). A measure's own targets must name an indicator.
     */
    private Map<String, List<Target>> targets(Optional<YamlSection> optional, boolean fromMeasure) {
        Map<String, List<Target>> result = new LinkedHashMap<>();
        optional.ifPresent(section -> section.textsByKey().forEach((key, texts) -> {
            List<Target> targets = new ArrayList<>();
            for (String text : texts) {
                targets.add(target(section, key, text, fromMeasure));
            }
            result.put(key, targets);
        }));
        return result;
    }

    private Target target(YamlSection section, String key, String text, boolean fromMeasure) {
        if (!fromMeasure && text.equals("measure")) {
            return new Target(null, null);
        }
        boolean partOnly = !fromMeasure && !text.contains(".");
        String indicator = partOnly ? null : text.contains(".") ? text.substring(0, text.indexOf('.')) : text;
        String partText = partOnly ? text : text.contains(".") ? text.substring(text.indexOf('.') + 1) : null;
        if (indicator != null && indicators.stream().noneMatch(i -> i.code().equals(indicator))) {
            section.problemAt(key, Messages.get("config.source.indicator_unknown", key, indicator));
        }
        Part part = null;
        if (partText != null) {
            try {
                part = Part.valueOf(partText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                section.problemAt(key, Messages.get("config.source.part_invalid", key, partText));
            }
        }
        return new Target(indicator, part);
    }

    private static void checkIndicatorLayout(YamlSection file, Layout layout, Map<Role, List<String>> columns,
                                             Map<String, List<Target>> values, List<Target> periodValues,
                                             Map<String, List<Target>> measures) {
        if (layout == Layout.WIDE && periodValues.isEmpty()) {
            file.problem(Messages.get("config.source.period_values_missing"));
        }
        if (layout == Layout.LONG && values.isEmpty()) {
            file.problem(Messages.get("config.source.values_missing"));
        }
        boolean needsMeasure = Stream.concat(values.values().stream().flatMap(List::stream), periodValues.stream())
                .anyMatch(t -> t.indicator() == null);
        if (needsMeasure && (!columns.containsKey(Role.MEASURE) || measures.isEmpty())) {
            file.problem(Messages.get("config.source.measure_missing"));
        }
        // a value column read as 'measure' takes indicator and part from the measure: one without a part gives none
        boolean partFromMeasure = Stream.concat(values.values().stream().flatMap(List::stream), periodValues.stream())
                .anyMatch(t -> t.indicator() == null && t.part() == null);
        if (partFromMeasure) {
            file.optionalSection("measures").ifPresent(section -> section.textsByKey().forEach((measure, texts) ->
                    texts.stream().filter(text -> !text.contains("."))
                            .forEach(indicator -> file.problemAt("measures",
                                    Messages.get("config.source.measure_without_part", measure, indicator)))));
        }
    }
}
