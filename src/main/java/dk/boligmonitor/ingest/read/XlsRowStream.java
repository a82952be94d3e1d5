package dk.boligmonitor.ingest.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * One sheet of an old .xls workbook. The format caps a sheet at 65,536 rows, so reading the workbook whole
 * is bounded; cells come out as text, numbers plain, as from .xlsx.
 */
final class XlsRowStream implements RowStream {

    private final HSSFWorkbook workbook;
    private final Iterator<Row> rows;
    private final String description;

    XlsRowStream(Path file, Optional<String> sheetName) throws IOException {
        try {
            this.workbook = new HSSFWorkbook(new POIFSFileSystem(file.toFile(), true));
        } catch (IOException | RuntimeException e) {
            throw new FileRefusedException("not a readable .xls workbook: " + e.getMessage(), e);
        }
        Sheet sheet = sheetName.map(this::sheetNamed).orElseGet(() -> workbook.getSheetAt(0));
        this.rows = sheet.rowIterator();
        this.description = "ark '" + sheet.getSheetName() + "' (.xls)";
    }

    private Sheet sheetNamed(String wanted) {
        List<String> names = new ArrayList<>();
        for (Sheet sheet : workbook) {
            if (HeaderNames.normalize(sheet.getSheetName()).equals(HeaderNames.normalize(wanted))) {
                return sheet;
            }
            names.add(sheet.getSheetName());
        }
        throw new FileRefusedException("the workbook has no sheet '" + wanted + "' (sheets: " + names + ")");
    }

    @Override
    public SourceRow read() {
        if (!rows.hasNext()) {
            return null;
        }
        Row row = rows.next();
        List<String> cells = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
            Cell cell = row.getCell(i);
            CellType type = cell == null ? CellType.BLANK
                    : cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            numeric.add(type == CellType.NUMERIC);
            cells.add(switch (type) {
                case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
                case STRING -> cell.getStringCellValue().trim();
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                default -> "";
            });
        }
        return new SourceRow(row.getRowNum() + 1, cells, numeric);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
