package dk.boligmonitor.ingest.read;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One data row as the file holds it: its row number as the data officer finds it (the Excel row, the CSV
 * record), the cells as text, and which cells were stored as numbers (Excel numbers are plain "1234.5",
 * never Danish "1.234,5"). A workbook also says which cells it shows as percentages (their text is the number
 * shown, 0.473 as 47.3) and which it holds without a value a reader can trust, with the reason. Where a
 * mapping reads several sheets as one file, the row also names its sheet (null otherwise): row numbers repeat
 * from sheet to sheet.
 */
public record SourceRow(int rowNo, List<String> cells, List<Boolean> numeric, BitSet percent,
                        Map<Integer, String> unreadable, String sheet) {

    private static final BitSet NONE = new BitSet();

    public SourceRow(int rowNo, List<String> cells, List<Boolean> numeric) {
        this(rowNo, cells, numeric, NONE, Map.of());
    }

    public SourceRow(int rowNo, List<String> cells, List<Boolean> numeric, BitSet percent,
                     Map<Integer, String> unreadable) {
        this(rowNo, cells, numeric, percent, unreadable, null);
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
        return new SourceRow(rowNo, replaced, numeric, percent, unreadable, sheet);
    }

    /**
     * The row of a sheet read as part of several, named by its sheet and with its cells where the first sheet's
     * header has their columns: {@code from[i]} is the column of this sheet under the first sheet's column i.
     * Cells under no column of the first sheet follow after them, so that nothing of the row goes unseen.
     */
    SourceRow inSheet(String name, int[] from) {
        if (from == null) {
            return new SourceRow(rowNo, cells, numeric, percent, unreadable, name);
        }
        List<Integer> order = new ArrayList<>();
        BitSet placed = new BitSet();
        for (int column : from) {
            order.add(column);
            if (column >= 0) {
                placed.set(column);
            }
        }
        for (int column = 0; column < cells.size(); column++) {
            if (!placed.get(column)) {
                order.add(column);
            }
        }
        List<String> movedCells = new ArrayList<>(order.size());
        List<Boolean> movedNumeric = new ArrayList<>(order.size());
        BitSet movedPercent = new BitSet();
        Map<Integer, String> movedUnreadable = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            int column = order.get(i);
            movedCells.add(column < 0 ? "" : cell(column));
            movedNumeric.add(column >= 0 && isNumeric(column));
            if (column >= 0 && percent.get(column)) {
                movedPercent.set(i);
            }
            if (column >= 0 && unreadable.containsKey(column)) {
                movedUnreadable.put(i, unreadable.get(column));
            }
        }
        return new SourceRow(rowNo, movedCells, movedNumeric, movedPercent, movedUnreadable, name);
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
