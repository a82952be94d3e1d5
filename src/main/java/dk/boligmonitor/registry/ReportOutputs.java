package dk.boligmonitor.registry;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers each PDF written, so a run can say what it produced and where, and which programmes' reports are
 * due: the warehouse marks those whose figures changed, and a programme is no longer due once its reports are
 * written.
 */
@Component
public class ReportOutputs {

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
}
