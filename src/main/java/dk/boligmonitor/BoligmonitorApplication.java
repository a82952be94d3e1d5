package dk.boligmonitor;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import dk.boligmonitor.config.MonitorConfig;

/**
 * boligmonitor's Spring application: every package below this one is scanned for its jobs and components. It
 * starts on a configuration already read and validated, so nothing touches the database before jobs/ is known
 * to be sound. The command line (dk.boligmonitor.cli) starts it; nothing here knows of the command line.
 * The web console (dk.boligmonitor.console) is left out of the scan: only the serve command adds it, so the
 * other commands start no web server and no security of their own.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "dk\\.boligmonitor\\.console\\..*")})
public class BoligmonitorApplication {

    /** The application on {@code config}, which becomes the bean every stage reads jobs/ from. */
    public static SpringApplicationBuilder builder(MonitorConfig config) {
        return new SpringApplicationBuilder(BoligmonitorApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("monitorConfig", config),
                        new EmbeddedDatabaseUrl());
    }
}
