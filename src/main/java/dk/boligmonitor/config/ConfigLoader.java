package dk.boligmonitor.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

import dk.boligmonitor.format.Messages;

/**
 * Reads jobs/: indicators.yml, reference-groups.yml, programmes/*.yml, criteria-sets/*.yml, sources/*.yml and
 * schedule.yml.
 * Every problem is collected with its file and line, and nothing runs until the configuration is clean.
 */
public final class ConfigLoader {

    private final ConfigProblems problems = new ConfigProblems();

    public static MonitorConfig load(Path directory) {
        return new ConfigLoader().read(directory);
    }

    private MonitorConfig read(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new ConfigException(List.of(Messages.get("config.folder.missing", directory)));
        }
        Municipalities municipalities = Municipalities.load();
        List<Indicator> indicators = new IndicatorReader(problems)
                .read(section(directory.resolve("indicators.yml"), true));
        List<ReferenceGroup> groups = new ReferenceGroupReader().read(
                section(directory.resolve("reference-groups.yml"), false));
        ProgrammeReader programmeReader = new ProgrammeReader(indicators, groups, municipalities);
        List<Programme> programmes = new ArrayList<>();
        for (Path file : yamlFiles(directory.resolve("programmes"))) {
            programmes.add(programmeReader.read(section(file, true)));
        }
        if (programmes.isEmpty()) {
            problems.add(directory.resolve("programmes").toString(), Messages.get("config.programmes.none"));
        }
        checkUniqueCodes(programmes, groups);
        Set<String> areaCodes = new TreeSet<>();
        programmes.forEach(p -> p.areas().forEach(a -> areaCodes.add(a.code())));
        CriteriaSetReader setReader = new CriteriaSetReader(indicators, groups);
        int lastYear = programmes.stream().mapToInt(Programme::lastYear).max().orElse(0);
        List<CriteriaSet> criteriaSets = new ArrayList<>();
        for (Path file : yamlFiles(directory.resolve("criteria-sets"))) {
            criteriaSets.add(setReader.read(section(file, true), areaCodes, lastYear));
        }
        Set<String> companies = new HashSet<>();
        programmes.forEach(p -> p.areas().forEach(a -> a.estates().forEach(e -> companies.add(e.company()))));
        SourceMappingReader sourceReader = new SourceMappingReader(indicators, companies);
        List<SourceMapping> sources = new ArrayList<>();
        for (Path file : yamlFiles(directory.resolve("sources"))) {
            sources.add(sourceReader.read(section(file, true)));
        }
        checkUniqueSourceNames(sources);
        Schedule schedule = new ScheduleReader().read(section(directory.resolve("schedule.yml"), false));
        problems.throwIfAny();
        return new MonitorConfig(directory, indicators, groups, programmes, criteriaSets, sources, schedule,
                municipalities);
    }

    private YamlSection section(Path file, boolean required) {
        if (!Files.exists(file)) {
            if (required) {
                problems.add(file.toString(), Messages.get("config.missing_file"));
            }
            return new YamlSection(file, null, problems);
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node node = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
            return new YamlSection(file, node, problems);
        } catch (MarkedYAMLException e) {
            // the YAML library's own words are English: where the problem is, and what usually causes it
            String problem = String.valueOf(e.getProblem());
            problems.add(file + ":" + (e.getProblemMark().getLine() + 1), Messages.get(
                    problem.contains("\t") || problem.contains("\\t") ? "config.yaml.tab" : "config.yaml.invalid",
                    e.getProblemMark().getColumn() + 1));
            return new YamlSection(file, null, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("config.file.unreadable", file), e);
        }
    }

    private static List<Path> yamlFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("config.file.unreadable", folder), e);
        }
    }

    /** Programme, area, estate and group codes share one namespace: they are all keys of the area dimension. */
    private void checkUniqueCodes(List<Programme> programmes, List<ReferenceGroup> groups) {
        Set<String> seen = new HashSet<>(Set.of(MonitorConfig.COUNTRY_CODE));
        groups.forEach(g -> seen.add(g.code()));
        for (Programme programme : programmes) {
            unique(seen, programme.code(), programme.file().toString());
            for (Area area : programme.areas()) {
                unique(seen, area.code(), programme.file().toString());
                area.estates().forEach(e -> unique(seen, e.code(), programme.file().toString()));
            }
        }
    }

    private void unique(Set<String> seen, String code, String where) {
        if (!code.isEmpty() && !seen.add(code)) {
            problems.add(where, Messages.get("config.code.twice", code));
        }
    }

    private void checkUniqueSourceNames(List<SourceMapping> sources) {
        Set<String> seen = new HashSet<>();
        for (SourceMapping source : sources) {
            if (!seen.add(source.name())) {
                problems.add(source.file().toString(), Messages.get("config.source.name_twice", source.name()));
            }
        }
    }
}
