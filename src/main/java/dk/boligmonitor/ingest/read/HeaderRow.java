package dk.boligmonitor.ingest.read;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellReference;

import dk.boligmonitor.format.Messages;

/**
 * The header of a file as found: one row, or two when a merged group heading sits above the column names
 * (a merged cell leaves its value in its first column only). Each column answers to its own name and to
 * its group and name together ("Tryghed Trygge").
 */
public record HeaderRow(int rowNo, List<String> names, List<String> qualified) {

    static HeaderRow of(SourceRow row) {
        return new HeaderRow(row.rowNo(), row.cells(), row.cells());
    }

    /** Column names from the lower row, or from the group above where the lower cell is empty. */
    static HeaderRow combine(SourceRow upper, SourceRow lower) {
        List<String> names = new ArrayList<>();
        List<String> qualified = new ArrayList<>();
        String group = "";
        int width = Math.max(upper.cells().size(), lower.cells().size());
        for (int i = 0; i < width; i++) {
            String above = upper.cell(i).trim();
            String below = lower.cell(i).trim();
            if (!above.isEmpty()) {
                group = above;
            } else if (!below.isEmpty() && i > 0 && lower.cell(i - 1).isBlank()) {
                group = "";
            }
            names.add(below.isEmpty() ? group : below);
            qualified.add(below.isEmpty() ? group : (group + " " + below).trim());
        }
        return new HeaderRow(lower.rowNo(), names, qualified);
    }

    /** The positions of every column answering to any of the names, left to right. */
    public List<Integer> positions(List<String> aliases) {
        List<String> wanted = aliases.stream().map(HeaderNames::normalize).toList();
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (wanted.contains(HeaderNames.normalize(names.get(i)))
                    || wanted.contains(HeaderNames.normalize(qualified.get(i)))) {
                found.add(i);
            }
        }
        return found;
    }

    /** Whether two or more columns answer to the names, so that taking one of them would be a guess. */
    public boolean isAmbiguous(List<String> aliases) {
        return positions(aliases).size() > 1;
    }

    /**
     * The position of the one column answering to any of the names, or -1. A file where two columns answer
     * (a corrected copy beside the old one, the same answer under two group headings) is refused naming
     * both: which of them the mapping means cannot be known from the file.
     */
    public int indexOf(List<String> aliases) {
        List<Integer> found = positions(aliases);
        if (found.size() > 1) {
            throw new FileRefusedException(Messages.get("read.header.ambiguous", quoted(aliases), found.size(),
                    Listing.and(found.stream().map(this::describe).toList()), howToAddressOne(found)));
        }
        return found.isEmpty() ? -1 : found.get(0);
    }

    private static String quoted(List<String> aliases) {
        return String.join(" / ", aliases.stream().map(alias -> "'" + alias + "'").toList());
    }

    /** "D (4, 'Utryghed Andel')": the letter Excel shows, the position a CSV reader counts, the full name. */
    public String describe(int index) {
        String name = qualified.get(index).equals(names.get(index)) ? names.get(index) : qualified.get(index);
        return CellReference.convertNumToColString(index) + " (" + (index + 1) + ", '" + name + "')";
    }

    private String howToAddressOne(List<Integer> found) {
        List<String> grouped = found.stream().filter(i -> !qualified.get(i).equals(names.get(i)))
                .map(i -> "'" + qualified.get(i) + "'").toList();
        if (grouped.size() == found.size()) {
            return Messages.get("read.header.ambiguous.grouped", Listing.or(grouped));
        }
        if (found.stream().map(i -> HeaderNames.normalize(names.get(i))).distinct().count() == found.size()) {
            return Messages.get("read.header.ambiguous.aliases");
        }
        return Messages.get("read.header.ambiguous.rename");
    }
}
