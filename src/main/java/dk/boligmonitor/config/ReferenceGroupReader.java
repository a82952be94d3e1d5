package dk.boligmonitor.config;

import java.util.List;

/** Reads reference-groups.yml: groups such as "all SUB areas" whose figures criteria compare with. */
final class ReferenceGroupReader {

    List<ReferenceGroup> read(YamlSection file) {
        file.onlyKeys("reference_groups");
        return file.list("reference_groups").stream().map(item -> {
            item.onlyKeys("code", "name", "aliases");
            return new ReferenceGroup(item.text("code"), item.text("name"), item.texts("aliases"));
        }).toList();
    }
}
