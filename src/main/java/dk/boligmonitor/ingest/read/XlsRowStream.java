package dk.boligmonitor.ingest.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import dk.boligmonitor.format.Messages;

/**
 * One sheet of an old .xls workbook. The format caps a sheet at 65,536 rows, so reading the workbook whole
 * is bounded; cells come out as text, numbers plain, as from .xlsx.
 */
final class XlsRowStream implements RowStream {

    private final HSSFWorkbook workbook;
    private final Iterator<Row> rows;
    private final String description;
    private final List<String> otherSheets = new ArrayList<>();
    private final List<String> sheets = new ArrayList<>();
    /** Excel's 1904 date system (Mac, old templates): a day number means a date four years and a day later. */
    private final boolean date1904;

    XlsRowStream(Path file, Optional<String> sheetName) throws IOException {
        try {
            this.workbook = new HSSFWorkbook(new POIFSFileSystem(file.toFile(), true));
        } catch (IOException | RuntimeException e) {
            throw new FileRefusedException(Messages.get("read.workbook.cause",
                    Messages.get("read.workbook.unreadable_xls"), e.getMessage()), e);
        }
        Sheet sheet = sheetName.map(this::sheetNamed).orElseGet(() -> workbook.getSheetAt(0));
        this.rows = sheet.rowIterator();
        this.date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
        String read = Messages.get("read.workbook.sheet_xls", sheet.getSheetName());
        this.description = date1904 ? Messages.get("read.workbook.dates_1904", read) : read;
        for (Sheet other : workbook) {
            sheets.add(other.getSheetName());
            if (other != sheet) {
                otherSheets.add(other.getSheetName());
            }
        }
    }

    private Sheet sheetNamed(String wanted) {
        List<String> names = new ArrayList<>();
        for (Sheet sheet : workbook) {
            if (HeaderNames.normalize(sheet.getSheetName()).equals(HeaderNames.normalize(wanted))) {
                return sheet;
            }
            names.add(sheet.getSheetName());
        }
        throw new FileRefusedException(Messages.get("read.workbook.no_sheet", wanted, Listing.quoted(names)));
    }

    @Override
    public SourceRow read() {
        if (!rows.hasNext()) {
            return null;
        }
        Row row = rows.next();
        List<String> cells = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        BitSet percent = new BitSet();
        for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
            Cell cell = row.getCell(i);
            CellType type = cell == null ? CellType.BLANK
                    : cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            numeric.add(type == CellType.NUMERIC);
            cells.add(switch (type) {
                case NUMERIC -> number(cell, i, percent);
                case STRING -> cell.getStringCellValue().trim();
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                default -> "";
            });
        }
        return new SourceRow(row.getRowNum() + 1, cells, numeric, percent, Map.of());
    }

    /** The number as the file means it: a percentage as shown, a date in the workbook's date system. */
    private String number(Cell cell, int column, BitSet percent) {
        CellStyle style = cell.getCellStyle();
        CellFormat format = CellFormat.of(style.getDataFormat(), style.getDataFormatString());
        if (format == CellFormat.PERCENT) {
            percent.set(column);
        }
        return format.meaning(CellFormat.plain(BigDecimal.valueOf(cell.getNumericCellValue())), date1904);
    }

    @Override
    public List<String> otherSheets() {
        return otherSheets;
    }

    @Override
    public List<String> sheets() {
        return sheets;
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
