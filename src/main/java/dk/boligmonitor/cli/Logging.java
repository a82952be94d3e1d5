package dk.boligmonitor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The log as the application configures it (logback-spring.xml: to standard error, the pattern and levels of
 * application.properties), from the command's first line: what is logged before Spring starts (a warning while
 * jobs/ is read, a preview that never starts Spring) would otherwise have the logging library's debug default.
 */
final class Logging {

    private Logging() {
    }

    /** The application's properties under the command line's, then {@code defaults} under both. */
    static ConfigurableEnvironment start(List<String> springArguments, Map<String, Object> defaults) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(
                new SimpleCommandLinePropertySource(springArguments.toArray(String[]::new)));
        environment.getPropertySources().addLast(new MapPropertySource("command", defaults));
        try {
            environment.getPropertySources().addLast(
                    new ResourcePropertySource(new ClassPathResource("application.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoggingSystem logging = LoggingSystem.get(Logging.class.getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(environment), null, null);
        Binder.get(environment).bind("logging.level", Bindable.mapOf(String.class, LogLevel.class))
                .orElse(Map.of())
                .forEach((logger, level) -> logging.setLogLevel(logger.equalsIgnoreCase("root") ? null : logger,
                        level));
        return environment;
    }
}
