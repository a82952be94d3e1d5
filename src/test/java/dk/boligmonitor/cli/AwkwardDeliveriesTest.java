package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.boligmonitor.TestDatabase;

/**
 * Every sample delivery written as other companies and tools write the same figures ({@link AwkwardDeliveries}:
 * an English-locale export, UTF-16 with and without a byte-order mark, Windows' code page with old Mac line
 * endings and no last line break, quoted fields with an empty last column, ISO dates and tenancy numbers spelt
 * otherwise, Excel's 1904 date system, figures typed in as text, formulas saved without their values, shares in
 * a percent format) loads to the warehouse and the PDFs of the clean files: nothing rejected, nothing read
 * otherwise.
 */
class AwkwardDeliveriesTest {

    private static final Path SAMPLE = Path.of("sample-data");
    /** What a file's own bytes give in the packet's list of files: the start of its SHA-256. */
    private static final Pattern FILE_HASH = Pattern.compile("\\b[0-9a-f]{12}\\b");
    /** What only the delivery's form decides: its bytes, size and encoding. */
    private static final List<String> FORM_OF_THE_FILE = List.of("source_file");

    @TempDir
    static Path work;

    static TestDatabase cleanDatabase;
    static TestDatabase awkwardDatabase;

    @BeforeAll
    static void runOnTheCleanAndTheAwkwardFiles() throws IOException {
        Path inbox = work.resolve("inbox");
        AwkwardDeliveries.write(SAMPLE, inbox);
        cleanDatabase = TestDatabase.fresh(work.resolve("clean"));
        awkwardDatabase = TestDatabase.fresh(work.resolve("awkward"));
        CommandLine.Result clean = CommandLine.runPipeline(cleanDatabase, SAMPLE, work.resolve("out-clean"));
        assertThat(clean.exitCode()).as(clean.output() + clean.errors()).isZero();
        CommandLine.Result awkward = CommandLine.runPipeline(awkwardDatabase, inbox, work.resolve("out-awkward"));
        assertThat(awkward.exitCode()).as(awkward.output() + awkward.errors()).isZero();
    }

    @Test
    void everyFileLoadsWholeWithTheRowsOfItsCleanFile() {
        String files = "SELECT file_name, source, status, rows_read, rows_accepted, rows_rejected FROM source_file"
                + " ORDER BY file_name, source";
        List<Map<String, Object>> clean = cleanDatabase.jdbc().queryForList(files);
        assertThat(clean).hasSize(12).allSatisfy(file -> assertThat(file).containsEntry("rows_rejected", 0));
        assertThat(awkwardDatabase.jdbc().queryForList(files)).isEqualTo(clean);
    }

    @Test
    void theWarehouseHoldsWhatTheCleanFilesGive() {
        Map<String, List<String>> clean = RunComparison.tables(cleanDatabase, work.resolve("out-clean"),
                table -> !FORM_OF_THE_FILE.contains(table));
        Map<String, List<String>> awkward = RunComparison.tables(awkwardDatabase, work.resolve("out-awkward"),
                table -> !FORM_OF_THE_FILE.contains(table));
        assertThat(awkward.keySet()).isEqualTo(clean.keySet()).contains("observation", "moveout", "fact_indicator");
        for (String table : clean.keySet()) {
            assertThat(RunComparison.difference(awkward.get(table), clean.get(table), "from the awkward files",
                    "from the clean files")).as(table).isEmpty();
        }
    }

    @Test
    void thePdfsSayWhatTheCleanFilesSay() {
        Map<String, String> clean = withoutFileHashes(RunComparison.outputFiles(work.resolve("out-clean")));
        // 9 reports, and each programme's packet again in its archive
        assertThat(clean.keySet().stream().filter(file -> file.endsWith(".pdf"))).hasSize(11);
        assertThat(withoutFileHashes(RunComparison.outputFiles(work.resolve("out-awkward")))).isEqualTo(clean);
    }

    private static Map<String, String> withoutFileHashes(Map<String, String> files) {
        Map<String, String> masked = new TreeMap<>();
        files.forEach((file, text) -> masked.put(file, FILE_HASH.matcher(text).replaceAll("(sha-256)")));
        return masked;
    }
}
