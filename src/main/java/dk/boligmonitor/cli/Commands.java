package dk.boligmonitor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import dk.boligmonitor.BoligmonitorApplication;
import dk.boligmonitor.config.ConfigException;
import dk.boligmonitor.config.ConfigLoader;
import dk.boligmonitor.config.MonitorConfig;

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
            "bench", BenchCommand.OPTIONS);

    private final PrintStream out;
    private final PrintStream err;

    public Commands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int execute(String[] args) {
        Arguments arguments;
        BenchCommand bench = null;
        try {
            arguments = Arguments.parse(args);
            if (arguments.help() || arguments.command() == null || arguments.command().equals("help")) {
                out.print(Help.TEXT);
                return ExitCodes.OK;
            }
            if (!OPTIONS.containsKey(arguments.command())) {
                throw new Arguments.UsageException("unknown command '" + arguments.command() + "'");
            }
            arguments.allowOnly(OPTIONS.get(arguments.command()));
            // The bench writes its own configuration and data first, then runs like any other command on them.
            if (arguments.command().equals("bench")) {
                bench = BenchCommand.prepare(arguments, out);
            }
        } catch (Arguments.UsageException e) {
            return usage(e);
        } catch (IOException e) {
            err.println("boligmonitor: kan ikke skrive testdata: " + e);
            return ExitCodes.INTERNAL;
        }
        MonitorConfig config;
        try {
            config = ConfigLoader.load(bench == null ? arguments.path("config", "jobs") : bench.config());
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return ExitCodes.CONFIGURATION;
        }
        Task task;
        try {
            task = task(arguments, config, bench);
        } catch (Arguments.UsageException e) {
            return usage(e);
        }
        List<String> springArguments = bench == null ? arguments.springArguments() : bench.springArguments();
        List<ApplicationContextInitializer<ConfigurableApplicationContext>> initializers =
                bench == null ? List.of() : List.of(bench.initializer());
        try (ConfigurableApplicationContext context = start(config, springArguments, initializers)) {
            return task.run(context);
        } catch (RunLock.Refused e) {
            err.println("boligmonitor: " + e.getMessage());
            return ExitCodes.REFUSED;
        } catch (Exception e) {
            err.println("boligmonitor: intern fejl: " + e);
            e.printStackTrace(err);
            return ExitCodes.INTERNAL;
        }
    }

    /** What a command does once Spring has started. */
    private interface Task {
        int run(ConfigurableApplicationContext context) throws Exception;
    }

    /** The command's task, its arguments checked against the configuration on the way. */
    private Task task(Arguments arguments, MonitorConfig config, BenchCommand bench) {
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
                String source = Rerun.knownSource(arguments.required("source"), config);
                int year = arguments.year("year");
                yield context -> context.getBean(Rerun.class).run(source, year, outDir, out, err);
            }
            case "rejects" -> context -> context.getBean(Rejects.class).list(arguments.text("file", ""), outDir, out);
            case "status" -> context -> context.getBean(Status.class).print(out);
            case "schedule" -> {
                if (config.schedule().runs().isEmpty()) {
                    throw new Arguments.UsageException("no runs to schedule: add them to "
                            + config.directory().resolve("schedule.yml"));
                }
                yield context -> {
                    context.getBean(Scheduler.class).serve(Clock.systemDefaultZone());
                    return ExitCodes.OK;
                };
            }
            case "bench" -> context -> bench.run(context, out, err);
            default -> throw new IllegalStateException("no task for '" + arguments.command() + "'");
        };
    }

    private int usage(Arguments.UsageException e) {
        err.println("boligmonitor: " + e.getMessage());
        err.println("Se: java -jar boligmonitor.jar --help");
        return ExitCodes.CONFIGURATION;
    }

    /**
     * Spring starts with the validated configuration as a bean and the database the properties choose;
     * {@code initializers} are the bench's measuring hooks, none for the data officer's commands.
     */
    static ConfigurableApplicationContext start(MonitorConfig config, List<String> springArguments,
            List<ApplicationContextInitializer<ConfigurableApplicationContext>> initializers) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(BoligmonitorApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("monitorConfig", config));
        initializers.forEach(builder::initializers);
        return builder.run(springArguments.toArray(String[]::new));
    }
}
