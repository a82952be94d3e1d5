package dk.boligmonitor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ConfigurableApplicationContext;

import dk.boligmonitor.BoligmonitorApplication;
import dk.boligmonitor.bench.BenchCommand;
import dk.boligmonitor.bench.BenchScale;
import dk.boligmonitor.config.ConfigException;
import dk.boligmonitor.config.ConfigLoader;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Programme;
import dk.boligmonitor.config.SourceMapping;
import dk.boligmonitor.console.ConsoleApplication;
import dk.boligmonitor.console.ConsoleUsers;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.ingest.RefusedFiles;
import dk.boligmonitor.pipeline.ExitCodes;
import dk.boligmonitor.pipeline.PipelineRunner;
import dk.boligmonitor.pipeline.Rerun;
import dk.boligmonitor.pipeline.RunLock;
import dk.boligmonitor.pipeline.RunSummary;
import dk.boligmonitor.pipeline.Scheduler;

/**
 * The commands a data officer or a scheduler runs. The command line and the configuration in jobs/ are
 * checked before anything touches the database: a mistake in either stops with exit code 2, a configuration
 * mistake with every problem listed. Every command loads the configuration, even those that only read the
 * database, so that they all start Spring the same way and see the same sources.
 */
public final class Commands {

    /** Each command and the options it takes. */
    private static final Map<String, Set<String>> OPTIONS = Map.ofEntries(
            Map.entry("run", Set.of("data", "config", "out")),
            Map.entry("ingest", Set.of("data", "config")),
            Map.entry("rerun", Set.of("source", "year", "config", "out")),
            Map.entry("rejects", Set.of("file", "config", "out")),
            Map.entry("status", Set.of("config")),
            Map.entry("schedule", Set.of("config")),
            Map.entry("preview", Set.of("file", "config", "rows")),
            Map.entry("forget", Set.of("file", "config")),
            Map.entry("deliver", Set.of("programme", "config", "out")),
            Map.entry("serve", Set.of("data", "config", "out")),
            Map.entry("user", Set.of("config", "role", "programme")),
            Map.entry("bench", BenchCommand.OPTIONS));

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    public Commands(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public Commands(PrintStream out, PrintStream err) {
        this(InputStream.nullInputStream(), out, err);
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
            arguments.allowWords(arguments.command().equals("user") ? 2 : 0);
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
        try (ConfigurableApplicationContext context = start(arguments, config)) {
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
            case "deliver" -> {
                Programme programme = knownProgramme(arguments.required("programme"), config);
                yield context -> context.getBean(Deliver.class).run(programme, outDir, out, err);
            }
            case "forget" -> {
                String file = arguments.required("file");
                yield context -> forget(context.getBean(RefusedFiles.class).forget(file), file);
            }
            case "user" -> {
                UserCommand user = UserCommand.of(arguments, config);
                yield context -> user.run(context.getBean(ConsoleUsers.class), in, out, err);
            }
            case "serve" -> context -> {
                out.println(Messages.get("cli.serve.started", ConsoleApplication.address(context)));
                // the console serves until the process is stopped; Spring's shutdown hook then closes it
                new CountDownLatch(1).await();
                return ExitCodes.OK;
            };
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

    /** The programme of jobs/programmes, with a board to deliver to; checked before the database is touched. */
    private static Programme knownProgramme(String code, MonitorConfig config) {
        Programme programme = config.programmes().stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new Arguments.UsageException(Messages.get("console.users.unknown_programme", code,
                        String.join(", ", config.programmes().stream().map(Programme::code).sorted().toList()))));
        if (programme.board().isEmpty()) {
            throw new Arguments.UsageException(Messages.get("cli.deliver.no_board", code, programme.file()));
        }
        return programme;
    }

    private int usage(Arguments.UsageException e) {
        err.println("boligmonitor: " + e.getMessage());
        err.println(Messages.get("cli.see_help"));
        return ExitCodes.CONFIGURATION;
    }

    /** The serve command starts the console; user adds the console's users to the usual application. */
    private static ConfigurableApplicationContext start(Arguments arguments, MonitorConfig config) {
        return switch (arguments.command()) {
            case "serve" -> ConsoleApplication.start(config, new ConsoleApplication.Folders(
                    arguments.path("data", "sample-data"), arguments.path("out", "out")), arguments.springArguments());
            case "user" -> BoligmonitorApplication.builder(config).sources(ConsoleUsers.class)
                    .run(arguments.springArguments().toArray(String[]::new));
            default -> start(config, arguments.springArguments());
        };
    }

    /** Spring starts with the validated configuration as a bean and the database the properties choose. */
    static ConfigurableApplicationContext start(MonitorConfig config, List<String> springArguments) {
        return BoligmonitorApplication.builder(config).run(springArguments.toArray(String[]::new));
    }
}
