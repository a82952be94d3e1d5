package dk.boligmonitor;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

import dk.boligmonitor.config.MonitorConfig;

/**
 * boligmonitor's Spring application: every package below this one is scanned for its jobs and components. It
 * starts on a configuration already read and validated, so nothing touches the database before jobs/ is known
 * to be sound. The command line (dk.boligmonitor.cli) starts it; nothing here knows of the command line.
 */
@SpringBootApplication
public class BoligmonitorApplication {

    /** The application on {@code config}, which becomes the bean every stage reads jobs/ from. */
    public static SpringApplicationBuilder builder(MonitorConfig config) {
        return new SpringApplicationBuilder(BoligmonitorApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("monitorConfig", config),
                        new EmbeddedDatabaseUrl());
    }
}
