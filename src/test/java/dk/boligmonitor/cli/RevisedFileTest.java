package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.boligmonitor.TestDatabase;
import dk.boligmonitor.config.ConfigLoaderTestSupport;

/** A revised DST extract updates the figures instead of adding to them, and says what it changed. */
class RevisedFileTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String DST_FILE = "dst_noegletal_afgoerelser_2013-2021.csv";

    @TempDir
    Path work;

    @Test
    void revisedExtractReplacesTheEarlierFiguresAndRecordsTheChange() throws Exception {
        Path inbox = work.resolve("inbox");
        ConfigLoaderTestSupport.copy(Path.of("sample-data"), inbox);
        TestDatabase database = TestDatabase.fresh(work);
        JdbcTemplate jdbc = database.jdbc();
        assertThat(run(inbox, database)).isZero();
        int facts = jdbc.queryForObject("SELECT COUNT(*) FROM fact_indicator", Integer.class);

        Path original = inbox.resolve(DST_FILE);
        String revised = Files.readString(original, WINDOWS_1252)
                .replace("Motalavej;Kriminalretlige afgørelser;2015;48", "Motalavej;Kriminalretlige afgørelser;2015;50");
        Files.delete(original);
        Files.writeString(inbox.resolve("dst_noegletal_afgoerelser_2013-2021_revideret.csv"), revised, WINDOWS_1252);
        assertThat(run(inbox, database)).isZero();

        BigDecimal motalavej2015 = jdbc.queryForObject("SELECT value FROM fact_indicator WHERE area_code = 'motalavej'"
                + " AND indicator_code = 'afgoerelser' AND year = 2015", BigDecimal.class);
        assertThat(motalavej2015.setScale(1, RoundingMode.HALF_UP)).isEqualByComparingTo("35.7"); // 50 / 1402 × 1000
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fact_indicator", Integer.class)).isEqualTo(facts);
        List<Map<String, Object>> changes = jdbc.queryForList("SELECT c.area_code, c.period, c.old_amount, c.new_amount,"
                + " n.file_name AS new_file, o.file_name AS old_file FROM observation_change c"
                + " JOIN source_file n ON n.file_id = c.file_id JOIN source_file o ON o.file_id = c.previous_file_id");
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0)).containsEntry("area_code", "motalavej").containsEntry("period", "2015")
                .containsEntry("new_file", "dst_noegletal_afgoerelser_2013-2021_revideret.csv")
                .containsEntry("old_file", DST_FILE);
        assertThat((BigDecimal) changes.get(0).get("old_amount")).isEqualByComparingTo("48");
        assertThat((BigDecimal) changes.get(0).get("new_amount")).isEqualByComparingTo("50");
        assertThat(jdbc.queryForObject("SELECT status FROM source_file WHERE file_name = ?", String.class, DST_FILE))
                .isEqualTo("REPLACED");
    }

    private int run(Path inbox, TestDatabase database) {
        return CommandLine.runPipeline(database, inbox, work.resolve("out")).exitCode();
    }
}
