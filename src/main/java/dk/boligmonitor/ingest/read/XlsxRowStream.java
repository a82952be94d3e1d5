package dk.boligmonitor.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.SAXException;

import dk.boligmonitor.format.Messages;

/**
 * One sheet of an .xlsx workbook, pulled row by row from the sheet's XML. The workbook is never built in
 * memory (a 13 MB workbook can take 1.5 GB as XSSFWorkbook); only the shared strings are held.
 */
final class XlsxRowStream implements RowStream {

    /**
     * POI refuses parts that inflate more than 100 times (ratio 0.01), but honest workbooks have styles parts
     * at 0.0074. Deflate cannot do much better than 1:1000, so 0.002 still stops a real bomb.
     */
    static final double MIN_INFLATE_RATIO = 0.002;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

    private final OPCPackage workbook;
    private final CountingInputStream sheet;
    private final long sheetSize;
    private final XMLStreamReader xml;
    private final ReadOnlySharedStringsTable strings;
    private final String description;
    private final List<String> otherSheets = new ArrayList<>();
    private final List<String> sheets = new ArrayList<>();
    /** Excel's 1904 date system (Mac, old templates): day 0 is 1 January 1904, so a day number means another date. */
    private final boolean date1904;
    /** What each cell style's number format does to a number; styles are few, cells many. */
    private final CellFormat[] formats;
    private int lastRowNo;
    private int formulasWithValue;
    private int formulasWithoutValue;

    XlsxRowStream(Path file, Optional<String> sheetName) throws IOException {
        try {
            this.workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            // the file starts as a zip (TabularFiles checked), so it is a workbook that was cut off or damaged
            throw refusal(Messages.get("read.workbook.damaged"), e);
        }
        try {
            XSSFReader reader = new XSSFReader(workbook);
            this.strings = new ReadOnlySharedStringsTable(workbook, false);
            this.date1904 = usesDate1904(reader);
            this.formats = formats(reader.getStylesTable());
            XSSFReader.SheetIterator parts = reader.getSheetIterator();
            List<String> names = sheets;
            InputStream chosen = null;
            String chosenName = null;
            long chosenSize = -1;
            while (parts.hasNext()) {
                InputStream data = parts.next();
                String name = parts.getSheetName();
                names.add(name);
                boolean wanted = sheetName.map(s -> HeaderNames.normalize(s).equals(HeaderNames.normalize(name)))
                        .orElse(chosen == null);
                if (wanted && chosen == null) {
                    chosen = data;
                    chosenName = name;
                    chosenSize = parts.getSheetPart().getSize();
                } else {
                    otherSheets.add(name);
                    data.close();
                }
            }
            if (chosen == null) {
                throw new FileRefusedException(Messages.get("read.workbook.no_sheet", sheetName.orElse(""),
                        Listing.quoted(names)));
            }
            this.sheet = new CountingInputStream(chosen);
            this.sheetSize = chosenSize;
            this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
            String read = Messages.get("read.workbook.sheet", chosenName);
            this.description = date1904 ? Messages.get("read.workbook.dates_1904", read) : read;
        } catch (OpenXML4JException | SAXException | XMLStreamException | IOException | RuntimeException e) {
            workbook.revert();
            if (e instanceof FileRefusedException refused) {
                throw refused;
            }
            throw refusal(Messages.get("read.workbook.unreadable"), e);
        }
    }

    /** workbook.xml's workbookPr/@date1904, "1" or "true" where the workbook counts its days from 1904. */
    private static boolean usesDate1904(XSSFReader reader) throws IOException, OpenXML4JException,
            XMLStreamException {
        try (InputStream data = reader.getWorkbookData()) {
            XMLStreamReader part = XMLHelper.newXMLInputFactory().createXMLStreamReader(data);
            try {
                while (part.hasNext()) {
                    if (part.next() == XMLStreamConstants.START_ELEMENT) {
                        switch (part.getLocalName()) {
                            case "workbookPr" -> {
                                String flag = part.getAttributeValue(null, "date1904");
                                return "1".equals(flag) || "true".equalsIgnoreCase(flag);
                            }
                            case "sheets" -> {
                                return false;
                            }
                            default -> { }
                        }
                    }
                }
                return false;
            } finally {
                part.close();
            }
        }
    }

    private static CellFormat[] formats(StylesTable styles) {
        if (styles == null) {
            return new CellFormat[0];
        }
        Map<Short, CellFormat> byFormat = new HashMap<>();
        CellFormat[] formats = new CellFormat[styles.getNumCellStyles()];
        for (int i = 0; i < formats.length; i++) {
            XSSFCellStyle style = styles.getStyleAt(i);
            formats[i] = style == null ? CellFormat.PLAIN : byFormat.computeIfAbsent(style.getDataFormat(),
                    index -> CellFormat.of(index, style.getDataFormatString()));
        }
        return formats;
    }

    @Override
    public SourceRow read() {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                    return row();
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw refusal(Messages.get("read.workbook.breaks_off", lastRowNo), e);
        }
        if (formulasWithoutValue > 0 && formulasWithValue == 0) {
            throw new FileRefusedException(Messages.get("read.workbook.formulas_without_value", formulasWithoutValue));
        }
        return null;
    }

    @Override
    public List<String> otherSheets() {
        return otherSheets;
    }

    @Override
    public List<String> sheets() {
        return sheets;
    }

    private SourceRow row() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        int rowNo = r == null ? lastRowNo + 1 : Integer.parseInt(r);
        lastRowNo = rowNo;
        List<String> cells = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        BitSet percent = null;
        Map<Integer, String> unreadable = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                String ref = xml.getAttributeValue(null, "r");
                int column = ref == null ? cells.size() : new CellReference(ref).getCol();
                String type = xml.getAttributeValue(null, "t");
                String style = xml.getAttributeValue(null, "s");
                Cell cell = cell(type);
                while (cells.size() <= column) {
                    cells.add("");
                    numeric.add(false);
                }
                boolean isNumber = (type == null || type.equals("n")) && !cell.text().isEmpty();
                CellFormat format = isNumber ? format(style) : CellFormat.PLAIN;
                cells.set(column, format.meaning(cell.text(), date1904));
                numeric.set(column, type == null || type.equals("n"));
                if (format == CellFormat.PERCENT) {
                    percent = percent == null ? new BitSet() : percent;
                    percent.set(column);
                }
                if (cell.formula() != null) {
                    if (cell.hasValue()) {
                        formulasWithValue++;
                    } else {
                        formulasWithoutValue++;
                        unreadable = unreadable == null ? new HashMap<>() : unreadable;
                        String where = new CellReference(rowNo - 1, column).formatAsString();
                        unreadable.put(column, cell.formula().isEmpty()
                                ? Messages.get("read.cell.formula_without_value", where)
                                : Messages.get("read.cell.formula_without_value.shown", where, cell.formula()));
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                break;
            }
        }
        return percent == null && unreadable == null ? new SourceRow(rowNo, cells, numeric)
                : new SourceRow(rowNo, cells, numeric, percent == null ? new BitSet() : percent,
                        unreadable == null ? Map.of() : unreadable);
    }

    private CellFormat format(String style) {
        int index = style == null ? 0 : Integer.parseInt(style);
        return index < formats.length ? formats[index] : CellFormat.PLAIN;
    }

    /** A cell as the sheet holds it: its text, its formula if it has one (null if not), and whether it has a value. */
    private record Cell(String text, String formula, boolean hasValue) {
    }

    /** Reads to the end of the cell element: a value, a shared-string index, or inline (rich) text runs. */
    private Cell cell(String type) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        String value = null;
        String formula = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> value = xml.getElementText();
                    case "t" -> text.append(xml.getElementText());
                    case "f" -> formula = xml.getElementText().trim();
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
                break;
            }
        }
        return new Cell(cellText(type, value, text), formula, value != null || "inlineStr".equals(type));
    }

    private String cellText(String type, String value, StringBuilder text) {
        if ("s".equals(type) && value != null) {
            return strings.getItemAt(Integer.parseInt(value.trim())).getString().strip();
        }
        // strip, not trim: trim drops control characters at the ends unseen, where the row must be rejected
        if ("inlineStr".equals(type)) {
            return text.toString().strip();
        }
        if ("b".equals(type) && value != null) {
            // TRUE is stored as 1: as text "1" it would pass for the number 1; .xls gives "true" too
            return String.valueOf(value.strip().equals("1"));
        }
        return value == null ? "" : value.strip();
    }

    /**
     * A zip bomb gets its own message: the file is not damaged, it is dangerous. Otherwise the innermost cause
     * says what is wrong ("Truncated ZIP file"); the wrappers around it only repeat the file's path.
     */
    private static FileRefusedException refusal(String what, Throwable e) {
        Throwable innermost = e;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("Zip bomb")) {
                return new FileRefusedException(Messages.get("read.workbook.zip_bomb",
                        Math.round(1 / MIN_INFLATE_RATIO)), e);
            }
            if (cause.getMessage() != null) {
                innermost = cause;
            }
        }
        return new FileRefusedException(Messages.get("read.workbook.cause", what, innermost.getMessage()), e);
    }

    /** The share of the sheet's unpacked XML parsed, as the zip entry gives its size; the parser reads ahead a little. */
    @Override
    public double shareRead() {
        return sheetSize <= 0 ? Double.NaN : Math.min(1, (double) sheet.count() / sheetSize);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing a read-only stream cannot lose anything
        }
        sheet.close();
        workbook.revert();
    }
}
