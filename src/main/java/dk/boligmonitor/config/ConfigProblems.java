package dk.boligmonitor.config;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem in the configuration so the data officer can fix them all in one go. */
final class ConfigProblems {

    private final List<String> problems = new ArrayList<>();

    void add(String where, String message) {
        problems.add(where + ": " + message);
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
