package dk.boligmonitor.report;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Remembers each PDF written, so a run can say what it produced and where. */
@Component
class ReportOutputs {

    private final JdbcClient jdbc;

    ReportOutputs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void written(Path pdf, String programme, String area) {
        String path = pdf.toAbsolutePath().toString();
        jdbc.sql("DELETE FROM report_output WHERE path = ?").param(path).update();
        jdbc.sql("INSERT INTO report_output (path, programme_code, area_code, written_at) VALUES (?, ?, ?, ?)")
                .params(path, programme, area, LocalDateTime.now()).update();
    }
}
