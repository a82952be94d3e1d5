package dk.boligmonitor.config;

import java.util.List;

/** Reads reference-groups.yml: groups such as "all SUB areas" whose figures criteria compare with. */
final class ReferenceGroupReader {

    /** The keys of reference-groups.yml and of each of its groups. */
    static final List<String> FILE_KEYS = List.of("reference_groups");
    static final List<String> GROUP_KEYS = List.of("code", "name", "aliases");

    List<ReferenceGroup> read(YamlSection file) {
        file.onlyKeys(FILE_KEYS);
        return file.list("reference_groups").stream().map(item -> {
            item.onlyKeys(GROUP_KEYS);
            return new ReferenceGroup(item.text("code"), item.text("name"), item.texts("aliases"));
        }).toList();
    }
}
