package dk.boligmonitor.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regenerates the sample data and compares it with the committed copy, so the files in {@code sample-data/}
 * cannot drift from their generator. Workbooks are compared by content: their bytes depend on the POI version.
 */
class SampleDataGeneratorTest {
    @TempDir
    static Path fresh;

    @BeforeAll
    static void regenerate() throws IOException {
        SampleDataGenerator.generate(fresh);
    }

    @Test
    void sameFileNamesAsCommitted() throws IOException {
        assertThat(dataFiles(fresh)).isEqualTo(dataFiles(SampleFiles.COMMITTED)).hasSize(10);
    }

    @Test
    void csvFilesAreByteIdentical() throws IOException {
        for (String name : dataFiles(fresh)) {
            if (name.endsWith(".csv")) {
                assertThat(Files.readAllBytes(fresh.resolve(name))).as(name)
                        .isEqualTo(Files.readAllBytes(SampleFiles.COMMITTED.resolve(name)));
            }
        }
    }

    @Test
    void workbooksHoldTheSameCells() throws IOException {
        for (String name : dataFiles(fresh)) {
            if (name.endsWith(".xlsx")) {
                Map<String, List<List<Object>>> mine = SampleFiles.workbook(fresh.resolve(name));
                Map<String, List<List<Object>>> committed = SampleFiles.workbook(SampleFiles.COMMITTED.resolve(name));
                assertThat(mine.keySet()).as(name).containsExactlyElementsOf(committed.keySet());
                mine.forEach((sheet, rows) -> assertThat(rows).as(name + " / " + sheet).isEqualTo(committed.get(sheet)));
            }
        }
    }

    private static List<String> dataFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".csv") || n.endsWith(".xlsx")).sorted().toList();
        }
    }
}
