package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.boligmonitor.TestDatabase;

/**
 * A re-download saved beside the original as "name (1).csv", a byte-for-byte copy, and an old version kept in a
 * subfolder: the newer delivery wins whatever the names, the copy and the subfolder are not loaded, and the
 * run summary says which file replaced which.
 */
class InboxCopiesAndOldVersionsTest {

    private static final Path WHOLE = Path.of("sample-data/fraflytninger_fob_2013-2021.csv");

    @TempDir
    Path work;

    @Test
    void theNewerDeliveryWinsAndCopiesAndSubfoldersAreNotLoaded() throws IOException {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        List<String> lines = Files.readAllLines(WHOLE, StandardCharsets.UTF_8);
        List<String> first = new ArrayList<>(List.of(lines.get(0)));
        lines.stream().skip(1).filter(row -> row.split(";")[2].endsWith("2015")).forEach(first::add);
        // the re-download corrects the list: its first move-out was registered by mistake
        List<String> corrected = new ArrayList<>(first);
        corrected.remove(1);
        Path original = write(inbox.resolve("fraflytninger_fob_2015.csv"), first, "2022-01-10T09:00:00Z");
        write(inbox.resolve("fraflytninger_fob_2015 (1).csv"), corrected, "2022-02-10T09:00:00Z");
        write(inbox.resolve("fraflytninger_fob_2015 - kopi.csv"), corrected, "2022-02-11T09:00:00Z");
        Path old = Files.createDirectories(inbox.resolve("gammelt"));
        write(old.resolve("fraflytninger_fob_2015.csv"), first.subList(0, 20), "2021-06-01T09:00:00Z");
        assertThat(original).exists();

        TestDatabase database = TestDatabase.fresh(work);
        CommandLine.Result result = CommandLine.runPipeline(database, inbox, work.resolve("out"));
        assertThat(result.exitCode()).as(result.output()).isZero();

        JdbcTemplate jdbc = database.jdbc();
        assertThat(jdbc.queryForList("SELECT file_name FROM source_file WHERE status = 'LOADED'", String.class))
                .containsExactly("fraflytninger_fob_2015 (1).csv");
        assertThat(jdbc.queryForList("SELECT file_path FROM source_file", String.class))
                .noneMatch(path -> path.contains("gammelt") || path.contains("kopi"));
        assertThat(result.output()).contains("Filer erstattet:  1",
                "fraflytninger_fob_2015.csv (fraflytninger-csv): erstattet af fraflytninger_fob_2015 (1).csv");
        assertThat(jdbc.queryForObject("SELECT SUM(numerator) FROM fact_indicator WHERE indicator_code = 'fraflytning'"
                + " AND area_code LIKE 'fob-%' AND year = 2015", Integer.class)).isEqualTo(corrected.size() - 1);
    }

    private static Path write(Path file, List<String> lines, String savedAt) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(savedAt)));
        return file;
    }
}
