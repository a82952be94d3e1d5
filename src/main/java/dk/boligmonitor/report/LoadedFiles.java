package dk.boligmonitor.report;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.registry.Contribution;
import dk.boligmonitor.registry.Contributions;
import dk.boligmonitor.report.BoardPacket.LoadedFile;

/**
 * The sources appendix: every file loaded into the warehouse, with what it is, the years it holds, and the
 * start of its SHA-256, so a reader can tell which copy of a file the figures came from.
 */
@Component
class LoadedFiles {

    private static final int SHA256_SHOWN = 12;

    private final JdbcClient jdbc;
    private final MonitorConfig config;
    private final Contributions contributions;

    LoadedFiles(JdbcClient jdbc, MonitorConfig config, Contributions contributions) {
        this.jdbc = jdbc;
        this.config = config;
        this.contributions = contributions;
    }

    List<LoadedFile> all() {
        Map<String, String> descriptions = new HashMap<>();
        config.sources().forEach(mapping -> descriptions.put(mapping.name(), mapping.description()));
        Map<Long, Contribution> contributions = this.contributions.current();
        return jdbc.sql("""
                SELECT file_id, file_name, source, rows_accepted, loaded_at, sha256
                  FROM source_file
                 WHERE status = 'LOADED'
                 ORDER BY file_name, source
                """).query((rs, row) -> {
                    Timestamp loadedAt = rs.getTimestamp(5);
                    return new LoadedFile(rs.getString(2), descriptions.getOrDefault(rs.getString(3), rs.getString(3)),
                            DanishFormat.years(contributions.containsKey(rs.getLong(1))
                                    ? contributions.get(rs.getLong(1)).years() : Set.of()), rs.getInt(4),
                            loadedAt == null ? null : loadedAt.toLocalDateTime(),
                            rs.getString(6).substring(0, SHA256_SHOWN));
                }).list();
    }
}
