package dk.boligmonitor.ingest;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import dk.boligmonitor.ingest.read.Rejection;
import dk.boligmonitor.ingest.stage.ChunkInserts;
import dk.boligmonitor.ingest.stage.FileStaging;
import dk.boligmonitor.ingest.stage.StagingTable;


/** Writes a chunk of mapped rows to the staging tables: observations, move-outs and rejected rows of one file. */
class IngestWriter implements ItemWriter<MappedRow> {

    static final StagingTable<Observation> OBSERVATIONS = new StagingTable<Observation>("observation")
            .column("row_no", Observation::rowNo)
            .column("area_code", Observation::areaCode)
            .column("indicator_code", Observation::indicator)
            .column("part", o -> o.part().key())
            .column("year", Observation::year)
            .column("period", Observation::period)
            .column("combine", Observation::combine)
            .column("amount", Observation::amount)
            .column("state", o -> o.state().name());

    static final StagingTable<Moveout> MOVEOUTS = new StagingTable<Moveout>("moveout")
            .column("row_no", Moveout::rowNo)
            .column("estate_code", Moveout::estateCode)
            .column("tenancy_no", Moveout::tenancy)
            .column("moveout_date", Moveout::date)
            .column("year", m -> m.date().getYear())
            .column("reason", Moveout::reason)
            .column("vacancy_days", Moveout::vacancyDays)
            .column("loss_dkk", Moveout::loss);

    static final StagingTable<Rejection> REJECTIONS = new StagingTable<Rejection>("rejected_row")
            .column("row_no", Rejection::rowNo)
            .column("column_name", Rejection::column)
            .column("cell_value", r -> truncate(r.value(), 500))
            .column("reason", r -> truncate(r.reason(), 1000));

    private final FileStaging staging;
    private final ChunkInserts rejectedRows;

    /** Rejected rows are few, and must be there to count before the file is judged: they commit per chunk. */
    IngestWriter(FileStaging staging, ChunkInserts rejectedRows) {
        this.staging = staging;
        this.rejectedRows = rejectedRows;
    }

    @Override
    public void write(Chunk<? extends MappedRow> chunk) {
        List<Observation> observations = new ArrayList<>();
        List<Moveout> moveouts = new ArrayList<>(chunk.size());
        List<Rejection> rejections = new ArrayList<>();
        for (MappedRow row : chunk) {
            observations.addAll(row.observations());
            if (row.moveout() != null) {
                moveouts.add(row.moveout());
            }
            rejections.addAll(row.rejections());
        }
        if (!observations.isEmpty()) {
            staging.write(OBSERVATIONS, observations);
        }
        if (!moveouts.isEmpty()) {
            staging.write(MOVEOUTS, moveouts);
        }
        if (!rejections.isEmpty()) {
            rejectedRows.write(REJECTIONS, rejections);
        }
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
