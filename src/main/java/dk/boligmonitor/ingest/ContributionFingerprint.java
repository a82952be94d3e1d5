package dk.boligmonitor.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.util.HexFormat;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A SHA-256 of what a loaded file gives the warehouse: its figures (with the rows they came from), its move-out
 * counts with their vacancy days and loss, and its years, read back in a fixed order. The move-out rows
 * themselves are left out: the warehouse reads only their sums. Reading back a year's register file or a national
 * move-out list's counts takes milliseconds, where hashing every row while loading would cost the load itself.
 */
final class ContributionFingerprint {

    private static final char FIELD = '\u001F';
    private static final char ROW = '\n';

    private ContributionFingerprint() {
    }

    static String of(JdbcTemplate jdbc, long fileId) {
        MessageDigest digest = sha256();
        add(jdbc, digest, """
                SELECT row_no, area_code, indicator_code, part, year, period, combine, amount, state
                  FROM observation
                 WHERE file_id = ?
                 ORDER BY sheet, row_no, indicator_code, part, period
                """, fileId);
        add(jdbc, digest, """
                SELECT estate_code, year, moveouts, vacancy_days, vacancy_known, loss_dkk, loss_known
                  FROM moveout_count
                 WHERE file_id = ?
                 ORDER BY estate_code, year
                """, fileId);
        add(jdbc, digest, "SELECT year FROM source_file_year WHERE file_id = ? ORDER BY year", fileId);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Each table's rows, then a line of its own, so rows cannot slide from one table into the next. */
    private static void add(JdbcTemplate jdbc, MessageDigest digest, String query, long fileId) {
        StringBuilder text = new StringBuilder();
        jdbc.query(query, (ResultSet rs) -> {
            text.setLength(0);
            for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                text.append(rs.getString(column)).append(FIELD);
            }
            digest.update(text.append(ROW).toString().getBytes(StandardCharsets.UTF_8));
        }, fileId);
        digest.update(("--" + ROW).getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
