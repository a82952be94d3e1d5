package dk.boligmonitor.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** The share of a file read, behind the progress line's time left: grows with the rows and ends at 1. */
class ShareReadTest {

    private static final int ROWS = 20_000;

    @Test
    void csvByTheBytesRead(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("rows.csv");
        StringBuilder text = new StringBuilder("OMRÅDE;TID;INDHOLD\n");
        for (int i = 0; i < ROWS; i++) {
            text.append("Område ").append(i).append(";2021;").append(i).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);

        try (CsvRowStream rows = new CsvRowStream(file, new HeaderSpec(List.of(List.of("OMRÅDE"))))) {
            assertReadsUpToTheWhole(rows);
        }
    }

    @Test
    void xlsxByTheSheetXmlRead(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("rows.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            var sheet = workbook.createSheet("Ark1");
            for (int i = 0; i <= ROWS; i++) {
                var row = sheet.createRow(i);
                row.createCell(0).setCellValue("Område " + i);
                row.createCell(1).setCellValue(i);
            }
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        try (XlsxRowStream rows = new XlsxRowStream(file, Optional.empty())) {
            assertReadsUpToTheWhole(rows);
        }
    }

    private static void assertReadsUpToTheWhole(RowStream rows) throws IOException {
        for (int i = 0; i < ROWS / 2; i++) {
            rows.read();
        }
        assertThat(rows.shareRead()).isBetween(0.3, 0.8);
        while (rows.read() != null) {
            // to the end
        }
        assertThat(rows.shareRead()).isCloseTo(1.0, within(0.001));
    }
}
