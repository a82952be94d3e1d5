package dk.boligmonitor.progress;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The line at the bottom of a terminal that shows how far long work has come, rewritten in place. Installed at
 * start-up when standard output is a terminal: System.out and System.err then pass through it, and whatever
 * they print (log lines, the summary) first erases the line and draws it again below once a whole line is
 * out, so output and progress never run into each other. Work done side by side shares the line.
 */
public final class TerminalLine {

    /** Back to the start of the line and erase it. */
    private static final String ERASE = "\r\033[K";
    private static final String SEPARATOR = "  |  ";

    private static volatile TerminalLine installed;

    private final PrintStream terminal;
    private final int width;
    private final Map<Object, String> lines = new LinkedHashMap<>();
    /** The progress line is on the screen, the cursor at its end. */
    private boolean drawn;
    /** Other output stopped in the middle of a line: the progress line waits for that line's end. */
    private boolean midLine;

    TerminalLine(PrintStream terminal, int width) {
        this.terminal = terminal;
        this.width = width;
    }

    /**
     * Takes over System.out and System.err when both standard input and output are a terminal (Java's console
     * check) that can move its cursor; otherwise nothing changes and progress goes to the log.
     */
    public static void installIfTerminal() {
        if (System.console() == null || "dumb".equals(System.getenv("TERM"))) {
            return;
        }
        TerminalLine line = new TerminalLine(System.out, columns());
        System.setOut(line.passing(System.out));
        System.setErr(line.passing(System.err));
        installed = line;
    }

    static Optional<TerminalLine> installed() {
        return Optional.ofNullable(installed);
    }

    /** The shell's width when it says; a line longer than the terminal would wrap and not be rewritten. */
    private static int columns() {
        try {
            return Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80").trim());
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    synchronized void show(Object owner, String text) {
        lines.put(owner, text);
        draw();
    }

    synchronized void remove(Object owner) {
        if (lines.remove(owner) != null) {
            draw();
        }
    }

    /** A stream to {@code target} that makes way for the progress line. */
    PrintStream passing(PrintStream target) {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                if (length == 0) {
                    return;
                }
                synchronized (TerminalLine.this) {
                    if (drawn) {
                        terminal.print(ERASE);
                        terminal.flush();
                        drawn = false;
                    }
                    target.write(bytes, offset, length);
                    target.flush();
                    midLine = bytes[offset + length - 1] != '\n';
                    if (!lines.isEmpty()) {
                        draw();
                    }
                }
            }

            @Override
            public void flush() {
                target.flush();
            }
        }, true);
    }

    private void draw() {
        if (midLine) {
            return;
        }
        String text = String.join(SEPARATOR, lines.values());
        if (text.length() >= width) {
            text = text.substring(0, Math.max(0, width - 2)) + "…";
        }
        terminal.print(ERASE + text);
        terminal.flush();
        drawn = !text.isEmpty();
    }
}
