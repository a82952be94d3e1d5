package dk.boligmonitor.config;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem in the configuration so the data officer can fix them all in one go. */
final class ConfigProblems {

    private final List<String> problems = new ArrayList<>();

    /** A problem seen twice (a section read by two readers) is listed once. */
    void add(String where, String message) {
        String problem = where + ": " + message;
        if (!problems.contains(problem)) {
            problems.add(problem);
        }
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }
}
