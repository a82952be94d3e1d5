package dk.boligmonitor.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dk.boligmonitor.config.SourceMapping;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.ingest.read.HeaderNames;
import dk.boligmonitor.ingest.read.SourceRow;

/**
 * Watches the columns the mapping neither uses nor filters. Such a column holding more than one value for the
 * same area, period and measure is a dimension of the export (KØN, CIVILSTAND): its rows are a breakdown
 * beside a total, and adding them up would count people twice, so the file is refused naming the column.
 */
final class UnmappedDimensions {

    /** Values of a column shown in the refusal; a dimension such as ALDER can hold a hundred. */
    private static final int VALUES_SHOWN = 8;

    private record Watched(int column, String name, Map<String, String> firstValue, Set<String> values) {
    }

    private final List<Watched> watched = new ArrayList<>();
    /** The columns seen with two values for one key, by their place in {@code watched}. */
    private final Set<Integer> varying = new LinkedHashSet<>();
    private final String mappingFile;

    UnmappedDimensions(SourceMapping mapping, MappedColumns columns, Set<Integer> used) {
        this.mappingFile = mapping.file().getFileName().toString();
        Set<String> dropped = new HashSet<>();
        mapping.dropColumns().forEach(name -> dropped.add(HeaderNames.normalize(name)));
        List<String> names = columns.header().names();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!used.contains(i) && !name.isBlank() && !dropped.contains(HeaderNames.normalize(name))) {
                watched.add(new Watched(i, name, new HashMap<>(), new LinkedHashSet<>()));
            }
        }
    }

    /** A row that gave figures, by the area, period and measure it gives them for. */
    void see(SourceRow row, String area, String period, String measure) {
        if (watched.isEmpty()) {
            return;
        }
        String key = area + '\u0000' + period + '\u0000' + measure;
        for (int i = 0; i < watched.size(); i++) {
            Watched column = watched.get(i);
            String value = row.cell(column.column()).trim();
            if (column.values().size() <= VALUES_SHOWN) {
                column.values().add(value);
            }
            String first = column.firstValue().putIfAbsent(key, value);
            if (first != null && !first.equals(value)) {
                varying.add(i);
            }
        }
    }

    /** Why the file cannot be used, once all its rows are seen. */
    Optional<String> refusal() {
        if (varying.isEmpty()) {
            return Optional.empty();
        }
        List<String> described = varying.stream().map(watched::get).map(c -> Messages.get("ingest.dimension.column",
                c.name(), String.join(", ", c.values().stream().limit(VALUES_SHOWN).toList())
                        + (c.values().size() > VALUES_SHOWN ? ", …" : ""))).toList();
        return Optional.of(Messages.get("ingest.dimension.refusal", String.join(", ", described), mappingFile));
    }
}
