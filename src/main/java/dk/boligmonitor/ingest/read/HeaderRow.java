package dk.boligmonitor.ingest.read;

import java.util.ArrayList;
import java.util.List;

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

    /** The position of the first column answering to any of the names, or -1. */
    public int indexOf(List<String> aliases) {
        for (String alias : aliases) {
            String wanted = HeaderNames.normalize(alias);
            for (int i = 0; i < names.size(); i++) {
                if (HeaderNames.normalize(names.get(i)).equals(wanted)
                        || HeaderNames.normalize(qualified.get(i)).equals(wanted)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
