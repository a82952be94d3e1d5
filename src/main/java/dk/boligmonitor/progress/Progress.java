package dk.boligmonitor.progress;

import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.slf4j.Logger;

import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.format.Messages;

/**
 * How far one piece of long work has come: what is done, the rate, and when the share done is known the time
 * left. On a terminal it is a line rewritten in place a few times a second (see TerminalLine); elsewhere (a
 * scheduler, a pipe, a log file) a plain log line every five seconds. Updated from one thread, the one doing
 * the work or recording it.
 */
public final class Progress {

    private static final long LOG_INTERVAL_NANOS = 5_000_000_000L;
    private static final long TERMINAL_INTERVAL_NANOS = 250_000_000L;
    /** Before this, the rate and the time left swing too much to say anything. */
    private static final long SETTLING_NANOS = 1_000_000_000L;

    private final String unit;
    private final LongSupplier clock;
    private final TerminalLine terminal;
    private final Consumer<String> log;
    private final long started;
    private long lastShown;

    Progress(String unit, LongSupplier clock, TerminalLine terminal, Consumer<String> log) {
        this.unit = unit;
        this.clock = clock;
        this.terminal = terminal;
        this.log = log;
        this.started = clock.getAsLong();
        this.lastShown = started;
    }

    /** Starts the clock; {@code unit} names what is counted, in the plural ("rækker", "PDF'er"). */
    public static Progress start(Logger log, String unit) {
        return new Progress(unit, System::nanoTime, TerminalLine.installed().orElse(null), log::info);
    }

    /**
     * {@code share} is the part of the work done, from 0 to 1, or NaN when it is not known; {@code what} says
     * which work ("Fil 2 af 3, flytninger.csv"). Cheap enough to call for every chunk: shown only now and then.
     */
    public void update(String what, long done, double share) {
        long now = clock.getAsLong();
        if (now - lastShown < (terminal == null ? LOG_INTERVAL_NANOS : TERMINAL_INTERVAL_NANOS)) {
            return;
        }
        lastShown = now;
        String figures = text(now - started, done, share);
        if (terminal == null) {
            log.accept(what + ": " + figures);
        } else {
            // figures first: a line too wide for the terminal loses the end of a file name, not the time left
            terminal.show(this, figures + " · " + what);
        }
    }

    /** Takes the line off the terminal; the work's own log line says how it ended. */
    public void finish() {
        if (terminal != null) {
            terminal.remove(this);
        }
    }

    private String text(long elapsed, long done, double share) {
        StringBuilder text = new StringBuilder(DanishFormat.number(done, 0)).append(' ').append(unit);
        if (elapsed < SETTLING_NANOS) {
            return text.toString();
        }
        double rate = done * 1e9 / elapsed;
        text.append(", ").append(Messages.get("progress.rate", DanishFormat.number(rate, rate < 100 ? 1 : 0)));
        if (share > 0 && share <= 1) {
            text.append(", ").append(Messages.get("progress.left", DanishFormat.number(100 * share, 0),
                    duration(Math.round(elapsed / 1e9 * (1 - share) / share))));
        }
        return text.toString();
    }

    private static String duration(long seconds) {
        if (seconds < 60) {
            return Messages.get("progress.seconds", seconds);
        }
        if (seconds < 3600) {
            return Messages.get("progress.minutes", seconds / 60, seconds % 60);
        }
        return Messages.get("progress.hours", seconds / 3600, seconds % 3600 / 60);
    }
}
