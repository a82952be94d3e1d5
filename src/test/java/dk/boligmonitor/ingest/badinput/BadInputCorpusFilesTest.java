package dk.boligmonitor.ingest.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes the corpus again and compares it with the committed files, so they cannot drift from their
 * generator. Text files must be byte-identical; workbooks only present, as their bytes depend on POI's version.
 */
class BadInputCorpusFilesTest {

    @TempDir
    static Path fresh;

    @BeforeAll
    static void regenerate() throws IOException {
        BadInputCorpus.write(fresh);
    }

    @Test
    void sameFilesAsCommitted() throws IOException {
        assertThat(names(fresh)).isEqualTo(names(BadInputCorpus.FOLDER).stream().filter(n -> !n.equals("expected.csv"))
                .toList());
    }

    @Test
    void textFilesAreByteIdentical() throws IOException {
        for (String name : names(fresh)) {
            byte[] mine = Files.readAllBytes(fresh.resolve(name));
            if (!isWorkbook(mine)) {
                assertThat(mine).as(name).isEqualTo(Files.readAllBytes(BadInputCorpus.FOLDER.resolve(name)));
            }
        }
    }

    /** A zip (.xlsx) or OLE2 (.xls) file, whatever its name says. */
    private static boolean isWorkbook(byte[] content) {
        return content.length >= 4 && (content[0] == 'P' && content[1] == 'K'
                || (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
