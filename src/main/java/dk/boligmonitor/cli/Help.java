package dk.boligmonitor.cli;

import java.util.List;
import java.util.Set;

import dk.boligmonitor.format.Messages;

/**
 * The usage text, in the words a data officer uses. What a user types (commands, options and what they take) is
 * the same in every language and stays here; what it does comes from the message bundle, one text per command
 * and per option, lined up after it.
 */
final class Help {

    private static final String USAGE = """
              java -jar boligmonitor.jar run     [--data DIR] [--config DIR] [--out DIR]
              java -jar boligmonitor.jar ingest  [--data DIR] [--config DIR]
              java -jar boligmonitor.jar rerun   --source NAVN --year ÅR [--config DIR] [--out DIR]
              java -jar boligmonitor.jar rejects [--file NAVN] [--config DIR] [--out DIR]
              java -jar boligmonitor.jar status  [--config DIR]
              java -jar boligmonitor.jar preview --file FIL [--rows N] [--config DIR]
              java -jar boligmonitor.jar forget  --file NAVN [--config DIR]
              java -jar boligmonitor.jar deliver --programme KODE [--config DIR] [--out DIR]
              java -jar boligmonitor.jar schedule [--config DIR]
              java -jar boligmonitor.jar serve   [--data DIR] [--config DIR] [--out DIR]
              java -jar boligmonitor.jar user    add|passwd|remove BRUGER [--role ROLLER] [--programme KODER]
              java -jar boligmonitor.jar bench   [--scale programme|national] [--config DIR] [--out DIR]
              java -jar boligmonitor.jar help [KOMMANDO]
              java -jar boligmonitor.jar --version
            """;
    private static final List<String> COMMANDS = List.of("run", "ingest", "rerun", "rejects", "status", "preview",
            "forget", "deliver", "schedule", "serve", "user", "bench", "help");
    private static final List<String> OPTIONS = List.of("--data DIR", "--config DIR", "--out DIR", "--source NAVN",
            "--year ÅR", "--file NAVN", "--rows N", "--scale SKALA", "--role ROLLER", "--programme KODER", "--help",
            "--version");

    /** The widest option as typed, and a space. */
    private static final int OPTION_WIDTH = OPTIONS.stream().mapToInt(String::length).max().orElseThrow() + 1;

    private Help() {
    }

    static String text() {
        StringBuilder text = new StringBuilder()
                .append(Messages.get("cli.help.title")).append("\n\n")
                .append(Messages.get("cli.help.usage")).append('\n')
                .append(USAGE).append('\n')
                .append(Messages.get("cli.help.commands")).append('\n');
        COMMANDS.forEach(command -> entry(text, command, 9, "cli.help.command." + command));
        text.append('\n').append(Messages.get("cli.help.options")).append('\n');
        OPTIONS.forEach(option -> entry(text, option, OPTION_WIDTH, "cli.help.option." + name(option)));
        return text.append('\n').append(Messages.get("cli.help.end")).append('\n').toString();
    }

    /** One command's help: how it is typed, what it does, and the options it takes. */
    static String text(String command, Set<String> options) {
        StringBuilder text = new StringBuilder().append(Messages.get("cli.help.usage")).append('\n');
        USAGE.lines().filter(line -> line.contains("boligmonitor.jar " + command + " ")
                || line.endsWith("boligmonitor.jar " + command)).forEach(line -> text.append(line).append('\n'));
        text.append('\n');
        entry(text, command, 9, "cli.help.command." + command);
        List<String> taken = OPTIONS.stream().filter(option -> options.contains(name(option))).toList();
        if (!taken.isEmpty()) {
            text.append('\n').append(Messages.get("cli.help.options")).append('\n');
            taken.forEach(option -> entry(text, option, OPTION_WIDTH, "cli.help.option." + name(option)));
        }
        return text.toString();
    }

    /** "--data DIR": data. */
    private static String name(String option) {
        return option.substring(2).split(" ")[0];
    }

    /** A command or option, then the text of {@code key} beside it, its further lines indented under its first. */
    private static void entry(StringBuilder text, String name, int width, String key) {
        String indent = " ".repeat(2 + width);
        text.append("  ").append(name).append(" ".repeat(width - name.length()))
                .append(Messages.get(key).replace("\n", "\n" + indent)).append('\n');
    }
}
