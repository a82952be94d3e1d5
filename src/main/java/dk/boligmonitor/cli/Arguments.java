package dk.boligmonitor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line: a command, our own options ("--data DIR" or "--data=DIR"), and everything else handed to
 * Spring Boot unchanged, so "--spring.datasource.url=..." works as with any Boot application.
 */
record Arguments(String command, Map<String, String> options, boolean help, List<String> springArguments) {

    static final Set<String> VALUE_OPTIONS = Set.of("data", "config", "out", "file", "source", "year", "scale");

    static Arguments parse(String[] args) {
        String command = null;
        Map<String, String> options = new HashMap<>();
        List<String> spring = new ArrayList<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String value = null;
                int equals = name.indexOf('=');
                if (equals >= 0) {
                    value = name.substring(equals + 1);
                    name = name.substring(0, equals);
                }
                if (VALUE_OPTIONS.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new UsageException("--" + name + " needs a value");
                        }
                        value = args[++i];
                    }
                    options.put(name, value);
                } else if (value != null) {
                    spring.add(arg);
                } else {
                    throw new UsageException("unknown option " + arg);
                }
            } else if (command == null) {
                command = arg;
            } else {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
        }
        return new Arguments(command, options, help, spring);
    }

    /** An option another command takes is a mistake here rather than something to ignore silently. */
    void allowOnly(Set<String> allowed) {
        options.keySet().stream().filter(name -> !allowed.contains(name)).sorted().findFirst().ifPresent(name -> {
            throw new UsageException("--" + name + " is not an option of '" + command + "'");
        });
    }

    Path path(String option, String fallback) {
        return Path.of(options.getOrDefault(option, fallback)).toAbsolutePath().normalize();
    }

    String text(String option, String fallback) {
        return options.getOrDefault(option, fallback);
    }

    String required(String option) {
        String value = options.get(option);
        if (value == null || value.isBlank()) {
            throw new UsageException("'" + command + "' needs --" + option);
        }
        return value;
    }

    int year(String option) {
        String value = required(option);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " needs a year such as 2015, not '" + value + "'");
        }
    }

    /** A command line that cannot be understood: the message says what was wrong. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
