package dk.boligmonitor.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.junit.jupiter.api.Test;

/**
 * The workbooks of the bad-input corpus against the inflate limit the .xlsx reader sets: an honest workbook with a
 * highly compressed part stays under it, the zip bomb would not (that both load or are refused as they should is
 * BadInputCorpusTest's).
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
        // and under the limit the run set, the part inflates whole (the bomb's sheet would not)
        OPCPackage workbook = OPCPackage.open(CORPUS.resolve(name).toFile(), PackageAccess.READ);
        try (InputStream styles = workbook.getPart(PackagingURIHelper.createPartName("/xl/styles.xml"))
                .getInputStream()) {
            assertThat(styles.transferTo(OutputStream.nullOutputStream())).isGreaterThan(1_000_000);
        } finally {
            workbook.revert();
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
