package dk.boligmonitor.ingest.read;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * One data row as the file holds it: its row number as the data officer finds it (the Excel row, the CSV
 * record), the cells as text, and which cells were stored as numbers (Excel numbers are plain "1234.5",
 * never Danish "1.234,5"). A workbook also says which cells it shows as percentages (their text is the number
 * shown, 0.473 as 47.3) and which it holds without a value a reader can trust, with the reason.
 */
public record SourceRow(int rowNo, List<String> cells, List<Boolean> numeric, BitSet percent,
                        Map<Integer, String> unreadable) {

    private static final BitSet NONE = new BitSet();

    public SourceRow(int rowNo, List<String> cells, List<Boolean> numeric) {
        this(rowNo, cells, numeric, NONE, Map.of());
    }

    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    public boolean isNumeric(int column) {
        return column < numeric.size() && numeric.get(column);
    }

    /** Whether the workbook shows the cell with a percent format, so that its text is the shown 47.3, not 0.473. */
    public boolean isPercent(int column) {
        return percent.get(column);
    }

    /** The same row with other cells: dropped columns blanked, what the workbook said of the cells kept. */
    public SourceRow withCells(List<String> replaced) {
        return new SourceRow(rowNo, replaced, numeric, percent, unreadable);
    }

    public boolean isBlank() {
        // a loop, not a stream: this runs for every row of every file
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return unreadable.isEmpty();
    }
}
