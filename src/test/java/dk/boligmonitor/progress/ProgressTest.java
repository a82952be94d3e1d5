package dk.boligmonitor.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Progress as a log line off a terminal, and as a line rewritten in place that log lines make way for. */
class ProgressTest {

    private static final long SECOND = 1_000_000_000L;
    private static final String ERASE = "\r\033[K";

    private long now;

    @Test
    void offATerminalLogsEveryFiveSecondsWithRateAndTimeLeft() {
        List<String> log = new ArrayList<>();
        Progress progress = new Progress("rækker", () -> now, null, log::add);

        for (int i = 1; i <= 49; i++) {
            now = i * SECOND / 10;
            progress.update("Fil 1 af 2, flytninger.csv", i * 1_000L, 0.01 * i);
        }
        now = 5 * SECOND;
        progress.update("Fil 1 af 2, flytninger.csv", 50_000, 0.25);
        now = 7 * SECOND;
        progress.update("Fil 1 af 2, flytninger.csv", 70_000, 0.35);
        now = 10 * SECOND;
        progress.update("Fil 1 af 2, flytninger.csv", 100_000, Double.NaN);
        progress.finish();

        assertThat(log).containsExactly(
                "Fil 1 af 2, flytninger.csv: 50.000 rækker, 10.000 pr. s, 25 %, ca. 15 s tilbage",
                "Fil 1 af 2, flytninger.csv: 100.000 rækker, 10.000 pr. s");
    }

    @Test
    void aSlowRateKeepsADecimalAndALongWaitIsInMinutes() {
        List<String> log = new ArrayList<>();
        Progress progress = new Progress("PDF'er", () -> now, null, log::add);

        now = 100 * SECOND;
        progress.update("Rapport 460 af 1.000", 460, 0.46);

        assertThat(log).containsExactly("Rapport 460 af 1.000: 460 PDF'er, 4,6 pr. s, 46 %, ca. 1 min 57 s tilbage");
    }

    @Test
    void onATerminalOutputErasesTheLineAndItIsDrawnAgainBelow() {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        PrintStream terminal = new PrintStream(screen, true, StandardCharsets.UTF_8);
        TerminalLine line = new TerminalLine(terminal, 200);
        PrintStream logs = line.passing(terminal);
        Progress progress = new Progress("rækker", () -> now, line, text -> { });

        now = 2 * SECOND;
        progress.update("Fil 1 af 1, a.csv", 4_000, 0.5);
        logs.print("INFO en ");
        logs.println("logline");
        now = 3 * SECOND;
        progress.update("Fil 1 af 1, a.csv", 6_000, 0.75);
        progress.finish();
        logs.println("Oversigt");

        String drawn = "4.000 rækker, 2.000 pr. s, 50 %, ca. 2 s tilbage · Fil 1 af 1, a.csv";
        assertThat(screen.toString(StandardCharsets.UTF_8)).isEqualTo(
                ERASE + drawn
                        + ERASE + "INFO en logline\n"
                        + ERASE + drawn
                        + ERASE + "6.000 rækker, 2.000 pr. s, 75 %, ca. 1 s tilbage · Fil 1 af 1, a.csv"
                        + ERASE
                        + "Oversigt\n");
    }

    @Test
    void aLineWiderThanTheTerminalIsCut() {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        TerminalLine line = new TerminalLine(new PrintStream(screen, true, StandardCharsets.UTF_8), 20);

        line.show(this, "12.000 rækker, 3.000 pr. s · Fil 1 af 1, a.csv");

        assertThat(screen.toString(StandardCharsets.UTF_8)).isEqualTo(ERASE + "12.000 rækker, 3.0…");
    }
}
