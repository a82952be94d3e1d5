package dk.boligmonitor.format;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table for the terminal: each column as wide as its widest cell, numbers to the right, long cells cut with
 * an ellipsis and control characters (a tab or line break in a cell) shown as spaces so rows stay on one line.
 */
public final class TextTable {

    private static final int MAX_WIDTH = 60;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String[] headers;
    private final boolean[] numeric;
    private final List<String[]> rows = new ArrayList<>();

    public TextTable(String... headers) {
        this.headers = headers;
        this.numeric = new boolean[headers.length];
    }

    public void add(Object... cells) {
        if (cells.length != headers.length) {
            throw new IllegalArgumentException(Messages.get("format.table.cells_mismatch", cells.length,
                    headers.length));
        }
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            numeric[i] |= cells[i] instanceof Number;
            row[i] = text(cells[i]);
        }
        rows.add(row);
    }

    public void print(PrintStream out) {
        int[] widths = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            widths[i] = headers[i].length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        line(out, headers, widths);
        line(out, Arrays.stream(widths).mapToObj("-"::repeat).toArray(String[]::new), widths);
        rows.forEach(row -> line(out, row, widths));
    }

    private void line(PrintStream out, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder(" ");
        for (int i = 0; i < cells.length; i++) {
            String pad = " ".repeat(widths[i] - cells[i].length());
            line.append(' ').append(numeric[i] ? pad + cells[i] : cells[i] + pad).append(' ');
        }
        out.println(line.toString().stripTrailing());
    }

    private static String text(Object cell) {
        String text = cell == null ? "" : cell instanceof LocalDateTime time ? TIME.format(time) : cell.toString();
        text = text.chars().map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return text.length() <= MAX_WIDTH ? text : text.substring(0, MAX_WIDTH - 1) + "…";
    }
}
