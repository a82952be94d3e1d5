package dk.boligmonitor.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * The workbooks of the bad-input corpus against the inflate limit the .xlsx reader sets: an honest workbook with a
 * highly compressed part stays under it, the zip bomb would not. That both load or are refused as they should, and
 * that the honest part inflates whole under the limit the run set, is BadInputCorpusTest's: the limit is set as
 * the reader is first used, and only a run has surely used it.
 */
class InflateLimitTest {

    private static final Path CORPUS = Path.of("src/test/resources/bad-input");

    @Test
    void honestWorkbookWithAHighlyCompressedStylesPartIsUnderTheLimit() throws Exception {
        String name = "fraflytninger_skaelskoer-boligselskab_2019_mange_typografier.xlsx";
        try (ZipFile zip = new ZipFile(CORPUS.resolve(name).toFile())) {
            ZipEntry styles = zip.getEntry("xl/styles.xml");
            double ratio = (double) styles.getCompressedSize() / styles.getSize();
            // POI's own limit (1:100) would call this part a bomb; ours (1:500) must not
            assertThat(ratio).isLessThan(0.01).isGreaterThan(XlsxRowStream.MIN_INFLATE_RATIO);
        }
    }

    @Test
    void zipBombIsSmallOnDiskAndWouldInflateMoreThanTheLimit() throws IOException {
        Path bomb = CORPUS.resolve("fraflytninger_boligkorsoer_2021_zipbombe.xlsx");
        assertThat(Files.size(bomb)).isLessThan(1 << 20);
        try (ZipFile zip = new ZipFile(bomb.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            assertThat((double) sheet.getCompressedSize() / sheet.getSize()).isLessThan(XlsxRowStream.MIN_INFLATE_RATIO);
        }
    }
}
