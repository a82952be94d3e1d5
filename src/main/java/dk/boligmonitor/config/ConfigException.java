package dk.boligmonitor.config;

import java.util.List;

import dk.boligmonitor.format.Messages;

/** The data officer's configuration cannot be used; every problem found is listed, each naming file and line. */
public class ConfigException extends RuntimeException {

    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super(Messages.get("config.errors", String.join("\n  ", problems)));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
