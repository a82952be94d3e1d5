package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.boligmonitor.TestDatabase;

/**
 * A company's move-outs delivered in several files that complement each other (a file per year, with December's
 * late registrations in the next year's file, or a file per afdeling) give the move-out rate of the one file they
 * were cut from; only a re-delivery of a file replaces it, and the run summary and status say so.
 */
class ComplementaryMoveoutFilesTest {

    private static final Path WHOLE = Path.of("sample-data/fraflytninger_fob_2013-2021.csv");
    private static final String HEADER = "Afdeling;Lejemålsnr.;Fraflytningsdato;Fraflytningsårsag;Tomgangsdage;"
            + "Tab ved fraflytning (kr.)";

    @TempDir
    static Path shared;
    @TempDir
    Path work;

    /** The move-outs per estate, area and programme and year, from the company's list as one file. */
    private static Map<String, BigDecimal> whole;

    @BeforeAll
    static void moveoutsOfTheWholeList() throws IOException {
        Path inbox = Files.createDirectories(shared.resolve("inbox"));
        Files.copy(WHOLE, inbox.resolve(WHOLE.getFileName()));
        TestDatabase database = TestDatabase.fresh(shared);
        assertThat(CommandLine.runPipeline(database, inbox, shared.resolve("out")).exitCode()).isZero();
        whole = moveouts(database.jdbc());
        assertThat(whole).containsKey("fob-23|2015");
    }

    @Test
    void aFilePerYearWithLateDecemberRegistrationsAddsUp() throws IOException {
        Path inbox = split(row -> "fraflytninger_fob_" + deliveryYear(row) + ".csv");
        assertThat(Files.list(inbox).count()).isEqualTo(9);
        TestDatabase database = TestDatabase.fresh(work);
        CommandLine.Result result = CommandLine.runPipeline(database, inbox, work.resolve("out"));
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(moveouts(database.jdbc())).isEqualTo(whole);
        assertThat(result.output()).doesNotContain("Filer erstattet");
    }

    @Test
    void aFilePerAfdelingAddsUp() throws IOException {
        Path inbox = split(row -> "fraflytninger_fob_afd" + row.split(";")[0] + ".csv");
        TestDatabase database = TestDatabase.fresh(work);
        assertThat(CommandLine.runPipeline(database, inbox, work.resolve("out")).exitCode()).isZero();
        assertThat(moveouts(database.jdbc())).isEqualTo(whole);
    }

    @Test
    void aCorrectedRedeliveryReplacesItsFileAndSaysSo() throws IOException {
        Path inbox = split(row -> "fraflytninger_fob_" + deliveryYear(row) + ".csv");
        TestDatabase database = TestDatabase.fresh(work);
        assertThat(CommandLine.runPipeline(database, inbox, work.resolve("out")).exitCode()).isZero();

        // the 2015 list again, without a move-out that was registered by mistake
        List<String> corrected = new ArrayList<>(Files.readAllLines(inbox.resolve("fraflytninger_fob_2015.csv")));
        String withdrawn = corrected.remove(1);
        Files.write(inbox.resolve("fraflytninger_fob_2015_rettet.csv"), corrected, StandardCharsets.UTF_8);
        CommandLine.Result result = CommandLine.runPipeline(database, inbox, work.resolve("out"));
        assertThat(result.exitCode()).as(result.output()).isZero();

        JdbcTemplate jdbc = database.jdbc();
        assertThat(jdbc.queryForMap("SELECT o.status, n.file_name FROM source_file o"
                        + " JOIN source_file n ON n.file_id = o.replaced_by WHERE o.file_name = ?",
                "fraflytninger_fob_2015.csv"))
                .containsEntry("status", "REPLACED").containsEntry("file_name", "fraflytninger_fob_2015_rettet.csv");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM source_file WHERE status = 'REPLACED'", Integer.class))
                .isEqualTo(1);
        assertThat(result.output()).contains("Filer erstattet:  1",
                "fraflytninger_fob_2015.csv (fraflytninger-csv): erstattet af fraflytninger_fob_2015_rettet.csv",
                "genlevering");
        assertThat(CommandLine.run(database, "status", "--config", "jobs").output())
                .contains("fraflytninger_fob_2015.csv (fraflytninger-csv) erstattet af"
                        + " fraflytninger_fob_2015_rettet.csv");

        Map<String, BigDecimal> expected = new HashMap<>(whole);
        String estate = "fob-" + withdrawn.split(";")[0];
        String year = "|" + withdrawn.split(";")[2].substring(6);
        expected.computeIfPresent(estate + year, (key, n) -> n.subtract(BigDecimal.ONE));
        Map<String, BigDecimal> after = moveouts(jdbc);
        assertThat(after.get(estate + year)).isEqualByComparingTo(whole.get(estate + year).subtract(BigDecimal.ONE));
        after.keySet().removeIf(key -> !key.startsWith("fob-"));
        expected.keySet().removeIf(key -> !key.startsWith("fob-"));
        assertThat(after).isEqualTo(expected);
    }

    /** The year a move-out is delivered in: December's last ten days are registered in January. */
    private static String deliveryYear(String row) {
        String date = row.split(";")[2];
        int year = Integer.parseInt(date.substring(6));
        boolean late = date.substring(3, 5).equals("12") && Integer.parseInt(date.substring(0, 2)) > 21;
        return String.valueOf(late && year < 2021 ? year + 1 : year);
    }

    /** The company's list cut into files by the name each row is delivered under. */
    private Path split(Function<String, String> fileOf) throws IOException {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        List<String> lines = Files.readAllLines(WHOLE, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(HEADER);
        Map<String, List<String>> files = new LinkedHashMap<>();
        lines.stream().skip(1).forEach(row -> files.computeIfAbsent(fileOf.apply(row), f -> new ArrayList<>(List.of(HEADER)))
                .add(row));
        for (Map.Entry<String, List<String>> file : files.entrySet()) {
            Files.write(inbox.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        return inbox;
    }

    /** The move-outs counted into the rate, by unit and year. */
    private static Map<String, BigDecimal> moveouts(JdbcTemplate jdbc) {
        Map<String, BigDecimal> moveouts = new HashMap<>();
        jdbc.query("SELECT area_code, year, numerator FROM fact_indicator WHERE indicator_code = 'fraflytning'",
                rs -> {
                    moveouts.put(rs.getString(1) + "|" + rs.getInt(2),
                            rs.getBigDecimal(3) == null ? null : rs.getBigDecimal(3).stripTrailingZeros());
                });
        return moveouts;
    }
}
