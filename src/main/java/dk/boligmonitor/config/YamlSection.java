package dk.boligmonitor.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import dk.boligmonitor.format.Messages;

/**
 * A YAML mapping read from the node tree rather than into maps, so every message can name the file and
 * line a person has to open. Problems are collected, not thrown, and a missing value reads as empty.
 */
final class YamlSection {

    private final Path file;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final ConfigProblems problems;

    YamlSection(Path file, Node node, ConfigProblems problems) {
        this.file = file;
        this.node = node;
        this.problems = problems;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    problems.add(where(tuple.getKeyNode()), Messages.get("config.key.not_text"));
                    continue;
                }
                // YAML keeps the last of two equal keys without a word: which one the data officer meant is unknown
                NodeTuple earlier = entries.putIfAbsent(key.getValue(), tuple);
                if (earlier != null) {
                    problems.add(where(key), Messages.get("config.key.twice", key.getValue(),
                            earlier.getKeyNode().getStartMark().getLine() + 1));
                }
            }
        } else if (node != null) {
            problem(Messages.get("config.section.not_mapping"));
        }
    }

    Path file() {
        return file;
    }

    String where() {
        return where(node);
    }

    String where(Node at) {
        int line = at == null ? 1 : at.getStartMark().getLine() + 1;
        return file + ":" + line;
    }

    void problem(String message) {
        problems.add(where(), message);
    }

    /** A problem with one key's value, reported at that key's line. */
    void problemAt(String key, String message) {
        problems.add(where(key), message);
    }

    /** Names every key that is not one of {@code allowed}: a typo must not be silently ignored. */
    YamlSection onlyKeys(Collection<String> allowed) {
        Set<String> known = Set.copyOf(allowed);
        entries.forEach((key, tuple) -> {
            if (!known.contains(key)) {
                problems.add(where(tuple.getKeyNode()),
                        Messages.get("config.unknown_key", key, String.join(", ", new TreeSet<>(known))));
            }
        });
        return this;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Set<String> keys() {
        return entries.keySet();
    }

    String where(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? where() : where(tuple.getKeyNode());
    }

    Optional<String> optionalText(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue().trim());
        }
        problems.add(where(tuple.getValueNode()), Messages.get("config.value.not_single", key));
        return Optional.empty();
    }

    String text(String key) {
        Optional<String> value = optionalText(key);
        if (value.isEmpty() && !entries.containsKey(key)) {
            problem(Messages.get("config.missing_key", key));
        }
        return value.orElse("");
    }

    int integer(String key) {
        return optionalInteger(key).orElseGet(() -> {
            if (!entries.containsKey(key)) {
                problem(Messages.get("config.missing_key", key));
            }
            return 0;
        });
    }

    Optional<Integer> optionalInteger(String key) {
        return optionalText(key).flatMap(text -> {
            try {
                return Optional.of(Integer.parseInt(text));
            } catch (NumberFormatException e) {
                problems.add(where(key), Messages.get("config.value.not_integer", key, text));
                return Optional.empty();
            }
        });
    }

    /** true or false; anything else ("ja", "1") is a problem rather than a silent false. */
    Optional<Boolean> optionalBoolean(String key) {
        return optionalText(key).flatMap(text -> switch (text) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                problems.add(where(key), Messages.get("config.value.not_boolean", key, text));
                yield Optional.empty();
            }
        });
    }

    /** A scalar or a list of scalars: "area: OMRÅDE" and "area: [OMRÅDE, Område]" both read as a list. */
    List<String> texts(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return List.of();
        }
        return texts(tuple.getValueNode(), key);
    }

    List<String> texts(Node value, String key) {
        List<String> result = new ArrayList<>();
        if (value instanceof ScalarNode scalar) {
            result.add(scalar.getValue().trim());
        } else if (value instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    result.add(scalar.getValue().trim());
                } else {
                    problems.add(where(item), Messages.get("config.value.list_not_single", key));
                }
            }
        } else {
            problems.add(where(value), Messages.get("config.value.not_value_or_list", key));
        }
        return result;
    }

    Optional<YamlSection> optionalSection(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? Optional.empty() : Optional.of(new YamlSection(file, tuple.getValueNode(), problems));
    }

    YamlSection section(String key) {
        return optionalSection(key).orElseGet(() -> {
            problem(Messages.get("config.missing_key", key));
            return new YamlSection(file, null, problems);
        });
    }

    /** The entries of a mapping whose keys are data (header names, measure texts), not fixed keys. */
    Map<String, List<String>> textsByKey() {
        Map<String, List<String>> result = new LinkedHashMap<>();
        entries.forEach((key, tuple) -> result.put(key, texts(tuple.getValueNode(), key)));
        return result;
    }

    List<YamlSection> list(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            problems.add(where(tuple.getValueNode()), Messages.get("config.value.not_list", key));
            return List.of();
        }
        return sequence.getValue().stream().map(item -> new YamlSection(file, item, problems)).toList();
    }
}
