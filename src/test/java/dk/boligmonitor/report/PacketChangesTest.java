package dk.boligmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.boligmonitor.report.PacketEditions.Edition;

/** What the "Siden sidste pakke" page makes of two snapshots, and that a snapshot survives being stored. */
class PacketChangesTest {

    private static final LocalDateTime BEFORE = LocalDateTime.of(2026, 6, 1, 6, 0);

    private static PacketSnapshot snapshot(String text) {
        return PacketSnapshot.parse(text.replace('|', '\t'));
    }

    @Test
    void aSnapshotReadsBackAsItWasWritten() {
        PacketSnapshot shown = snapshot("""
                F|motalavej|Motalavej|afgoerelser|Afgørelser|2015|34,2
                F|330|Slagelse Kommune|afgoerelser|Afgørelser|2016|..
                C|Motalavej|Færre afgørelser|2020|ON_TRACK
                L|Motalavej|L|2020|UDSAT
                """);
        assertThat(PacketSnapshot.parse(shown.text())).isEqualTo(shown);
    }

    @Test
    void nothingChangedIsOneLine() {
        PacketSnapshot same = snapshot("F|motalavej|Motalavej|afgoerelser|Afgørelser|2015|34,2\n");
        PacketChanges changes = PacketChanges.between(new Edition(BEFORE, same), same, List.of(),
                Map.of());
        assertThat(changes.nothingChanged()).isTrue();
        assertThat(changes.sections()).isEmpty();
    }

    @Test
    void newYearsRevisionsCriteriaAndTheListEachGetTheirSection() {
        PacketSnapshot then = snapshot("""
                F|motalavej|Motalavej|afgoerelser|Afgørelser|2015|34,2
                F|motalavej|Motalavej|afgoerelser|Afgørelser|2016|–
                F|ringparken|Ringparken|afgoerelser|Afgørelser|2015|20,0
                C|Motalavej|Færre afgørelser|2020|ON_TRACK
                L|Motalavej|L|2020|UDSAT
                """);
        PacketSnapshot now = snapshot("""
                F|motalavej|Motalavej|afgoerelser|Afgørelser|2015|35,7
                F|motalavej|Motalavej|afgoerelser|Afgørelser|2016|30,1
                F|ringparken|Ringparken|afgoerelser|Afgørelser|2015|..
                C|Motalavej|Færre afgørelser|2021|NOT_ON_TRACK
                L|Motalavej|L|2021|IKKE_PAA_LISTEN
                """);
        PacketChanges changes = PacketChanges.between(new Edition(BEFORE, then), now, List.of(),
                Map.of("motalavej\tafgoerelser\t2015", new PacketEditions.Revision("rettet.csv", BEFORE.plusDays(3))));

        assertThat(changes.sections()).extracting(PacketChanges.Section::heading).containsExactly("Nye tal",
                "Rettede tal", "Succeskriterier med ny status", "Den officielle liste");
        assertThat(changes.sections().get(0).lines()).containsExactly("Afgørelser 2016: Motalavej");
        assertThat(changes.sections().get(1).lines()).containsExactly(
                "Motalavej · Afgørelser 2015: 34,2 → 35,7 (rettet af rettet.csv, indlæst 4.6.2026)",
                "Ringparken · Afgørelser 2015: 20,0 → .. (genberegnet)");
        assertThat(changes.sections().get(2).lines()).containsExactly(
                "Motalavej · Færre afgørelser: På rette spor (2020) → Ikke på rette spor (2021)");
        assertThat(changes.sections().get(3).lines()).singleElement().asString()
                .startsWith("Motalavej: ").contains("(2020) → ", "(2021)");
    }

    @Test
    void theFirstPacketHasNothingToCompareWith() {
        PacketChanges changes = PacketChanges.first();
        assertThat(changes.previous()).isNull();
        assertThat(changes.nothingChanged()).isFalse();
    }
}
