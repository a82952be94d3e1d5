package dk.boligmonitor.ingest.read;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV file the parser cannot read is refused in the data officer's terms: the row as Excel numbers it, the line
 * of the file, and what is wrong there, never the parser's own English.
 */
class CsvParseErrorTest {

    private static final HeaderSpec SPEC = new HeaderSpec(List.of(List.of("Afdeling"), List.of("Årsag")));

    @Test
    void aCharacterAfterAClosingQuoteIsNamedWithItsRowLineAndPlace(@TempDir Path folder) throws IOException {
        // row 2 holds a line break inside its quotes, so the broken row 3 starts on line 4 of the file
        Path file = write(folder, "Afdeling;Årsag\n1;\"Flyttet\naf helbred\"\n2;\"Opsagt\"x;\n3;Død\n");

        assertThatThrownBy(() -> readAll(file)).isInstanceOf(FileRefusedException.class)
                .hasMessageStartingWith("CSV-filen kan ikke læses i række 3 (linje 4, tegn nr. 11 på linjen): "
                        + "tegnet 'x' står lige efter et felts afsluttende citationstegn")
                .hasMessageNotContaining("encapsulated");
    }

    @Test
    void aQuoteNeverClosedNamesTheRowAndLineItOpensIn(@TempDir Path folder) throws IOException {
        Path file = write(folder, "Afdeling;Årsag\n1;Død\n2;\"Flyttet til anden almen bolig\n3;Død\n");

        assertThatThrownBy(() -> readAll(file)).isInstanceOf(FileRefusedException.class)
                .hasMessageStartingWith("uafsluttet citationstegn i række 3 (linje 3 i filen)")
                .hasMessageNotContaining("EOF");
    }

    @Test
    void aFileCutOffInsideQuotesIsIncomplete(@TempDir Path folder) throws IOException {
        Path file = write(folder, "Afdeling;Årsag\n1;Død\n2;\"Flyttet til");

        assertThatThrownBy(() -> readAll(file)).isInstanceOf(FileRefusedException.class)
                .hasMessageStartingWith("filen er ufuldstændig: den slutter inde i et felt i citationstegn i række 3");
    }

    private static Path write(Path folder, String text) throws IOException {
        Path file = folder.resolve("fraflytninger.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static void readAll(Path file) throws IOException {
        try (CsvRowStream rows = new CsvRowStream(file, SPEC)) {
            while (rows.read() != null) {
                // to the end, or the refusal
            }
        }
    }
}
