package dk.boligmonitor.ingest.read;

import java.util.List;

import dk.boligmonitor.format.Messages;

/** Lists as a sentence writes them: "'a', 'b' og 'c'", "a eller b". */
final class Listing {

    private Listing() {
    }

    /** The names in quotes, the last two joined by "og". */
    static String quoted(List<String> names) {
        return and(names.stream().map(name -> "'" + name + "'").toList());
    }

    static String and(List<String> items) {
        return joined(items, "read.list.and");
    }

    static String or(List<String> items) {
        return joined(items, "read.list.or");
    }

    private static String joined(List<String> items, String lastTwo) {
        return items.size() <= 1 ? String.join("", items) : Messages.get(lastTwo,
                String.join(", ", items.subList(0, items.size() - 1)), items.get(items.size() - 1));
    }
}
