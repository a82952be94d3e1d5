package dk.boligmonitor.console;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dk.boligmonitor.config.ConfigException;
import dk.boligmonitor.config.ConfigLoader;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Programme;
import dk.boligmonitor.config.SourceMapping;

/**
 * The jobs/ folder the console runs with, read only: its programmes, the sources it reads files by and the schedule;
 * and what a fresh read of the folder finds wrong now, since the running console keeps what it started with.
 */
@Controller
class ConfigurationController {

    private final MonitorConfig config;

    ConfigurationController(MonitorConfig config) {
        this.config = config;
    }

    /** A programme with its years and its file in jobs/. */
    record ShownProgramme(Programme programme, String years, Path file) {
    }

    /** A source mapping with its file in jobs/ and its file-name patterns, each with the company it names. */
    record ShownSource(SourceMapping mapping, Path file, String patterns) {
    }

    @GetMapping("/konfiguration")
    String configuration(Model model) {
        model.addAttribute("directory", config.directory().toAbsolutePath().normalize());
        model.addAttribute("programmes", config.programmes().stream()
                .map(p -> new ShownProgramme(p, p.firstYear() + "–" + p.lastYear(), relative(p.file()))).toList());
        model.addAttribute("sources", config.sources().stream()
                .map(s -> new ShownSource(s, relative(s.file()), s.files().stream()
                        .map(f -> f.company() == null ? f.glob() : f.glob() + " (" + f.company() + ")")
                        .collect(Collectors.joining(", "))))
                .toList());
        model.addAttribute("schedule", config.schedule());
        model.addAttribute("problems", problemsNow());
        return "configuration";
    }

    /** What the folder's validation says of it as it is now; none when it would start as it is. */
    private List<String> problemsNow() {
        try {
            ConfigLoader.load(config.directory());
            return List.of();
        } catch (ConfigException e) {
            return e.problems();
        }
    }

    private Path relative(Path file) {
        return config.directory().relativize(file);
    }
}
