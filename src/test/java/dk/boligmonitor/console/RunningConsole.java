package dk.boligmonitor.console;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import dk.boligmonitor.TestDatabase;
import dk.boligmonitor.config.ConfigLoader;
import dk.boligmonitor.config.MonitorConfig;

/**
 * The console as serve starts it, on a free port, against a fresh test database, with an empty inbox and output
 * folder of its own: for MockMvc (through the real filter chain) and for a real browser alike.
 */
final class RunningConsole implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final TestDatabase database;
    private final Path inbox;
    private final Path out;

    private RunningConsole(ConfigurableApplicationContext context, TestDatabase database, Path inbox, Path out) {
        this.context = context;
        this.database = database;
        this.inbox = inbox;
        this.out = out;
    }

    /** The shipped jobs/, an empty inbox and output folder in the test's own folder. */
    static RunningConsole start(Path work, String... moreSpringArguments) throws IOException {
        return start(work, ConfigLoader.load(Path.of("jobs")), moreSpringArguments);
    }

    static RunningConsole start(Path work, MonitorConfig config, String... moreSpringArguments) throws IOException {
        TestDatabase database = TestDatabase.fresh(work);
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path out = Files.createDirectories(work.resolve("out"));
        List<String> arguments = new ArrayList<>(database.springArguments());
        arguments.add("--server.port=0");
        arguments.addAll(List.of(moreSpringArguments));
        ConfigurableApplicationContext context = ConsoleApplication.start(config,
                new ConsoleApplication.Folders(inbox, out), arguments);
        return new RunningConsole(context, database, inbox, out);
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    TestDatabase database() {
        return database;
    }

    Path inbox() {
        return inbox;
    }

    Path out() {
        return out;
    }

    String url(String path) {
        return ConsoleApplication.address(context) + path;
    }

    /** Requests through the console's real security filters, without a socket. */
    MockMvc mockMvc() {
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
    }

    /** A user made as the user command makes one. */
    RunningConsole withUser(String username, String password, Set<Role> roles, Set<String> programmes) {
        context.getBean(ConsoleUsers.class).add(username, password.toCharArray(), roles, programmes);
        return this;
    }

    @Override
    public void close() {
        context.close();
    }
}
