package dk.boligmonitor.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.boligmonitor.ingest.SourceMapping.Role;

/** Where each mapped column sits in one file's header. */
public record MappedColumns(Map<Role, Integer> roles, Map<String, Integer> values, List<String> header) {

    /** Every column the mapping names must be in the header: a renamed column is a structural problem. */
    static HeaderSpec headerSpec(SourceMapping mapping) {
        List<List<String>> columns = new ArrayList<>(mapping.columns().values());
        mapping.values().keySet().forEach(header -> columns.add(List.of(header)));
        return new HeaderSpec(columns);
    }

    public static MappedColumns locate(SourceMapping mapping, List<String> header) {
        Map<Role, Integer> roles = new EnumMap<>(Role.class);
        mapping.columns().forEach((role, names) -> roles.put(role, HeaderNames.indexOf(header, names)));
        Map<String, Integer> values = new LinkedHashMap<>();
        mapping.values().keySet().forEach(name -> values.put(name, HeaderNames.indexOf(header, List.of(name))));
        return new MappedColumns(roles, values, header);
    }

    public boolean has(Role role) {
        return roles.containsKey(role);
    }

    public int index(Role role) {
        return roles.get(role);
    }

    /** The header as the file spells it, for messages the data officer can match against the file. */
    public String name(int index) {
        return header.get(index);
    }
}
