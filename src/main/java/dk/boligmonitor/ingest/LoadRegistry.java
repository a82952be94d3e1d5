package dk.boligmonitor.ingest;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dk.boligmonitor.format.Messages;
import dk.boligmonitor.ingest.stage.ChunkInserts;
import dk.boligmonitor.ingest.stage.StagingTable;
import dk.boligmonitor.registry.FileStatus;


/**
 * The load registry: every file known by source and SHA-256, and what became of it. A file's rows only
 * count once it is LOADED, so a load that dies halfway leaves nothing the warehouse would read, and the
 * next run clears the leftovers and loads it again from the start.
 */
@Component
public class LoadRegistry {

    /** As much of a message as source_file.message holds: recording a refusal must not fail on its length. */
    static final int MESSAGE_LENGTH = 2000;

    /** What a file's accepted rows give, noted when it is marked loaded. */
    private static final StagingTable<Integer> FILE_YEARS = new StagingTable<Integer>("source_file_year")
            .column("year", year -> year);
    private static final StagingTable<MoveoutCounts.Count> MOVEOUT_COUNTS = new StagingTable<MoveoutCounts.Count>(
            "moveout_count")
            .column("estate_code", MoveoutCounts.Count::estateCode)
            .column("year", MoveoutCounts.Count::year)
            .column("moveouts", MoveoutCounts.Count::moveouts)
            .column("vacancy_days", MoveoutCounts.Count::vacancyDays)
            .column("vacancy_known", MoveoutCounts.Count::vacancyKnown)
            .column("loss_dkk", MoveoutCounts.Count::loss)
            .column("loss_known", MoveoutCounts.Count::lossKnown);

    private static final StagingTable<Map.Entry<String, Integer>> SKIPPED_ROWS =
            new StagingTable<Map.Entry<String, Integer>>("skipped_row_count")
            .column("reason", Map.Entry::getKey)
            .column("row_count", Map.Entry::getValue);

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transaction;

    LoadRegistry(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transaction = transaction;
    }

    public record RegisteredFile(long id, String source, String fileName, String path, String sha256, String status,
                                 String message) {
    }

    public Optional<RegisteredFile> find(String source, String sha256) {
        return jdbc.sql("""
                SELECT file_id AS id, source, file_name, file_path AS path, sha256, status, message
                  FROM source_file
                 WHERE source = ? AND sha256 = ?
                """)
                .params(source, sha256).query(RegisteredFile.class).optional();
    }

    public RegisteredFile get(long fileId) {
        return jdbc.sql("""
                SELECT file_id AS id, source, file_name, file_path AS path, sha256, status, message
                  FROM source_file
                 WHERE file_id = ?
                """)
                .param(fileId).query(RegisteredFile.class).single();
    }

    public void register(String source, Path file, String sha256, long size) {
        jdbc.sql("""
                INSERT INTO source_file (source, file_name, file_path, sha256, size_bytes, status, registered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(source, file.getFileName().toString(), file.toString(), sha256, size, FileStatus.PENDING,
                        LocalDateTime.now()).update();
    }

    /** A file not loaded yet is to be loaded from this place, under this name. */
    public void retry(long fileId, Path file) {
        jdbc.sql("UPDATE source_file SET status = ?, message = NULL, file_name = ?, file_path = ? WHERE file_id = ?")
                .params(FileStatus.PENDING, file.getFileName().toString(), file.toString(), fileId).update();
    }

    public List<Long> toLoad() {
        return jdbc.sql("SELECT file_id FROM source_file WHERE status IN (?, ?) ORDER BY file_id")
                .params(FileStatus.PENDING, FileStatus.LOADING).query(Long.class).list();
    }

    /** The oldest waiting file of each source, in the order they were registered. */
    public List<Long> nextToLoadPerSource() {
        return jdbc.sql("SELECT MIN(file_id) FROM source_file WHERE status IN (?, ?) GROUP BY source ORDER BY 1")
                .params(FileStatus.PENDING, FileStatus.LOADING).query(Long.class).list();
    }

    /** Clears whatever an earlier, interrupted attempt left of this file, in one transaction. */
    public void startLoading(long fileId) {
        transaction.executeWithoutResult(status -> {
            deleteRows(fileId, true);
            jdbc.sql("UPDATE source_file SET status = ?, message = NULL WHERE file_id = ?")
                    .params(FileStatus.LOADING, fileId).update();
        });
    }

    /**
     * Marks the file loaded with its counts, in one transaction with what it revises: every figure it gives
     * differently from an earlier file of the same source is recorded as a change, and an earlier file whose
     * figures it all gives again (or of the same name) is replaced, so a revised extract updates the figures
     * instead of adding to them. {@code skipped}: rows the mapping skips or whose figures are not used, by
     * reason; {@code years} and {@code moveouts}: what its accepted rows give, counted as they were read.
     */
    public void loaded(long fileId, int read, int rejected, Map<String, Integer> skipped, List<Integer> years,
                       List<MoveoutCounts.Count> moveouts) {
        transaction.executeWithoutResult(status -> {
            RegisteredFile file = get(fileId);
            // Only this file's years can hold the same figures: saying so lets the database read those years of
            // the earlier files instead of all of them (a year's register file among sixteen: 1.7 s → 33 ms).
            String itsYears = years.isEmpty() ? "1 = 0" : "o.year IN ("
                    + String.join(", ", years.stream().map(String::valueOf).toList()) + ")";
            jdbc.sql("""
                    INSERT INTO observation_change (file_id, previous_file_id, area_code, indicator_code, part, period,
                                                    old_amount, old_state, new_amount, new_state, changed_at)
                    SELECT n.file_id, o.file_id, n.area_code, n.indicator_code, n.part, n.period,
                           o.amount, o.state, n.amount, n.state, ?
                      FROM observation n
                      JOIN observation o ON o.area_code = n.area_code AND o.indicator_code = n.indicator_code
                                        AND o.year = n.year AND o.part = n.part AND o.period = n.period
                      JOIN source_file f ON f.file_id = o.file_id
                     WHERE n.file_id = ? AND f.source = ? AND f.status = 'LOADED' AND f.file_id <> n.file_id
                       AND (o.state <> n.state OR o.amount <> n.amount)
                    """ + " AND " + itsYears)
                    .params(LocalDateTime.now(), fileId, file.source()).update();
            jdbc.sql("""
                    UPDATE source_file SET status = 'REPLACED', replaced_by = ?,
                           message = CASE WHEN file_name = ? THEN ? ELSE ? END
                     WHERE source = ? AND status = 'LOADED' AND file_id <> ?
                       AND (file_name = ?
                            OR EXISTS (SELECT 1 FROM observation o WHERE o.file_id = source_file.file_id)
                               AND NOT EXISTS (SELECT 1 FROM observation o WHERE o.file_id = source_file.file_id
                                    AND NOT EXISTS (SELECT 1 FROM observation n WHERE n.file_id = ?
                                         AND n.area_code = o.area_code AND n.indicator_code = o.indicator_code
                                         AND n.year = o.year AND n.part = o.part AND n.period = o.period)))
                    """).params(fileId, file.fileName(), replacedBy(file, Messages.get("ingest.replaced.same_name")),
                    replacedBy(file, Messages.get("ingest.replaced.all_figures_again")), file.source(), fileId,
                    file.fileName(), fileId).update();
            if (!moveouts.isEmpty()) {
                replaceRedeliveredMoveouts(file, itsYears.replace("o.year", "y.year"));
            }
            ChunkInserts rows = new ChunkInserts(jdbcTemplate, fileId);
            rows.write(FILE_YEARS, years);
            rows.write(MOVEOUT_COUNTS, moveouts);
            rows.write(SKIPPED_ROWS, List.copyOf(skipped.entrySet()));
            int notUsed = skipped.values().stream().mapToInt(Integer::intValue).sum();
            jdbc.sql("""
                    UPDATE source_file SET status = ?, rows_read = ?, rows_accepted = ?, rows_rejected = ?,
                                           loaded_at = ?, contribution_sha256 = ?
                     WHERE file_id = ?
                    """)
                    .params(FileStatus.LOADED, read, read - rejected - notUsed, rejected, LocalDateTime.now(),
                            ContributionFingerprint.of(jdbcTemplate, fileId), fileId).update();
        });
    }

    /**
     * Move-out lists add up (a file per year or per afdeling), so an earlier list of the same source is replaced
     * only when the new one is a re-delivery of it: more than half of its move-outs (estate, tenancy and date)
     * are in the new file. Fewer shared move-outs are counted once by the move-out rate.
     */
    private void replaceRedeliveredMoveouts(RegisteredFile file, String itsYears) {
        List<Long> earlier = jdbc.sql("SELECT DISTINCT f.file_id FROM source_file f"
                        + " JOIN source_file_year y ON y.file_id = f.file_id"
                        + " WHERE f.source = ? AND f.status = ? AND f.file_id <> ? AND " + itsYears)
                .params(file.source(), FileStatus.LOADED, file.id()).query(Long.class).list();
        for (long other : earlier) {
            int total = jdbc.sql("SELECT COALESCE(SUM(moveouts), 0) FROM moveout_count WHERE file_id = ?")
                    .param(other).query(Integer.class).single();
            int shared = jdbc.sql("SELECT COUNT(*) FROM moveout o WHERE o.file_id = ?"
                            + " AND (o.estate_code, o.tenancy_no, o.moveout_date) IN"
                            + " (SELECT estate_code, tenancy_no, moveout_date FROM moveout WHERE file_id = ?)")
                    .params(other, file.id()).query(Integer.class).single();
            if (total > 0 && 2 * shared > total) {
                jdbc.sql("UPDATE source_file SET status = 'REPLACED', replaced_by = ?, message = ? WHERE file_id = ?")
                        .params(file.id(), replacedBy(file, Messages.get("ingest.replaced.redelivery", shared, total)),
                                other).update();
            }
        }
    }

    private static String replacedBy(RegisteredFile file, String why) {
        return Messages.get("ingest.replaced.by", file.fileName(), file.id(), why);
    }

    /** Nothing of a refused file stays, except its rejected rows: they say why. */
    public void refused(long fileId, String reason, int read, int rejected) {
        String message = reason.length() <= MESSAGE_LENGTH ? reason : reason.substring(0, MESSAGE_LENGTH - 1) + "…";
        transaction.executeWithoutResult(status -> {
            deleteRows(fileId, false);
            jdbc.sql("""
                    UPDATE source_file SET status = ?, message = ?, rows_read = ?, rows_accepted = 0,
                                           rows_rejected = ?, loaded_at = ?
                     WHERE file_id = ?
                    """)
                    .params(FileStatus.REFUSED, message, read, rejected, LocalDateTime.now(), fileId).update();
        });
    }

    public int countRejectedRows(long fileId) {
        // a row is a sheet's row where the file is read from several sheets: row numbers repeat across them
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT DISTINCT sheet, row_no FROM rejected_row WHERE file_id = ?) r")
                .param(fileId).query(Integer.class).single();
    }

    /**
     * The reason most of a file's rows were rejected, e.g. "24 rækker, første i række 2, kolonne 'TID': et kvartal
     * eller en måned, ...", so the refusal of a wrongly mapped file says what is wrong, not only how much.
     */
    public Optional<String> mostCommonRejection(long fileId) {
        return jdbc.sql("""
                SELECT column_name, reason, COUNT(*) AS n, MIN(row_no) AS first_row
                  FROM rejected_row
                 WHERE file_id = ?
                 GROUP BY column_name, reason
                 ORDER BY n DESC, first_row
                 LIMIT 1
                """)
                .param(fileId)
                .query((rs, n) -> describeRejections(rs.getInt("n"), rs.getInt("first_row"),
                        rs.getString("column_name"), rs.getString("reason")))
                .optional();
    }

    /** "24 rækker, første i række 2, kolonne 'TID': et kvartal eller en måned, ..." */
    static String describeRejections(int count, int firstRow, String column, String reason) {
        if (count == 1) {
            return column == null ? Messages.get("ingest.rejections.row", firstRow, reason)
                    : Messages.get("ingest.rejections.row_in_column", firstRow, column, reason);
        }
        return column == null ? Messages.get("ingest.rejections.rows", count, firstRow, reason)
                : Messages.get("ingest.rejections.rows_in_column", count, firstRow, column, reason);
    }

    private void deleteRows(long fileId, boolean rejectsToo) {
        jdbc.sql("DELETE FROM observation_change WHERE file_id = ?").param(fileId).update();
        jdbc.sql("DELETE FROM source_file_year WHERE file_id = ?").param(fileId).update();
        jdbc.sql("DELETE FROM observation WHERE file_id = ?").param(fileId).update();
        jdbc.sql("DELETE FROM moveout WHERE file_id = ?").param(fileId).update();
        jdbc.sql("DELETE FROM moveout_count WHERE file_id = ?").param(fileId).update();
        jdbc.sql("DELETE FROM skipped_row_count WHERE file_id = ?").param(fileId).update();
        if (rejectsToo) {
            jdbc.sql("DELETE FROM rejected_row WHERE file_id = ?").param(fileId).update();
        }
    }
}
