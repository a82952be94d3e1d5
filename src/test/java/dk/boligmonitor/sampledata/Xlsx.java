package dk.boligmonitor.sampledata;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small helpers for the workbooks: typed cells, a bold style, and saving without run-dependent bytes. */
final class Xlsx {
    /** The extraction date printed in the move-out lists; also used as the files' fixed timestamp. */
    static final LocalDateTime EXTRACTED = LocalDateTime.of(2022, 1, 15, 8, 0);

    private Xlsx() {
    }

    static CellStyle bold(XSSFWorkbook wb) {
        Font font = wb.createFont();
        font.setBold(true);
        CellStyle style = wb.createCellStyle();
        style.setFont(font);
        return style;
    }

    static CellStyle format(XSSFWorkbook wb, String pattern) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(pattern));
        return style;
    }

    static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    static Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        return cell;
    }

    static Cell number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    static void header(Row row, CellStyle style, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            text(row, i, titles[i]).setCellStyle(style);
        }
    }

    /**
     * Saves with fixed document and zip-entry timestamps, so regenerating an unchanged workbook leaves the
     * committed file untouched instead of showing a binary diff on every run.
     */
    static void save(XSSFWorkbook wb, Path file) throws IOException {
        Date fixed = Date.from(EXTRACTED.toInstant(ZoneOffset.UTC));
        wb.getProperties().getCoreProperties().setCreated(Optional.of(fixed));
        wb.getProperties().getCoreProperties().setModified(Optional.of(fixed));
        wb.getProperties().getCoreProperties().setCreator("boligmonitor sample data");
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        wb.write(raw);
        wb.close();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
             OutputStream file0 = Files.newOutputStream(file);
             ZipOutputStream out = new ZipOutputStream(file0)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(EXTRACTED);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }
}
