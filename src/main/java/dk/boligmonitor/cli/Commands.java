package dk.boligmonitor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;

import dk.boligmonitor.BoligmonitorApplication;
import dk.boligmonitor.bench.BenchCommand;
import dk.boligmonitor.bench.BenchScale;
import dk.boligmonitor.config.ConfigException;
import dk.boligmonitor.config.ConfigLoader;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.SourceMapping;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.ingest.RefusedFiles;
import dk.boligmonitor.pipeline.ExitCodes;
import dk.boligmonitor.pipeline.PipelineRunner;
import dk.boligmonitor.pipeline.Rerun;
import dk.boligmonitor.pipeline.RunLock;
import dk.boligmonitor.pipeline.RunSummary;

/**
 * The commands a data officer or a scheduler runs. The command line and the configuration in jobs/ are
 * checked before anything touches the database: a mistake in either stops with exit code 2, a configuration
 * mistake with every problem listed. Every command loads the configuration, even those that only read the
 * database, so that they all start Spring the same way and see the same sources.
 */
public final class Commands {

    /** Each command and the options it takes. */
    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "run", Set.of("data", "config", "out"),
            "ingest", Set.of("data", "config"),
            "rerun", Set.of("source", "year", "config", "out"),
            "rejects", Set.of("file", "config", "out"),
            "status", Set.of("config"),
            "schedule", Set.of("config"),
            "preview", Set.of("file", "config", "rows"),
            "forget", Set.of("file", "config"),
            "bench", BenchCommand.OPTIONS);

    private final PrintStream out;
    private final PrintStream err;

    public Commands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int execute(String[] args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
            if (arguments.version()) {
                out.println(Messages.get("cli.version", Version.of()));
                return ExitCodes.OK;
            }
            if (arguments.help() || arguments.command() == null || arguments.command().equals("help")) {
                String topic = "help".equals(arguments.command()) ? arguments.topic() : arguments.command();
                if (topic != null && !OPTIONS.containsKey(topic)) {
                    throw new Arguments.UsageException(Messages.get("cli.command.unknown", topic));
                }
                out.print(topic == null ? Help.text() : Help.text(topic, OPTIONS.get(topic)));
                return ExitCodes.OK;
            }
            if (!OPTIONS.containsKey(arguments.command())) {
                throw new Arguments.UsageException(Messages.get("cli.command.unknown", arguments.command()));
            }
            arguments.allowOnly(OPTIONS.get(arguments.command()));
        } catch (Arguments.UsageException e) {
            return usage(e);
        }
        if (arguments.command().equals("bench")) {
            return bench(arguments);
        }
        if (!arguments.command().equals("preview")) {
            Logging.start(arguments.springArguments(), Map.of());
        }
        MonitorConfig config;
        try {
            config = ConfigLoader.load(arguments.path("config", "jobs"));
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return ExitCodes.CONFIGURATION;
        }
        if (arguments.command().equals("preview")) {
            return preview(arguments, config);
        }
        Task task;
        try {
            task = task(arguments, config);
        } catch (Arguments.UsageException e) {
            return usage(e);
        }
        try (ConfigurableApplicationContext context = start(config, arguments.springArguments())) {
            return task.run(context);
        } catch (RunLock.Refused e) {
            err.println("boligmonitor: " + e.getMessage());
            return ExitCodes.REFUSED;
        } catch (Exception e) {
            Optional<String> inUse = DatabaseInUse.describe(e);
            if (inUse.isPresent()) {
                err.println("boligmonitor: " + inUse.get());
                return ExitCodes.REFUSED;
            }
            return internal(e);
        }
    }

    /** The bench writes its own configuration and data, then runs the pipeline on them in a context of its own. */
    private int bench(Arguments arguments) {
        try {
            return BenchCommand.run(arguments.text("scale", BenchScale.PROGRAMME.key()), arguments.path("out", "out"),
                    arguments.path("config", "jobs"), arguments.springArguments(), out, err);
        } catch (IllegalArgumentException e) {
            return usage(new Arguments.UsageException(e.getMessage()));
        } catch (IOException e) {
            err.println("boligmonitor: " + Messages.get("cli.bench.cannot_write", e));
            return ExitCodes.INTERNAL;
        } catch (Exception e) {
            return internal(e);
        }
    }

    /** The preview reads one file with jobs/ and nothing else: Spring, and with it the database, is never started. */
    private int preview(Arguments arguments, MonitorConfig config) {
        Path file;
        int rows;
        try {
            file = Path.of(arguments.required("file")).toAbsolutePath().normalize();
            if (!Files.isRegularFile(file)) {
                throw new Arguments.UsageException(Messages.get("cli.preview.no_such_file", file));
            }
            rows = arguments.count("rows", Preview.DEFAULT_ROWS);
        } catch (Arguments.UsageException e) {
            return usage(e);
        }
        try {
            return new Preview(config, out).show(file, rows, arguments.springArguments());
        } catch (Exception e) {
            return internal(e);
        }
    }

    private int internal(Exception e) {
        err.println("boligmonitor: " + Messages.get("cli.internal_error", e));
        e.printStackTrace(err);
        return ExitCodes.INTERNAL;
    }

    /** What a command does once Spring has started. */
    private interface Task {
        int run(ConfigurableApplicationContext context) throws Exception;
    }

    /** The command's task, its arguments checked against the configuration on the way. */
    private Task task(Arguments arguments, MonitorConfig config) {
        Path data = arguments.path("data", "sample-data");
        Path outDir = arguments.path("out", "out");
        return switch (arguments.command()) {
            case "run" -> context -> {
                RunSummary summary = context.getBean(PipelineRunner.class).run(data, outDir);
                summary.print(out);
                return summary.exitCode();
            };
            case "ingest" -> context -> {
                RunSummary summary = context.getBean(PipelineRunner.class).ingest(data);
                summary.printLoad(out);
                return summary.exitCode();
            };
            case "rerun" -> {
                String source = knownSource(arguments.required("source"), config);
                int year = arguments.year("year");
                yield context -> context.getBean(Rerun.class).run(source, year, outDir, out, err);
            }
            case "rejects" -> context -> context.getBean(Rejects.class).list(arguments.text("file", ""), outDir, out);
            case "status" -> context -> context.getBean(Status.class).print(out);
            case "forget" -> {
                String file = arguments.required("file");
                yield context -> forget(context.getBean(RefusedFiles.class).forget(file), file);
            }
            case "schedule" -> {
                if (config.schedule().runs().isEmpty()) {
                    throw new Arguments.UsageException(Messages.get("cli.schedule.no_runs",
                            config.directory().resolve("schedule.yml")));
                }
                yield context -> {
                    context.getBean(Scheduler.class).serve(Clock.systemDefaultZone());
                    return ExitCodes.OK;
                };
            }
            default -> throw new IllegalStateException(Messages.get("cli.command.unknown", arguments.command()));
        };
    }

    /** What forget did, or why it did nothing: only a refused file can be forgotten. */
    private int forget(RefusedFiles.Forgotten forgotten, String file) {
        if (forgotten.paths().isEmpty()) {
            err.println("boligmonitor: " + (forgotten.otherStatuses().isEmpty()
                    ? Messages.get("cli.forget.unknown", file)
                    : Messages.get("cli.forget.not_refused", file, String.join(", ", forgotten.otherStatuses()))));
            return ExitCodes.CONFIGURATION;
        }
        out.println(Messages.get("cli.forget.done", file, forgotten.paths().size()));
        forgotten.paths().stream().distinct().filter(path -> Files.exists(Path.of(path)))
                .forEach(path -> out.println(Messages.get("cli.forget.still_in_inbox", path)));
        return ExitCodes.OK;
    }

    /** The source as named in jobs/sources; checked before the database is touched. */
    private static String knownSource(String name, MonitorConfig config) {
        List<String> known = config.sources().stream().map(SourceMapping::name).sorted().toList();
        if (!known.contains(name)) {
            throw new Arguments.UsageException(Messages.get("cli.source.unknown", name, String.join(", ", known)));
        }
        return name;
    }

    private int usage(Arguments.UsageException e) {
        err.println("boligmonitor: " + e.getMessage());
        err.println(Messages.get("cli.see_help"));
        return ExitCodes.CONFIGURATION;
    }

    /** Spring starts with the validated configuration as a bean and the database the properties choose. */
    static ConfigurableApplicationContext start(MonitorConfig config, List<String> springArguments) {
        return BoligmonitorApplication.builder(config).run(springArguments.toArray(String[]::new));
    }
}
