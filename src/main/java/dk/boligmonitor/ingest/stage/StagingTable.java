package dk.boligmonitor.ingest.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A staging table and how one mapped item fills its columns, described once so that batched inserts and
 * PostgreSQL's COPY write exactly the same rows. Every staging table starts with the file the row came from.
 */
public final class StagingTable<T> {

    private final String name;
    private final List<String> columns = new ArrayList<>(List.of("file_id"));
    private final List<Function<T, Object>> values = new ArrayList<>();

    public StagingTable(String name) {
        this.name = name;
    }

    public StagingTable<T> column(String column, Function<T, Object> value) {
        columns.add(column);
        values.add(value);
        return this;
    }

    String name() {
        return name;
    }

    String columnList() {
        return String.join(", ", columns);
    }

    int width() {
        return columns.size();
    }

    /** The values after file_id, in column order. */
    List<Function<T, Object>> values() {
        return values;
    }
}
