package dk.boligmonitor.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/** Reads the sample files back for the tests, independently of the generator's own data structures. */
final class SampleFiles {
    static final Path COMMITTED = Path.of("sample-data");

    private SampleFiles() {
    }

    /** Data rows (header excluded) split on ';', keeping empty trailing fields. */
    static List<String[]> csvRows(Path file, Charset charset) throws IOException {
        String text = new String(Files.readAllBytes(file), charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String[]> rows = new ArrayList<>();
        String[] lines = text.split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            rows.add(lines[i].split(";", -1));
        }
        return rows;
    }

    /**
     * Every row of a sheet as a list of cell values, typed as the file stores them: String for text, Double for
     * numbers, "date:yyyy-mm-dd" for date-formatted numbers, null for absent or blank cells.
     */
    static List<List<Object>> sheet(Path file, String name) throws IOException {
        List<List<Object>> rows = workbook(file).get(name);
        if (rows == null) {
            throw new IllegalArgumentException("no sheet " + name + " in " + file);
        }
        return rows;
    }

    /** All sheets in workbook order, read in one pass; merged regions under the key {@link #MERGED}. */
    static Map<String, List<List<Object>>> workbook(Path file) throws IOException {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        List<List<Object>> merged = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            for (Sheet sheet : wb) {
                List<List<Object>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<Object> values = new ArrayList<>();
                    for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                        values.add(value(row.getCell(c)));
                    }
                    rows.add(values);
                }
                sheets.put(sheet.getSheetName(), rows);
                for (CellRangeAddress region : sheet.getMergedRegions()) {
                    merged.add(List.of(sheet.getSheetName(), region.formatAsString()));
                }
            }
        }
        sheets.put(MERGED, merged);
        return sheets;
    }

    /** Not a valid sheet name (brackets are forbidden), so it cannot collide with a real sheet. */
    static final String MERGED = "[merged regions]";

    static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? "date:" + cell.getLocalDateTimeCellValue().toLocalDate()
                    : (Object) cell.getNumericCellValue();
            case BLANK -> null;
            case BOOLEAN -> cell.getBooleanCellValue();
            default -> throw new IllegalStateException("unexpected cell " + cell.getAddress() + ": " + cell.getCellType());
        };
    }

    static int intValue(Object cell) {
        double value = (Double) cell;
        if (value != Math.rint(value)) {
            throw new IllegalStateException("not an integer: " + value);
        }
        return (int) value;
    }

    static String describe(List<Object> row) {
        return Arrays.toString(row.toArray());
    }
}
