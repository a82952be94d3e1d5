package dk.boligmonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.boligmonitor.StageRun;
import dk.boligmonitor.config.Estate;
import dk.boligmonitor.ingest.read.Identifiers;

/**
 * The ingest job alone, on three files of sample-data: a DST extract in windows-1252, one in UTF-8 with a byte
 * order mark, and a housing company's move-out list. What it owns is the load registry and the staging tables:
 * every file it finds is registered and loaded with all its rows, each staged row says which file and row it
 * came from and holds what that row says, and a file it has loaded is not loaded again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestJobTest {

    private static final String DECISIONS = "dst_noegletal_afgoerelser_2013-2021.csv";
    private static final String SCHOOL = "dst_skole_2013-2021.csv";
    private static final String MOVEOUTS = "fraflytninger_sab_2013-2021.csv";
    /** In sample-data, but not in the inbox until the last test puts it there. */
    private static final String LATER = "dst_boligomraader_61a_2013-2021.csv";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    static Path work;

    static StageRun stage;
    static JdbcTemplate jdbc;
    static JobExecution ingest;

    @BeforeAll
    static void ingestTheInbox() throws Exception {
        stage = StageRun.start(work, DECISIONS, SCHOOL, MOVEOUTS);
        jdbc = stage.jdbc();
        ingest = stage.launch("ingestJob");
    }

    @AfterAll
    static void stop() {
        stage.close();
    }

    @Test
    void everyFileInTheInboxIsLoadedWithEachOfItsDataRowsAccepted() {
        assertThat(ingest.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Map<String, Object>> files = jdbc.queryForList("SELECT file_name, file_path, status, rows_read,"
                + " rows_accepted, rows_rejected FROM source_file ORDER BY file_name");

        assertThat(files).extracting(f -> f.get("file_name")).containsExactly(DECISIONS, SCHOOL, MOVEOUTS);
        for (Map<String, Object> file : files) {
            Path path = stage.inbox().resolve((String) file.get("file_name"));
            int dataRows = lines(path, StandardCharsets.ISO_8859_1).size() - 1;
            assertThat(dataRows).isGreaterThan(100);
            assertThat(file).as(path.toString())
                    .containsEntry("file_path", path.toString())
                    .containsEntry("status", "LOADED")
                    .containsEntry("rows_read", dataRows)
                    .containsEntry("rows_accepted", dataRows)
                    .containsEntry("rows_rejected", 0);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rejected_row", Integer.class)).isZero();
    }

    @Test
    void aFileNotInTheInboxIsNotRegistered() {
        assertThat(Files.exists(Path.of("sample-data", LATER))).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM source_file WHERE file_name = ?", Integer.class, LATER))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM source_file WHERE file_path NOT LIKE ?", Integer.class,
                stage.inbox() + "%")).isZero();
    }

    @Test
    void everyStagedFigureHoldsWhatItsRowInTheFileSays() {
        long fileId = fileId(DECISIONS);
        List<String> lines = lines(stage.inbox().resolve(DECISIONS), WINDOWS_1252);
        List<Map<String, Object>> observations = jdbc.queryForList("SELECT row_no, indicator_code, part, year, amount,"
                + " state FROM observation WHERE file_id = ? ORDER BY row_no", fileId);

        assertThat(observations).extracting(o -> o.get("row_no"))
                .containsExactlyElementsOf(IntStream.rangeClosed(2, lines.size()).boxed().toList());
        for (Map<String, Object> observation : observations) {
            String[] cells = lines.get((Integer) observation.get("row_no") - 1).split(";");
            assertThat(observation).as(String.join(";", cells))
                    .containsEntry("indicator_code", "afgoerelser")
                    .containsEntry("part", cells[1].equals("Beboere") ? "denominator" : "numerator")
                    .containsEntry("year", Integer.parseInt(cells[2]));
            if (cells[3].equals("..")) {
                assertThat(observation).containsEntry("state", "SUPPRESSED");
            } else {
                assertThat(observation.get("state")).isEqualTo("VALUE");
                assertThat((BigDecimal) observation.get("amount")).isEqualByComparingTo(cells[3]);
            }
        }
        assertThat(observations).extracting(o -> o.get("state")).contains("SUPPRESSED");
    }

    @Test
    void everyRowOfTheSecondExtractIsStagedUnderItsOwnFileAndRow() {
        int dataRows = lines(stage.inbox().resolve(SCHOOL), StandardCharsets.UTF_8).size() - 1;
        assertThat(jdbc.queryForList("SELECT DISTINCT row_no FROM observation WHERE file_id = ? ORDER BY row_no",
                Integer.class, fileId(SCHOOL)))
                .containsExactlyElementsOf(IntStream.rangeClosed(2, dataRows + 1).boxed().toList());
    }

    @Test
    void everyMoveoutIsStagedWithItsRowAndItsEstate() {
        List<String> lines = lines(stage.inbox().resolve(MOVEOUTS), StandardCharsets.UTF_8);
        DateTimeFormatter danish = DateTimeFormatter.ofPattern("dd-MM-yyyy");
        List<Map<String, Object>> moveouts = jdbc.queryForList("SELECT row_no, estate_code, tenancy_no, moveout_date,"
                + " year FROM moveout WHERE file_id = ? ORDER BY row_no", fileId(MOVEOUTS));

        assertThat(moveouts).extracting(m -> m.get("row_no"))
                .containsExactlyElementsOf(IntStream.rangeClosed(2, lines.size()).boxed().toList());
        for (Map<String, Object> moveout : moveouts) {
            String[] cells = lines.get((Integer) moveout.get("row_no") - 1).split(";");
            LocalDate date = LocalDate.parse(cells[2], danish);
            assertThat(moveout).as(String.join(";", cells))
                    .containsEntry("estate_code", Estate.codeOf("SAB", cells[0]))
                    // tenancy numbers are stored in their one spelling ("7-0091" as "7-91"), see Identifiers
                    .containsEntry("tenancy_no", Identifiers.normalize(cells[1]))
                    .containsEntry("year", date.getYear());
            assertThat(((java.sql.Date) moveout.get("moveout_date")).toLocalDate()).isEqualTo(date);
        }
        Map<Integer, Long> perYear = moveouts.stream()
                .collect(Collectors.groupingBy(m -> (Integer) m.get("year"), Collectors.counting()));
        assertThat(jdbc.queryForList("SELECT year, moveouts FROM moveout_count WHERE file_id = ?", fileId(MOVEOUTS))
                .stream().collect(Collectors.toMap(c -> (Integer) c.get("year"), c -> ((Number) c.get("moveouts"))
                        .longValue(), Long::sum))).isEqualTo(perYear);
    }

    @Test
    void theYearsOfEachFileAreNotedFromItsRows() {
        for (String name : List.of(DECISIONS, SCHOOL)) {
            List<Integer> staged = jdbc.queryForList("SELECT DISTINCT year FROM observation WHERE file_id = ?"
                    + " ORDER BY year", Integer.class, fileId(name));
            assertThat(jdbc.queryForList("SELECT year FROM source_file_year WHERE file_id = ? ORDER BY year",
                    Integer.class, fileId(name))).as(name).isNotEmpty().isEqualTo(staged);
        }
    }

    /** Last: it adds a file to the inbox and launches the job again. */
    @Test
    @Order(Integer.MAX_VALUE)
    void aSecondLaunchLoadsOnlyTheFileThatIsNew() throws Exception {
        // every file's load counts for "since": the move-out list may well finish after the last observations' file
        Map<String, Object> before = jdbc.queryForMap("SELECT (SELECT COUNT(*) FROM observation) AS n,"
                + " (SELECT MAX(loaded_at) FROM source_file) AS last");
        int moveouts = jdbc.queryForObject("SELECT COUNT(*) FROM moveout", Integer.class);
        Files.copy(Path.of("sample-data", LATER), stage.inbox().resolve(LATER));

        JobExecution again = stage.launch("ingestJob");

        assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(again.getExecutionContext().getInt(IngestJobConfiguration.UNCHANGED_FILES)).isEqualTo(3);
        assertThat(jdbc.queryForList("SELECT file_name FROM source_file WHERE loaded_at > ?", String.class,
                before.get("last"))).containsExactly(LATER);
        int laterRows = lines(stage.inbox().resolve(LATER), StandardCharsets.UTF_8).size() - 1;
        assertThat(jdbc.queryForObject("SELECT rows_accepted FROM source_file WHERE file_name = ?", Integer.class,
                LATER)).isEqualTo(laterRows);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM observation o JOIN source_file f"
                + " ON f.file_id = o.file_id WHERE f.file_name <> ?", Long.class, LATER))
                .isEqualTo(((Number) before.get("n")).longValue());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM moveout", Integer.class)).isEqualTo(moveouts);
    }

    private static long fileId(String fileName) {
        return jdbc.queryForObject("SELECT file_id FROM source_file WHERE file_name = ?", Long.class, fileName);
    }

    /** The file's lines, header first, without blank lines at the end: line n is row n. */
    private static List<String> lines(Path file, Charset charset) {
        try {
            List<String> lines = Files.readAllLines(file, charset);
            int end = lines.size();
            while (end > 0 && lines.get(end - 1).isBlank()) {
                end--;
            }
            return lines.subList(0, end);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
