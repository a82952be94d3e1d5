package dk.boligmonitor.registry;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers each PDF written, so a run can say what it produced and where and the console can offer it, and which
 * programmes' reports are due: the warehouse marks those whose figures changed, and a programme is no longer due
 * once its reports are written. Only the latest writing of each file is kept, as the file itself is.
 */
@Component
public class ReportOutputs {

    /** A PDF as last written: {@code area} is null for the programme's board packet. */
    public record Output(long id, Path path, String programme, String area, LocalDateTime writtenAt) {
    }

    /** A board packet as archived when it was written (see report.PacketEditions): its copy in the archive. */
    public record ArchivedPacket(long id, String programme, LocalDateTime writtenAt, String archiveFile) {
        /** Where the copy lies: out/<programme>/arkiv/<file>. */
        public Path path(Path out) {
            return out.resolve(programme).resolve(ARCHIVE).resolve(archiveFile);
        }
    }

    /** The folder beside a programme's reports where each packet written is kept. */
    public static final String ARCHIVE = "arkiv";

    private static final String ARCHIVED =
            "SELECT edition_id, programme_code, written_at, archive_file FROM packet_edition";

    private static final String OUTPUT =
            "SELECT output_id, path, programme_code, area_code, written_at FROM report_output";

    private final JdbcClient jdbc;

    ReportOutputs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The programmes whose reports are due: their figures changed since the reports were written. */
    public Set<String> due() {
        return new HashSet<>(jdbc.sql("SELECT programme_code FROM report_due").query(String.class).list());
    }

    public void programmeDone(String programme) {
        jdbc.sql("DELETE FROM report_due WHERE programme_code = ?").param(programme).update();
    }

    public void written(Path pdf, String programme, String area) {
        String path = pdf.toAbsolutePath().toString();
        jdbc.sql("DELETE FROM report_output WHERE path = ?").param(path).update();
        jdbc.sql("INSERT INTO report_output (path, programme_code, area_code, written_at) VALUES (?, ?, ?, ?)")
                .params(path, programme, area, LocalDateTime.now()).update();
    }

    /** The programme's PDFs, the board packet first. */
    public List<Output> of(String programme) {
        return jdbc.sql(OUTPUT + " WHERE programme_code = ? ORDER BY area_code NULLS FIRST, path").param(programme)
                .query(ReportOutputs::output).list();
    }

    public Optional<Output> find(long id) {
        return jdbc.sql(OUTPUT + " WHERE output_id = ?").param(id).query(ReportOutputs::output).optional();
    }

    /** The programme's packets as written one by one, the newest first. */
    public List<ArchivedPacket> archive(String programme) {
        return jdbc.sql(ARCHIVED + " WHERE programme_code = ? ORDER BY written_at DESC, edition_id DESC")
                .param(programme).query(ReportOutputs::archived).list();
    }

    public Optional<ArchivedPacket> archived(long id) {
        return jdbc.sql(ARCHIVED + " WHERE edition_id = ?").param(id).query(ReportOutputs::archived).optional();
    }

    private static ArchivedPacket archived(ResultSet rs, int row) throws SQLException {
        return new ArchivedPacket(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime(),
                rs.getString(4));
    }

    private static Output output(ResultSet rs, int row) throws SQLException {
        return new Output(rs.getLong(1), Path.of(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toLocalDateTime());
    }
}
