package dk.boligmonitor.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What every loaded file gives the warehouse, as the load registry has it now or as a rebuild noted it. */
@Component
public class Contributions {

    private final JdbcClient jdbc;

    Contributions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every loaded file's contribution, by file. */
    public Map<Long, Contribution> current() {
        return of(jdbc.sql("""
                SELECT f.file_id, y.year, f.contribution_sha256
                FROM source_file f LEFT JOIN source_file_year y ON y.file_id = f.file_id
                WHERE f.status = ?""").param(FileStatus.LOADED));
    }

    /** Contributions by file from rows of file id, year (null for none) and fingerprint, however they are kept. */
    public static Map<Long, Contribution> of(JdbcClient.StatementSpec rows) {
        Map<Long, Set<Integer>> years = new HashMap<>();
        Map<Long, String> fingerprints = new HashMap<>();
        rows.query(rs -> {
            Set<Integer> fileYears = years.computeIfAbsent(rs.getLong(1), id -> new TreeSet<>());
            if (rs.getObject(2) != null) {
                fileYears.add(rs.getInt(2));
            }
            fingerprints.put(rs.getLong(1), rs.getString(3));
        });
        Map<Long, Contribution> contributions = new HashMap<>();
        years.forEach((file, fileYears) -> contributions.put(file, new Contribution(fileYears,
                fingerprints.get(file))));
        return contributions;
    }
}
