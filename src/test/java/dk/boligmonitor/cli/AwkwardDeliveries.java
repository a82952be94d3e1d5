package dk.boligmonitor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sample deliveries as other companies and tools write the same figures: every file keeps its name, its
 * rows and their order, but is written in another encoding, delimiter, number locale, line ending or Excel
 * form. Loaded, each must give exactly what its clean file gives; {@link #write} makes the whole inbox.
 */
final class AwkwardDeliveries {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Excel's 1900 day number of a date less this is its 1904 day number. */
    private static final int DAYS_1900_TO_1904 = 1462;
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private AwkwardDeliveries() {
    }

    /** Every file of {@code clean} into {@code inbox}, each in its awkward form. */
    static void write(Path clean, Path inbox) throws IOException {
        Files.createDirectories(inbox);
        try (Stream<Path> files = Files.list(clean)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().endsWith(".md")).toList()) {
                Path target = inbox.resolve(file.getFileName());
                String name = file.getFileName().toString();
                if (name.startsWith("dst_skole")) {
                    englishLocale(file, target);
                } else if (name.startsWith("dst_noegletal")) {
                    delimited(file, WINDOWS_1252, target, StandardCharsets.UTF_16LE, "\r\n", true,
                            UnaryOperator.identity());
                } else if (name.startsWith("dst_boligomraader")) {
                    // an old Mac line ending, Windows' code page, and the download's last line break lost
                    delimited(file, StandardCharsets.UTF_8, target, WINDOWS_1252, "\r", false,
                            UnaryOperator.identity());
                } else if (name.startsWith("fraflytninger_sab")) {
                    delimited(file, StandardCharsets.UTF_8, target, StandardCharsets.UTF_8, "\n", true,
                            AwkwardDeliveries::quotedWithEmptyLastColumn);
                } else if (name.startsWith("fraflytninger_slagelse")) {
                    excelUnicodeText(file, target);
                } else if (name.startsWith("fraflytninger_fob")) {
                    delimited(file, StandardCharsets.UTF_8, target, StandardCharsets.UTF_8, "\r\n", true,
                            AwkwardDeliveries::isoDatesAndSpacedTenancies);
                } else if (name.startsWith("fraflytninger_boligkorsoer")) {
                    workbook(file, target, AwkwardDeliveries::dates1904);
                } else if (name.startsWith("fraflytninger_skaelskoer")) {
                    workbook(file, target, AwkwardDeliveries::figuresAsText);
                } else if (name.startsWith("lbf_")) {
                    workbook(file, target, AwkwardDeliveries::sharesAsFormulasAndPercentages);
                } else if (name.startsWith("politi_")) {
                    workbook(file, target, AwkwardDeliveries::numbersStoredAsText);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    // delimited files

    /** Lines of a ';'-separated file, without its byte-order mark. */
    private static List<String> lines(Path file, Charset charset) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, charset));
        lines.set(0, lines.get(0).replace("\uFEFF", ""));
        return lines;
    }

    private static void delimited(Path file, Charset from, Path target, Charset to, String lineEnd,
            boolean lastLineEnd, UnaryOperator<String> eachLine) throws IOException {
        List<String> lines = lines(file, from).stream().map(eachLine).toList();
        Files.write(target, (String.join(lineEnd, lines) + (lastLineEnd ? lineEnd : "")).getBytes(to));
    }

    /** An English-locale export: ',' between quoted fields, thousands commas, decimal points. */
    private static void englishLocale(Path file, Path target) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : lines(file, StandardCharsets.UTF_8)) {
            String[] fields = line.split(";", -1);
            String figure = fields[3];
            if (figure.matches("\\d+(,\\d+)?")) {
                BigDecimal number = new BigDecimal(figure.replace(',', '.'));
                fields[3] = String.format(Locale.ENGLISH, number.scale() > 0 ? "%,.1f" : "%,.0f", number);
            }
            out.add("\"" + String.join("\",\"", fields) + "\"");
        }
        Files.write(target, (String.join("\r\n", out) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Excel's "Unicode text": UTF-16 with a byte-order mark, tab-separated. */
    private static void excelUnicodeText(Path file, Path target) throws IOException {
        List<String> out = lines(file, StandardCharsets.UTF_8).stream().map(line -> line.replace(';', '\t')).toList();
        Files.write(target, ("\uFEFF" + String.join("\r\n", out) + "\r\n").getBytes(StandardCharsets.UTF_16LE));
    }

    private static String quotedWithEmptyLastColumn(String line) {
        return "\"" + line.replace(";", "\";\"") + "\";";
    }

    /** Dates as ISO 8601, tenancy numbers padded with a no-break space and without their leading zeros. */
    private static String isoDatesAndSpacedTenancies(String line) {
        String[] fields = line.split(";", -1);
        if (fields[2].matches("\\d{2}-\\d{2}-\\d{4}")) {
            fields[2] = LocalDate.parse(fields[2], DANISH_DATE).toString();
            fields[1] = fields[1].replaceFirst("-0+(\\d)", "-$1") + "\u00A0";
        }
        return String.join(";", fields);
    }

    // workbooks

    private interface Rewrite {
        void apply(XSSFWorkbook workbook);
    }

    private static void workbook(Path file, Path target, Rewrite rewrite) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in);
                OutputStream out = Files.newOutputStream(target)) {
            rewrite.apply(workbook);
            workbook.write(out);
        }
    }

    /** Mac Excel's date system: the same dates, as day numbers counted from 1904. */
    private static void dates1904(XSSFWorkbook workbook) {
        workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
        for (Row row : workbook.getSheetAt(0)) {
            Cell date = row.getCell(2);
            if (date != null && date.getCellType() == CellType.NUMERIC) {
                date.setCellValue(date.getNumericCellValue() - DAYS_1900_TO_1904);
            }
        }
    }

    /** Dates, vacancy days and losses typed in as text, the way a copy from a web page arrives. */
    private static void figuresAsText(XSSFWorkbook workbook) {
        CellStyle text = textStyle(workbook);
        for (Row row : workbook.getSheetAt(0)) {
            Cell date = row.getCell(2);
            if (date == null || date.getCellType() != CellType.NUMERIC) {
                continue;
            }
            String day = date.getLocalDateTimeCellValue().toLocalDate().format(DANISH_DATE);
            asText(date, day, text);
            asText(row.getCell(4), String.valueOf((long) row.getCell(4).getNumericCellValue()), text);
            BigDecimal loss = BigDecimal.valueOf(row.getCell(5).getNumericCellValue())
                    .setScale(2, RoundingMode.HALF_UP);
            asText(row.getCell(5), String.format(new Locale("da", "DK"), "%,.2f", loss), text);
        }
    }

    private static CellStyle textStyle(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat((short) 0x31);  // Excel's built-in "@", text
        return style;
    }

    private static void asText(Cell cell, String text, CellStyle style) {
        cell.setBlank();
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    /**
     * A share's Værdi as Excel users write it: every other one as the formula Tæller/Nævner × 100 with the value
     * Excel calculated for it, the others as a fraction shown with a percent format. (A formula saved without its
     * value is refused, not read: see the bad-input corpus.)
     */
    private static void sharesAsFormulasAndPercentages(XSSFWorkbook workbook) {
        Sheet sheet = workbook.getSheet("Boligsociale data");
        CellStyle percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        boolean formula = true;
        for (Row row : sheet) {
            Cell indicator = row.getCell(1);
            Cell value = row.getCell(5);
            if (indicator == null || !indicator.getStringCellValue().startsWith("Andel") || value == null
                    || value.getCellType() != CellType.NUMERIC || row.getCell(3).getCellType() != CellType.NUMERIC
                    || row.getCell(4).getCellType() != CellType.NUMERIC) {
                continue;
            }
            double shown = value.getNumericCellValue();
            int excelRow = row.getRowNum() + 1;
            if (formula && BigDecimal.valueOf(row.getCell(3).getNumericCellValue() * 100)
                    .divide(BigDecimal.valueOf(row.getCell(4).getNumericCellValue()), 1, RoundingMode.HALF_UP)
                    .compareTo(BigDecimal.valueOf(shown)) == 0) {
                row.removeCell(value);
                Cell calculated = row.createCell(5);
                calculated.setCellFormula("ROUND(D" + excelRow + "/E" + excelRow + "*100,1)");
                workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(calculated);
            } else {
                value.setCellValue(BigDecimal.valueOf(shown).movePointLeft(2).doubleValue());
                value.setCellStyle(percent);
            }
            formula = !formula;
        }
    }

    /** Every count as text, the green-cornered cells of a sheet pasted from another system. */
    private static void numbersStoredAsText(XSSFWorkbook workbook) {
        CellStyle text = textStyle(workbook);
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC) {
                        double number = cell.getNumericCellValue();
                        asText(cell, number == Math.rint(number) ? String.valueOf((long) number)
                                : BigDecimal.valueOf(number).toPlainString().replace('.', ','), text);
                    }
                }
            }
        }
    }
}
