package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.boligmonitor.TestDatabase;
import dk.boligmonitor.config.ConfigLoaderTestSupport;
import dk.boligmonitor.pipeline.ExitCodes;
import dk.boligmonitor.report.PdfContent;

/**
 * Each packet is archived with what it showed, and the next one opens with what changed since: on sample-data, a
 * corrected extract and a broken delivery between two runs appear with old and new values and the refusal.
 */
class SinceLastPacketTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String DST_FILE = "dst_noegletal_afgoerelser_2013-2021.csv";
    private static final String REVISED_FILE = "dst_noegletal_afgoerelser_2013-2021_revideret.csv";
    private static final String BROKEN_FILE = "fraflytninger_fob_2019_afbrudt_download.csv";

    @TempDir
    Path work;

    @Test
    void theSecondPacketNamesTheRevisedFiguresWithOldAndNewValues() throws Exception {
        Path inbox = work.resolve("inbox");
        Path out = work.resolve("out");
        ConfigLoaderTestSupport.copy(Path.of("sample-data"), inbox);
        TestDatabase database = TestDatabase.fresh(work);
        assertThat(CommandLine.runPipeline(database, inbox, out).exitCode()).isEqualTo(ExitCodes.OK);
        String first = changesPage(out.resolve("slagelse/bestyrelsespakke.pdf"));
        assertThat(first).contains("Siden sidste pakke", "Dette er programmets første bestyrelsespakke");

        // a corrected extract: Motalavej's decisions in 2015, 48 → 50 of 1.402 residents
        Path original = inbox.resolve(DST_FILE);
        Files.writeString(inbox.resolve(REVISED_FILE), Files.readString(original, WINDOWS_1252).replace(
                "Motalavej;Kriminalretlige afgørelser;2015;48", "Motalavej;Kriminalretlige afgørelser;2015;50"),
                WINDOWS_1252);
        Files.delete(original);
        Files.copy(Path.of("src/test/resources/bad-input", BROKEN_FILE), inbox.resolve(BROKEN_FILE));
        CommandLine.runPipeline(database, inbox, out);

        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("d.M.yyyy"));
        String second = changesPage(out.resolve("slagelse/bestyrelsespakke.pdf"));
        assertThat(second).contains("Hvad der er ændret siden pakken af", "Rettede tal",
                "Motalavej · Kriminalretlige afgørelser", "2015: 34,2 → 35,7 (rettet af " + REVISED_FILE
                        + ", indlæst " + today + ")",
                "Filer afvist siden sidste pakke", BROKEN_FILE + " (" + today + ")");
        // the programme as a whole sums Motalavej's decisions with the other areas', so it changed too
        assertThat(second).containsPattern("Hele programmet · Kriminalretlige afgørelser pr. 1.000 beboere 2015: "
                + "\\d+,\\d → \\d+,\\d \\(genberegnet\\)");
        assertThat(second).doesNotContain("Nye tal", "Succeskriterier med ny status");
        assertThat(changesPage(out.resolve("vestegnen/bestyrelsespakke.pdf"))).doesNotContain("Rettede tal");

        try (Stream<Path> archived = Files.list(out.resolve("slagelse/arkiv"))) {
            assertThat(archived.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "bestyrelsespakke-" + LocalDate.now() + "-2.pdf", "bestyrelsespakke-" + LocalDate.now() + ".pdf");
        }
        assertThat(Files.readAllBytes(out.resolve("slagelse/arkiv/bestyrelsespakke-" + LocalDate.now() + "-2.pdf")))
                .isEqualTo(Files.readAllBytes(out.resolve("slagelse/bestyrelsespakke.pdf")));
        assertThat(database.jdbc().queryForObject(
                "SELECT COUNT(*) FROM packet_edition WHERE programme_code = 'slagelse'", Integer.class)).isEqualTo(2);
    }

    /** The text of the packet's "Siden sidste pakke" page, its lines joined again where the page broke them. */
    private static String changesPage(Path packet) {
        return PdfContent.read(packet).pages().stream().filter(page -> page.startsWith("Siden sidste pakke"))
                .findFirst().orElseThrow(() -> new AssertionError("no page 'Siden sidste pakke' in " + packet))
                .replace("-\n", "-").replace("\n", " ");
    }
}
