package dk.boligmonitor.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dk.boligmonitor.config.SourceMapping.Layout;
import dk.boligmonitor.config.SourceMapping.Role;
import dk.boligmonitor.config.SourceMapping;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.ingest.read.FileRefusedException;
import dk.boligmonitor.ingest.read.HeaderRow;
import dk.boligmonitor.ingest.read.Period;

/** Where each mapped column sits in one file's header; in a wide file, which columns are which periods. */
public record MappedColumns(Map<Role, Integer> roles, Map<String, Integer> values, Map<Integer, Period> periods,
                            HeaderRow header) {

    public static MappedColumns locate(SourceMapping mapping, HeaderRow header) {
        Map<Role, Integer> roles = new EnumMap<>(Role.class);
        mapping.columns().forEach((role, names) -> roles.put(role, header.indexOf(names)));
        Map<String, Integer> values = new LinkedHashMap<>();
        mapping.values().keySet().forEach(name -> values.put(name, header.indexOf(List.of(name))));
        checkEachColumnReadOnce(mapping, header, roles, values);
        Map<Integer, Period> periods = new LinkedHashMap<>();
        if (mapping.layout() == Layout.WIDE) {
            for (int i = 0; i < header.names().size(); i++) {
                int column = i;
                Period.parse(header.names().get(i)).ifPresent(period -> periods.put(column, period));
            }
            if (mapping.subYear() == SourceMapping.SubYear.REFUSE && mapping.selection().yearPeriod().isEmpty()
                    && periods.values().stream().anyMatch(p -> !p.isWholeYear())) {
                throw new FileRefusedException(Messages.get("ingest.header.sub_year", mapping.file().getFileName()));
            }
            if (periods.isEmpty()) {
                throw new FileRefusedException(Messages.get("ingest.header.no_period", header.rowNo(),
                        String.valueOf(header.names())));
            }
        }
        return new MappedColumns(roles, values, periods, header);
    }

    /** Whether a figure or key of the row is read from the column, so that what it holds matters. */
    public boolean isMapped(int column) {
        return roles.containsValue(column) || values.containsValue(column) || periods.containsKey(column);
    }

    /**
     * Two names of the mapping that find the same column ("Tæller" and "Taeller" as value columns, a value that is
     * also an area alias) would read its figure twice, or as two things: the file is refused, naming the mapping.
     */
    private static void checkEachColumnReadOnce(SourceMapping mapping, HeaderRow header, Map<Role, Integer> roles,
                                                Map<String, Integer> values) {
        Map<Integer, String> readAs = new HashMap<>();
        List<Map.Entry<Integer, String>> uses = new ArrayList<>();
        roles.forEach((role, column) -> uses.add(Map.entry(column, mapping.columns().get(role).get(0))));
        values.forEach((name, column) -> uses.add(Map.entry(column, name)));
        for (Map.Entry<Integer, String> use : uses) {
            if (use.getKey() < 0) {
                continue;
            }
            String earlier = readAs.putIfAbsent(use.getKey(), use.getValue());
            if (earlier != null) {
                throw new FileRefusedException(Messages.get("ingest.header.column_twice",
                        header.describe(use.getKey()), earlier, use.getValue(), mapping.file().getFileName()));
            }
        }
    }

    /** The columns read as numbers: the value or period columns, vacancy days and loss. */
    public List<Integer> numeric() {
        List<Integer> numeric = new ArrayList<>(values.values());
        numeric.addAll(periods.keySet());
        Stream.of(Role.VACANCY_DAYS, Role.LOSS).filter(this::has).map(this::index).forEach(numeric::add);
        return numeric;
    }

    public boolean has(Role role) {
        return roles.containsKey(role);
    }

    public int index(Role role) {
        return roles.get(role);
    }

    /** The header as the file spells it, for messages the data officer can match against the file. */
    public String name(int index) {
        return header.names().get(index);
    }
}
