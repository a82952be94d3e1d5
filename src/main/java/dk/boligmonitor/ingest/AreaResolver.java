package dk.boligmonitor.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.boligmonitor.config.Area;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Municipality;
import dk.boligmonitor.config.ReferenceGroup;
import dk.boligmonitor.ingest.read.HeaderNames;

/**
 * Finds the unit a file means by the name or code it uses: area names and aliases from jobs/, municipalities
 * by name, "X Kommune" or code (DST's code presentation, "330"), regions by name or code ("1085"), the
 * country as "Hele landet" or "000", and reference groups by their aliases.
 */
public final class AreaResolver {

    private final Map<String, String> codes = new HashMap<>();

    public AreaResolver(MonitorConfig config) {
        config.areas().forEach(this::add);
        for (Municipality m : config.municipalities().all()) {
            add(m.unitCode(), List.of(m.name(), m.displayName(), String.valueOf(m.code()),
                    String.format("%03d", m.code()), m.code() + " " + m.name()));
            add(m.regionUnitCode(), List.of(m.regionName(), String.valueOf(m.regionCode()),
                    m.regionName().replace("Region ", "")));
        }
        add(MonitorConfig.COUNTRY_CODE, List.of(MonitorConfig.COUNTRY_NAME, "000", "Danmark", "Landsgennemsnit",
                "Hele landet i alt"));
        for (ReferenceGroup group : config.referenceGroups()) {
            add(group.code(), group.aliases());
            add(group.code(), List.of(group.name()));
        }
    }

    private void add(Area area) {
        add(area.code(), List.of(area.name(), area.code()));
        add(area.code(), area.aliases());
    }

    private void add(String code, List<String> names) {
        names.forEach(name -> codes.putIfAbsent(HeaderNames.normalize(name), code));
    }

    public Optional<String> resolve(String text) {
        return Optional.ofNullable(codes.get(HeaderNames.normalize(text)));
    }
}
