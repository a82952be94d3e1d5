package dk.boligmonitor.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A move-out list in layout B: a workbook with title rows above the header, real dates and amounts. Written
 * with the streaming workbook, which keeps only a window of rows in memory, as a million rows would
 * otherwise need gigabytes of heap.
 */
final class MoveoutWorkbook {

    static final String SHEET = "Fraflytninger";
    private static final int ROWS_IN_MEMORY = 100;

    private MoveoutWorkbook() {
    }

    static void write(Path file, MoveoutGenerator moveouts, int rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
             OutputStream out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet(SHEET);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            sheet.createRow(0).createCell(0).setCellValue(BenchAreas.COMPANY + " – fraflytninger");
            sheet.createRow(1).createCell(0).setCellValue("Syntetiske data til benchmark");
            Row header = sheet.createRow(3);
            String[] names = {"Afd.", "Lejemål", "Fraflyttet", "Årsag", "Tomgang (dage)", "Tab (kr.)"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int i = 0; i < rows; i++) {
                MoveoutGenerator.Moveout m = moveouts.next();
                Row row = sheet.createRow(4 + i);
                row.createCell(0).setCellValue(m.afdeling());
                row.createCell(1).setCellValue(m.tenancy());
                row.createCell(2).setCellValue(m.date());
                row.getCell(2).setCellStyle(date);
                row.createCell(3).setCellValue(m.reason());
                row.createCell(4).setCellValue(m.vacancyDays());
                row.createCell(5).setCellValue(m.lossOere() / 100.0);
                row.getCell(5).setCellStyle(amount);
            }
            workbook.write(out);
        }
    }
}
