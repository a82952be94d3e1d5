package dk.boligmonitor.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dk.boligmonitor.format.Messages;
import dk.boligmonitor.registry.ReportOutputs;

/**
 * The board packets written, one edition per programme and run: a copy under {@code out/<programme>/arkiv/} named
 * by the day it was written, and what it showed. Recorded in the report partition's transaction, so a partition
 * killed halfway records no edition; and a run restarted after a kill, which may write a programme's packet again,
 * replaces its own edition (and archive file) rather than adding one that would compare the packet with itself.
 */
@Component
class PacketEditions {

    private final JdbcClient jdbc;

    PacketEditions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A packet written before, and what it showed. */
    record Edition(LocalDateTime writtenAt, PacketSnapshot shown) {
    }

    /** A file refused since a packet, as the next one lists it. */
    record RefusedFile(String fileName, LocalDateTime at, String reason) {
    }

    /** The extract that revised a figure, and when it was loaded. */
    record Revision(String fileName, LocalDateTime at) {
    }

    /** The latest packet of the programme written by an earlier run than {@code run}. */
    Optional<Edition> latest(String programme, LocalDateTime run) {
        return jdbc.sql("""
                SELECT written_at, shown FROM packet_edition
                 WHERE programme_code = ? AND run_stamp <> ? ORDER BY written_at DESC, edition_id DESC
                """).params(programme, Timestamp.valueOf(run))
                .query((rs, n) -> new Edition(rs.getTimestamp(1).toLocalDateTime(), PacketSnapshot.parse(rs.getString(2))))
                .stream().findFirst();
    }

    /**
     * Copies the packet just written into the archive and records it. The first packet of a day is
     * {@code bestyrelsespakke-2026-12-03.pdf}, later ones the same day get {@code -2}, {@code -3}.
     */
    void record(String programme, LocalDateTime run, Path packet, LocalDateTime writtenAt, PacketSnapshot shown) {
        jdbc.sql("DELETE FROM packet_edition WHERE programme_code = ? AND run_stamp = ?")
                .params(programme, Timestamp.valueOf(run)).update();
        LocalDate day = writtenAt.toLocalDate();
        int earlierToday = jdbc.sql("""
                SELECT COUNT(*) FROM packet_edition
                 WHERE programme_code = ? AND written_at >= ? AND written_at < ?
                """).params(programme, Timestamp.valueOf(day.atStartOfDay()), Timestamp.valueOf(day.plusDays(1)
                        .atStartOfDay())).query(Integer.class).single();
        String name = packet.getFileName().toString().replace(".pdf", "-" + day + (earlierToday == 0 ? ""
                : "-" + (earlierToday + 1)) + ".pdf");
        PdfFile.write(packet.resolveSibling(ReportOutputs.ARCHIVE).resolve(name), Messages.get("report.packet.archive", programme),
                out -> Files.copy(packet, out));
        jdbc.sql("""
                INSERT INTO packet_edition (programme_code, run_stamp, written_at, archive_file, shown)
                VALUES (?, ?, ?, ?, ?)
                """).params(programme, Timestamp.valueOf(run), Timestamp.valueOf(writtenAt), name, shown.text())
                .update();
    }

    List<RefusedFile> refusedSince(LocalDateTime since) {
        return jdbc.sql("""
                SELECT file_name, loaded_at, message FROM source_file
                 WHERE status = 'REFUSED' AND loaded_at > ? ORDER BY loaded_at, file_name
                """).param(Timestamp.valueOf(since))
                .query((rs, n) -> new RefusedFile(rs.getString(1), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3)))
                .list();
    }

    /**
     * The revisions of figures by corrected or re-delivered extracts since a moment, by the figure they touch
     * (series, indicator, year; see {@link PacketSnapshot.Figure#key}); the latest where several touch one.
     */
    Map<String, Revision> revisionsSince(LocalDateTime since) {
        Map<String, Revision> revisions = new HashMap<>();
        jdbc.sql("""
                SELECT c.area_code, c.indicator_code, c.period, f.file_name, c.changed_at
                  FROM observation_change c JOIN source_file f ON f.file_id = c.file_id
                 WHERE c.changed_at > ? ORDER BY c.changed_at
                """).param(Timestamp.valueOf(since)).query(rs -> {
                    String year = rs.getString(3).length() >= 4 ? rs.getString(3).substring(0, 4) : rs.getString(3);
                    revisions.put(rs.getString(1) + "\t" + rs.getString(2) + "\t" + year,
                            new Revision(rs.getString(4), rs.getTimestamp(5).toLocalDateTime()));
                });
        return revisions;
    }
}
