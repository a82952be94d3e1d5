package dk.boligmonitor.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dk.boligmonitor.TestDatabase;

/** Runs a command exactly as the shell would, against a test database, and keeps what it printed. */
final class CommandLine {

    record Result(int exitCode, String output, String errors) {
    }

    private CommandLine() {
    }

    /** {@code database} null: the arguments name the database themselves. */
    static Result run(TestDatabase database, String... arguments) {
        return runWithInput(database, "", arguments);
    }

    /** As {@link #run}, with {@code input} on standard input (a password piped in). */
    static Result runWithInput(TestDatabase database, String input, String... arguments) {
        List<String> args = new ArrayList<>(List.of(arguments));
        if (database != null) {
            args.addAll(database.springArguments());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Commands(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args.toArray(String[]::new));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The pipeline on an inbox with the shipped jobs/, writing reports under {@code out}. */
    static Result runPipeline(TestDatabase database, Path inbox, Path out) {
        return run(database, "run", "--data", inbox.toString(), "--config", "jobs", "--out", out.toString());
    }
}
