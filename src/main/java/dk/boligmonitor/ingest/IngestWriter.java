package dk.boligmonitor.ingest;

import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.boligmonitor.ingest.indicators.Observation;
import dk.boligmonitor.ingest.moveouts.Moveout;

/** Writes a chunk of mapped rows in batches: observations, move-outs and rejected rows of one file. */
class IngestWriter implements ItemWriter<MappedRow> {

    private final JdbcTemplate jdbc;
    private final long fileId;

    IngestWriter(JdbcTemplate jdbc, long fileId) {
        this.jdbc = jdbc;
        this.fileId = fileId;
    }

    @Override
    public void write(Chunk<? extends MappedRow> chunk) {
        List<Observation> observations = chunk.getItems().stream().flatMap(r -> r.observations().stream()).toList();
        List<Moveout> moveouts = chunk.getItems().stream().map(MappedRow::moveout)
                .filter(java.util.Objects::nonNull).toList();
        List<Rejection> rejections = chunk.getItems().stream().flatMap(r -> r.rejections().stream()).toList();
        if (!observations.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO observation (file_id, row_no, area_code, indicator_code, part, year, period,"
                            + " combine, amount, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", observations,
                    observations.size(),
                    (ps, o) -> {
                        ps.setLong(1, fileId);
                        ps.setInt(2, o.rowNo());
                        ps.setString(3, o.areaCode());
                        ps.setString(4, o.indicator());
                        ps.setString(5, o.part().key());
                        ps.setInt(6, o.year());
                        ps.setString(7, o.period());
                        ps.setString(8, o.combine());
                        ps.setBigDecimal(9, o.amount());
                        ps.setString(10, o.state().name());
                    });
        }
        if (!moveouts.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO moveout (file_id, row_no, estate_code, tenancy_no, moveout_date, year, reason,"
                            + " vacancy_days, loss_dkk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", moveouts, moveouts.size(),
                    (ps, m) -> {
                        ps.setLong(1, fileId);
                        ps.setInt(2, m.rowNo());
                        ps.setString(3, m.estateCode());
                        ps.setString(4, m.tenancy());
                        ps.setObject(5, m.date());
                        ps.setInt(6, m.date().getYear());
                        ps.setString(7, m.reason());
                        ps.setObject(8, m.vacancyDays(), java.sql.Types.INTEGER);
                        ps.setBigDecimal(9, m.loss());
                    });
        }
        if (!rejections.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO rejected_row (file_id, row_no, column_name, cell_value, reason)"
                            + " VALUES (?, ?, ?, ?, ?)", rejections, rejections.size(),
                    (ps, r) -> {
                        ps.setLong(1, fileId);
                        ps.setInt(2, r.rowNo());
                        ps.setString(3, r.column());
                        ps.setString(4, truncate(r.value(), 500));
                        ps.setString(5, truncate(r.reason(), 1000));
                    });
        }
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
