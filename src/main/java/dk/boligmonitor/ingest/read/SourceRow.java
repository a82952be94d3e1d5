package dk.boligmonitor.ingest.read;

import java.util.List;

/**
 * One data row as the file holds it: its row number as the data officer finds it (the Excel row, the CSV
 * record), the cells as text, and which cells were stored as numbers (Excel numbers are plain "1234.5",
 * never Danish "1.234,5").
 */
public record SourceRow(int rowNo, List<String> cells, List<Boolean> numeric) {

    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    public boolean isNumeric(int column) {
        return column < numeric.size() && numeric.get(column);
    }

    public boolean isBlank() {
        // a loop, not a stream: this runs for every row of every file
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
