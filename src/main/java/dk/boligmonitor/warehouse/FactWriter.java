package dk.boligmonitor.warehouse;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes facts in batches; callers hand over facts one at a time and flush at the end. */
@Component
class FactWriter {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    FactWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Batch batch() {
        return new Batch();
    }

    final class Batch implements AutoCloseable {
        private final List<Fact> pending = new ArrayList<>();
        private int written;

        void add(Fact fact) {
            pending.add(fact);
            if (pending.size() >= BATCH) {
                flush();
            }
        }

        int written() {
            return written + pending.size();
        }

        private void flush() {
            jdbc.batchUpdate("""
                    INSERT INTO fact_indicator (area_code, indicator_code, year, numerator, denominator,
                                                value, state, numerator_file_id, numerator_sheet, numerator_row,
                                                denominator_file_id, denominator_sheet, denominator_row, derivation)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, pending, pending.size(),
                    (ps, f) -> {
                        ps.setString(1, f.areaCode());
                        ps.setString(2, f.indicator());
                        ps.setInt(3, f.year());
                        ps.setBigDecimal(4, f.numerator());
                        ps.setBigDecimal(5, f.denominator());
                        ps.setBigDecimal(6, f.value());
                        ps.setString(7, f.state().name());
                        ps.setObject(8, f.numeratorFile(), java.sql.Types.BIGINT);
                        ps.setString(9, f.numeratorSheet());
                        ps.setObject(10, f.numeratorRow(), java.sql.Types.INTEGER);
                        ps.setObject(11, f.denominatorFile(), java.sql.Types.BIGINT);
                        ps.setString(12, f.denominatorSheet());
                        ps.setObject(13, f.denominatorRow(), java.sql.Types.INTEGER);
                        ps.setString(14, f.derivation());
                    });
            written += pending.size();
            pending.clear();
        }

        @Override
        public void close() {
            if (!pending.isEmpty()) {
                flush();
            }
        }
    }
}
