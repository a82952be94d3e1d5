package dk.boligmonitor.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dk.boligmonitor.format.Messages;

/** Everything the data officer configured in jobs/, validated, plus the municipality list it refers to. */
public record MonitorConfig(Path directory, List<Indicator> indicators, List<ReferenceGroup> referenceGroups,
                            List<Programme> programmes, List<CriteriaSet> criteriaSets, List<SourceMapping> sources,
                            Schedule schedule, Municipalities municipalities) {

    public static final String COUNTRY_CODE = "dk";
    public static final String COUNTRY_NAME = Messages.get("config.country_name");

    public Map<String, Indicator> indicatorsByCode() {
        return indicators.stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Stream<Area> areas() {
        return programmes.stream().flatMap(p -> p.areas().stream());
    }

    public Stream<Estate> estates() {
        return areas().flatMap(a -> a.estates().stream());
    }

    public Municipality municipalityOf(Area area) {
        return municipalities.byCode(area.municipalityCode()).orElseThrow();
    }

    /** The years any programme reports on: figures outside them are not the programme's business. */
    public int firstYear() {
        return programmes.stream().mapToInt(Programme::firstYear).min().orElse(0);
    }

    public int lastYear() {
        return programmes.stream().mapToInt(Programme::lastYear).max().orElse(0);
    }
}
