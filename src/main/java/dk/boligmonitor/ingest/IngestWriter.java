package dk.boligmonitor.ingest;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import dk.boligmonitor.ingest.read.Rejection;
import dk.boligmonitor.ingest.stage.ChunkInserts;
import dk.boligmonitor.ingest.stage.FileStaging;
import dk.boligmonitor.ingest.stage.StagingTable;


/**
 * Writes a chunk of mapped rows to the staging tables: observations, move-outs and rejected rows of one file,
 * each with the sheet it is in where a mapping reads several (observation's key holds '' for none).
 */
class IngestWriter implements ItemWriter<MappedRow> {

    static final StagingTable<InSheet<Observation>> OBSERVATIONS = new StagingTable<InSheet<Observation>>(
            "observation")
            .column("sheet", o -> o.sheet() == null ? "" : o.sheet())
            .column("row_no", o -> o.row().rowNo())
            .column("area_code", o -> o.row().areaCode())
            .column("indicator_code", o -> o.row().indicator())
            .column("part", o -> o.row().part().key())
            .column("year", o -> o.row().year())
            .column("period", o -> o.row().period())
            .column("combine", o -> o.row().combine())
            .column("amount", o -> o.row().amount())
            .column("state", o -> o.row().state().name());

    static final StagingTable<InSheet<Moveout>> MOVEOUTS = new StagingTable<InSheet<Moveout>>("moveout")
            .column("sheet", InSheet::sheet)
            .column("row_no", m -> m.row().rowNo())
            .column("estate_code", m -> m.row().estateCode())
            .column("tenancy_no", m -> m.row().tenancy())
            .column("moveout_date", m -> m.row().date())
            .column("year", m -> m.row().date().getYear())
            .column("reason", m -> m.row().reason())
            .column("vacancy_days", m -> m.row().vacancyDays())
            .column("loss_dkk", m -> m.row().loss());

    static final StagingTable<InSheet<Rejection>> REJECTIONS = new StagingTable<InSheet<Rejection>>("rejected_row")
            .column("sheet", InSheet::sheet)
            .column("row_no", r -> r.row().rowNo())
            .column("column_name", r -> r.row().column())
            .column("cell_value", r -> truncate(r.row().value(), 500))
            .column("reason", r -> truncate(r.row().reason(), 1000));

    /** What a row gave, and the sheet of several it is in (null where the file is read as one table). */
    record InSheet<T>(String sheet, T row) {
    }

    private final FileStaging staging;
    private final ChunkInserts rejectedRows;

    /** Rejected rows are few, and must be there to count before the file is judged: they commit per chunk. */
    IngestWriter(FileStaging staging, ChunkInserts rejectedRows) {
        this.staging = staging;
        this.rejectedRows = rejectedRows;
    }

    @Override
    public void write(Chunk<? extends MappedRow> chunk) {
        List<InSheet<Observation>> observations = new ArrayList<>();
        List<InSheet<Moveout>> moveouts = new ArrayList<>(chunk.size());
        List<InSheet<Rejection>> rejections = new ArrayList<>();
        for (MappedRow row : chunk) {
            row.observations().forEach(observation -> observations.add(new InSheet<>(row.sheet(), observation)));
            if (row.moveout() != null) {
                moveouts.add(new InSheet<>(row.sheet(), row.moveout()));
            }
            row.rejections().forEach(rejection -> rejections.add(new InSheet<>(row.sheet(), rejection)));
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
