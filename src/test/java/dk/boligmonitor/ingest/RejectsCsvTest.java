package dk.boligmonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dk.boligmonitor.format.SpreadsheetText;
import dk.boligmonitor.ingest.LoadHistory.RejectedRow;

/** The rejects CSV as Danish Excel will read it, and the cells it must not take for formulas. */
class RejectsCsvTest {

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+45 12 34 56 78", "-12", "@SUM(A1)", "\tx", "\rx"})
    void aCellExcelWouldRunIsKeptAsText(String value) {
        assertThat(SpreadsheetText.defused(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12,5", "Motalavej", "a=b", "'quoted"})
    void otherCellsStayAsTheyAre(String value) {
        assertThat(SpreadsheetText.defused(value)).isEqualTo(value);
    }

    @Test
    void utf8WithByteOrderMarkSemicolonsAndQuotesWhereNeeded() throws IOException {
        Path csv = RejectsCsv.write(work.resolve("out"), List.of(
                new RejectedRow("ærø.csv", null, 7, "BELØB", "1;5", "not a \"number\""),
                new RejectedRow("ærø.csv", null, 9, null, null, "the row has 3 cells, the header 4")));

        assertThat(csv).hasFileName("afviste-raekker.csv");
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFFFil;Ark;Række;Kolonne;Værdi;Årsag\r\n"
                + "ærø.csv;;7;BELØB;\"1;5\";\"not a \"\"number\"\"\"\r\n"
                + "ærø.csv;;9;;;the row has 3 cells, the header 4\r\n");
    }
}
