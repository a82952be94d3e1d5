package dk.boligmonitor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.boligmonitor.format.Messages;

/**
 * The command line: a command, our own options ("--data DIR" or "--data=DIR"), and Spring Boot's own options
 * (--spring.*, --logging.*, --debug ...) handed to it unchanged, so "--spring.datasource.url=..." works as with
 * any Boot application. Any other option is a mistake and stops the command. "--help" (after a command: its
 * help), "help COMMAND" and "--version" ask for help or the version instead.
 */
record Arguments(String command, Map<String, String> options, boolean help, List<String> words, boolean version,
                 List<String> springArguments) {

    static final Set<String> VALUE_OPTIONS = Set.of("data", "config", "out", "file", "source", "year", "scale",
            "rows", "role", "programme");
    /** Spring Boot's own options: properties under these prefixes (ours included), and its two switches. */
    static final List<String> SPRING_PREFIXES = List.of("spring.", "logging.", "server.", "management.",
            "boligmonitor.");
    static final Set<String> SPRING_SWITCHES = Set.of("debug", "trace");
    /** How far a mistyped option may be from ours (letters added, dropped or changed) to be suggested. */
    private static final int NEAREST_DISTANCE = 2;

    static Arguments parse(String[] args) {
        String command = null;
        Map<String, String> options = new HashMap<>();
        List<String> spring = new ArrayList<>();
        boolean help = false;
        boolean version = false;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.equals("--version")) {
                version = true;
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
                            throw new UsageException(Messages.get("cli.option.needs_value", name));
                        }
                        value = args[++i];
                    }
                    options.put(name, value);
                } else if (isSpring(name)) {
                    spring.add(arg);
                } else {
                    throw new UsageException(unknown(name));
                }
            } else if (command == null) {
                command = arg;
            } else {
                words.add(arg);
            }
        }
        return new Arguments(command, options, help, List.copyOf(words), version, spring);
    }

    /** What "help" is asked about: its one word, or null for the overview. */
    String topic() {
        allowWords(1);
        return words.isEmpty() ? null : words.get(0);
    }

    /** The command takes at most {@code count} words after its name ("help run", "user add anna"). */
    void allowWords(int count) {
        if (words.size() > count) {
            throw new UsageException(Messages.get("cli.argument.unexpected", words.get(count)));
        }
    }

    private static boolean isSpring(String name) {
        return SPRING_SWITCHES.contains(name) || SPRING_PREFIXES.stream().anyMatch(name::startsWith);
    }

    /**
     * An option nobody takes is refused rather than handed to Spring, where it would be ignored without a word
     * ("--dat=/somewhere" would load sample-data); the message suggests the option nearest to it.
     */
    private static String unknown(String name) {
        String nearest = VALUE_OPTIONS.stream().sorted()
                .min((a, b) -> Integer.compare(distance(name, a), distance(name, b))).orElseThrow();
        if (distance(name, nearest) <= NEAREST_DISTANCE) {
            return Messages.get("cli.option.unknown_nearest", name, nearest);
        }
        return Messages.get("cli.option.unknown", name, String.join(", --", VALUE_OPTIONS.stream().sorted().toList()),
                String.join(", ", SPRING_PREFIXES));
    }

    /** Letters to add, drop or change to turn one word into the other (Levenshtein). */
    static int distance(String from, String to) {
        int[] previous = new int[to.length() + 1];
        for (int j = 0; j <= to.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= from.length(); i++) {
            int[] current = new int[to.length() + 1];
            current[0] = i;
            for (int j = 1; j <= to.length(); j++) {
                int change = from.charAt(i - 1) == to.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            previous = current;
        }
        return previous[to.length()];
    }

    /** An option another command takes is a mistake here rather than something to ignore silently. */
    void allowOnly(Set<String> allowed) {
        options.keySet().stream().filter(name -> !allowed.contains(name)).sorted().findFirst().ifPresent(name -> {
            throw new UsageException(Messages.get("cli.option.not_of_command", name, command));
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
            throw new UsageException(Messages.get("cli.option.required", command, option));
        }
        return value;
    }

    int year(String option) {
        String value = required(option);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(Messages.get("cli.option.year", option, value));
        }
    }

    /** A whole number of at least one, or the fallback when the option is not given. */
    int count(String option, int fallback) {
        String value = options.get(option);
        if (value == null) {
            return fallback;
        }
        try {
            int count = Integer.parseInt(value);
            if (count >= 1) {
                return count;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException(Messages.get("cli.option.count", option, value));
    }

    /** A command line that cannot be understood: the message says what was wrong. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
