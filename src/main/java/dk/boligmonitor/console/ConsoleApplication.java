package dk.boligmonitor.console;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import dk.boligmonitor.BoligmonitorApplication;
import dk.boligmonitor.config.MonitorConfig;

/**
 * The web console: the application as the command line starts it, plus this package, served on
 * 127.0.0.1:8080 unless Spring Boot's {@code server.*} properties say otherwise. The jobs, the database and the
 * run lock are the command line's own, so {@code run} in a terminal and a run started in the browser never meet.
 */
@Configuration
@ComponentScan
public class ConsoleApplication {

    /** Where the data officer's files come in and the reports go out: the serve command's --data and --out. */
    public record Folders(Path inbox, Path out) {
    }

    public static ConfigurableApplicationContext start(MonitorConfig config, Folders folders,
                                                       List<String> springArguments) {
        List<String> arguments = new ArrayList<>();
        // before the user's own, which may still choose the address, port and TLS
        arguments.add("--spring.main.web-application-type=servlet");
        arguments.addAll(springArguments);
        return BoligmonitorApplication.builder(config)
                .sources(ConsoleApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("consoleFolders", folders))
                .run(arguments.toArray(String[]::new));
    }

    /** Where the started console answers, as a user types it in a browser. */
    public static String address(ConfigurableApplicationContext context) {
        Environment environment = context.getEnvironment();
        boolean tls = environment.getProperty("server.ssl.enabled", Boolean.class, false)
                || environment.containsProperty("server.ssl.bundle")
                || environment.containsProperty("server.ssl.key-store");
        return (tls ? "https" : "http") + "://" + environment.getProperty("server.address", "localhost") + ":"
                + environment.getProperty("local.server.port");
    }
}
