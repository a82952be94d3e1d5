package dk.boligmonitor.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Programme;
import dk.boligmonitor.console.ConsoleUsers;
import dk.boligmonitor.console.Role;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.pipeline.ExitCodes;

/**
 * The user command: the console's users from the terminal, so the first administrator is made by someone with a
 * shell on the server, never by a default password. The password is typed twice without echo on a terminal, or
 * read as the first line of standard input when a script pipes it in; it is never an option (it would stay in
 * the shell's history and the process list).
 */
final class UserCommand {

    private final String action;
    private final String username;
    private final Set<Role> roles;
    private final Set<String> programmes;

    private UserCommand(String action, String username, Set<Role> roles, Set<String> programmes) {
        this.action = action;
        this.username = username;
        this.roles = roles;
        this.programmes = programmes;
    }

    /** The command as typed, checked against jobs/ before the database is touched. */
    static UserCommand of(Arguments arguments, MonitorConfig config) {
        List<String> words = arguments.words();
        String action = words.isEmpty() ? "" : words.get(0);
        if (!List.of("add", "passwd", "remove").contains(action)) {
            throw new Arguments.UsageException(Messages.get("cli.user.unknown_action", action));
        }
        if (words.size() < 2) {
            throw new Arguments.UsageException(Messages.get("cli.user.needs_name", action));
        }
        Set<Role> roles = new LinkedHashSet<>();
        for (String role : list(arguments.text("role", ""))) {
            try {
                roles.add(Role.valueOf(role.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new Arguments.UsageException(Messages.get("console.users.bad_role", role));
            }
        }
        List<String> known = config.programmes().stream().map(Programme::code).toList();
        Set<String> programmes = new LinkedHashSet<>(list(arguments.text("programme", "")));
        programmes.stream().filter(code -> !known.contains(code)).findFirst().ifPresent(code -> {
            throw new Arguments.UsageException(Messages.get("console.users.unknown_programme", code,
                    String.join(", ", known)));
        });
        if (action.equals("add") && roles.isEmpty()) {
            throw new Arguments.UsageException(Messages.get("console.users.no_role"));
        }
        return new UserCommand(action, words.get(1), roles, programmes);
    }

    int run(ConsoleUsers users, InputStream in, PrintStream out, PrintStream err) throws IOException {
        try {
            switch (action) {
                case "add" -> {
                    char[] password = password(in);
                    if (password == null) {
                        return refuse(err, Messages.get("cli.user.no_password"));
                    }
                    users.add(username, password, roles, programmes);
                    out.println(programmes.isEmpty() ? Messages.get("cli.user.added", username, roles)
                            : Messages.get("cli.user.added_programmes", username, roles, programmes));
                }
                case "passwd" -> {
                    char[] password = password(in);
                    if (password == null) {
                        return refuse(err, Messages.get("cli.user.no_password"));
                    }
                    users.setPassword(username, password);
                    out.println(Messages.get("cli.user.password_changed", username));
                }
                default -> {
                    users.remove(username);
                    out.println(Messages.get("cli.user.removed", username));
                }
            }
            return ExitCodes.OK;
        } catch (ConsoleUsers.Refused e) {
            return refuse(err, e.getMessage());
        }
    }

    private static int refuse(PrintStream err, String message) {
        err.println("boligmonitor: " + message);
        return ExitCodes.CONFIGURATION;
    }

    /** Typed twice on a terminal; otherwise the first line of standard input. Null when none or two differing. */
    private char[] password(InputStream in) throws IOException {
        Console console = System.console();
        if (console != null && in == System.in) {
            char[] first = console.readPassword(Messages.get("cli.user.password", username));
            char[] second = console.readPassword(Messages.get("cli.user.password_again"));
            boolean same = first != null && second != null && Arrays.equals(first, second);
            return same && first.length > 0 ? first : null;
        }
        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        return line == null || line.isEmpty() ? null : line.toCharArray();
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
