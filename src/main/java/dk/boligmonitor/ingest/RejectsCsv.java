package dk.boligmonitor.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import dk.boligmonitor.format.Messages;
import dk.boligmonitor.format.SpreadsheetText;
import dk.boligmonitor.ingest.LoadHistory.RejectedRow;

/**
 * Rejected rows as a CSV file that Danish Excel opens by a double click: UTF-8 with a byte order mark (without
 * it Excel reads æøå as Windows-1252) and ';' between fields (Danish Excel's list separator, as the comma is
 * the decimal sign). The values come from files sent in from outside, so a cell Excel would run as a formula
 * gets a leading apostrophe and is shown as text. The sheet is empty but for files read from several sheets.
 */
public final class RejectsCsv {

    public static final String FILE_NAME = "afviste-raekker.csv";
    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').get();

    private RejectsCsv() {
    }

    public static Path write(Path folder, List<RejectedRow> rows) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE_NAME);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(writer, rows);
        }
        return file;
    }

    /** The file's content, for a mail's attachment. */
    public static byte[] bytes(List<RejectedRow> rows) throws IOException {
        StringWriter text = new StringWriter();
        write(text, rows);
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same CSV to a writer that encodes UTF-8 (a download); the writer is flushed, and left open. */
    public static void write(Writer writer, List<RejectedRow> rows) throws IOException {
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, FORMAT);
        // the same headings as the terminal's table
        csv.printRecord((Object[]) Messages.get("ingest.rejects.headings").split("\\|"));
        for (RejectedRow row : rows) {
            csv.printRecord(cell(row.fileName()), cell(row.sheet()), row.rowNo(), cell(row.columnName()),
                    cell(row.cellValue()), cell(row.reason()));
        }
        csv.flush();
    }

    private static String cell(String value) {
        return SpreadsheetText.defused(value);
    }
}
