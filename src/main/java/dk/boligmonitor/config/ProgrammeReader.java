package dk.boligmonitor.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dk.boligmonitor.rules.Criterion;
import dk.boligmonitor.format.Messages;

/** Reads one programmes/*.yml: the programme, its areas with their estates, and its success criteria. */
final class ProgrammeReader {

    /** The keys of a programme file, of each of its areas and of each area's estates. */
    static final List<String> FILE_KEYS = List.of("code", "name", "period", "years", "headline_indicator",
            "indicators", "areas", "criteria", "board", "data_officer");
    static final List<String> AREA_KEYS = List.of("code", "name", "aliases", "municipality", "estates");
    static final List<String> ESTATE_KEYS = List.of("company", "afdeling", "name", "tenancies");
    /** The keys of a board member and of the data officer. */
    static final List<String> CONTACT_KEYS = List.of("name", "email");
    /** One address, as a mail server takes it: no spaces, one @, a dot in the domain. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>,;]+@[^@\\s<>,;]+\\.[^@\\s<>,;.]+");

    private final List<Indicator> indicators;
    private final Municipalities municipalities;
    private final CriterionReader criterionReader;

    ProgrammeReader(List<Indicator> indicators, List<ReferenceGroup> groups,
                    Municipalities municipalities) {
        this.indicators = indicators;
        this.municipalities = municipalities;
        this.criterionReader = new CriterionReader(indicators, groups);
    }

    Programme read(YamlSection file) {
        file.onlyKeys(FILE_KEYS);
        String code = file.text("code");
        YearRange period = YearRange.read(file, "period", null);
        YearRange years = YearRange.read(file, "years", period);
        String headline = file.text("headline_indicator");
        if (!headline.isEmpty() && indicators.stream().noneMatch(i -> i.code().equals(headline))) {
            file.problemAt("headline_indicator", Messages.get("config.programme.headline_unknown", headline));
        }
        List<String> listed = file.texts("indicators");
        listed.stream().filter(listedCode -> indicators.stream().noneMatch(i -> i.code().equals(listedCode)))
                .forEach(unknown -> file.problemAt("indicators", Messages.get("config.programme.indicator_unknown",
                        unknown)));
        List<Area> areas = file.list("areas").stream().map(this::area).toList();
        if (areas.isEmpty()) {
            file.problem(Messages.get("config.programme.areas_missing"));
        }
        Set<String> areaCodes = new HashSet<>();
        areas.forEach(a -> areaCodes.add(a.code()));
        List<Criterion> criteria = new ArrayList<>();
        for (YamlSection item : file.list("criteria")) {
            criteria.add(criterionReader.read(item, code, areaCodes, period));
        }
        List<Contact> board = file.list("board").stream().map(this::contact).toList();
        Set<String> addresses = new HashSet<>();
        board.stream().map(member -> member.email().toLowerCase(Locale.ROOT))
                .filter(address -> !address.isEmpty() && !addresses.add(address))
                .forEach(twice -> file.problemAt("board", Messages.get("config.programme.board_email_twice")));
        Optional<Contact> dataOfficer = file.optionalSection("data_officer").map(this::contact);
        return new Programme(code, file.text("name"), period.text(), years.first(), years.last(), headline,
                listed, areas, criteria, board, dataOfficer, file.file());
    }

    /** The address is checked, never repeated in a problem: it is personal data, and the line says where. */
    private Contact contact(YamlSection item) {
        item.onlyKeys(CONTACT_KEYS);
        String email = item.text("email");
        if (item.has("email") && !EMAIL.matcher(email).matches()) {
            item.problemAt("email", Messages.get("config.programme.email_invalid"));
        }
        return new Contact(item.text("name"), email);
    }

    private Area area(YamlSection item) {
        item.onlyKeys(AREA_KEYS);
        int municipality = item.integer("municipality");
        if (item.has("municipality") && municipalities.byCode(municipality).isEmpty()) {
            item.problemAt("municipality", Messages.get("config.programme.municipality_unknown", municipality));
        }
        List<Estate> estates = item.list("estates").stream().map(this::estate).toList();
        return new Area(item.text("code"), item.text("name"), item.texts("aliases"), municipality, estates);
    }

    private Estate estate(YamlSection item) {
        item.onlyKeys(ESTATE_KEYS);
        String company = item.text("company");
        String afdeling = item.text("afdeling");
        int tenancies = item.integer("tenancies");
        if (tenancies < 0) {
            item.problem(Messages.get("config.programme.tenancies_negative"));
        }
        return new Estate(Estate.codeOf(company, afdeling), company, afdeling,
                item.optionalText("name").orElse(Messages.get("config.estate.default_name", company, afdeling)),
                tenancies);
    }
}
