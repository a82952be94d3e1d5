package dk.boligmonitor.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dk.boligmonitor.BoligmonitorApplication;
import dk.boligmonitor.config.ConfigException;
import dk.boligmonitor.config.ConfigLoader;
import dk.boligmonitor.config.MonitorConfig;

/**
 * The commands a data officer or a scheduler runs. The configuration in jobs/ is validated before anything
 * touches the database: a mistake there stops the run with every problem listed and exit code 2.
 */
public final class Commands {

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
        } catch (Arguments.UsageException e) {
            err.println("boligmonitor: " + e.getMessage());
            err.println("Se: java -jar boligmonitor.jar --help");
            return ExitCodes.CONFIGURATION;
        }
        if (arguments.help() || arguments.command() == null || arguments.command().equals("help")) {
            out.print(Help.TEXT);
            return ExitCodes.OK;
        }
        if (!arguments.command().equals("run")) {
            err.println("boligmonitor: unknown command '" + arguments.command() + "'. Se --help.");
            return ExitCodes.CONFIGURATION;
        }
        return run(arguments);
    }

    private int run(Arguments arguments) {
        MonitorConfig config;
        try {
            config = ConfigLoader.load(arguments.path("config", "jobs"));
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return ExitCodes.CONFIGURATION;
        }
        Path data = arguments.path("data", "sample-data");
        Path outDir = arguments.path("out", "out");
        try (ConfigurableApplicationContext context = start(config, arguments)) {
            RunSummary summary = context.getBean(PipelineRunner.class).run(data, outDir);
            summary.print(out);
            return summary.exitCode();
        } catch (Exception e) {
            err.println("boligmonitor: intern fejl: " + e);
            e.printStackTrace(err);
            return ExitCodes.INTERNAL;
        }
    }

    /** Spring starts with the validated configuration as a bean and the database the properties choose. */
    static ConfigurableApplicationContext start(MonitorConfig config, Arguments arguments) {
        return new SpringApplicationBuilder(BoligmonitorApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("monitorConfig", config))
                .run(arguments.springArguments().toArray(String[]::new));
    }
}
