package dk.boligmonitor.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.xml.sax.SAXException;

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
    private int lastRowNo;

    XlsxRowStream(Path file, Optional<String> sheetName) throws IOException {
        try {
            this.workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            // the file starts as a zip (TabularFiles checked), so it is a workbook that was cut off or damaged
            throw refusal("the workbook is damaged or incomplete (cut off in a download or a copy?)", e);
        }
        try {
            XSSFReader reader = new XSSFReader(workbook);
            this.strings = new ReadOnlySharedStringsTable(workbook, false);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            List<String> names = new ArrayList<>();
            InputStream chosen = null;
            String chosenName = null;
            long chosenSize = -1;
            while (sheets.hasNext()) {
                InputStream data = sheets.next();
                String name = sheets.getSheetName();
                names.add(name);
                boolean wanted = sheetName.map(s -> HeaderNames.normalize(s).equals(HeaderNames.normalize(name)))
                        .orElse(chosen == null);
                if (wanted && chosen == null) {
                    chosen = data;
                    chosenName = name;
                    chosenSize = sheets.getSheetPart().getSize();
                } else {
                    data.close();
                }
            }
            if (chosen == null) {
                throw new FileRefusedException("the workbook has no sheet '" + sheetName.orElse("") + "' (sheets: "
                        + names + ")");
            }
            this.sheet = new CountingInputStream(chosen);
            this.sheetSize = chosenSize;
            this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
            this.description = "ark '" + chosenName + "'";
        } catch (OpenXML4JException | SAXException | XMLStreamException | IOException | RuntimeException e) {
            workbook.revert();
            if (e instanceof FileRefusedException refused) {
                throw refused;
            }
            throw refusal("the workbook cannot be read", e);
        }
    }

    @Override
    public SourceRow read() {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                    return row();
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            throw refusal("the sheet breaks off after row " + lastRowNo, e);
        }
    }

    private SourceRow row() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        int rowNo = r == null ? lastRowNo + 1 : Integer.parseInt(r);
        lastRowNo = rowNo;
        List<String> cells = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                String ref = xml.getAttributeValue(null, "r");
                int column = ref == null ? cells.size() : new CellReference(ref).getCol();
                String type = xml.getAttributeValue(null, "t");
                String text = cellText(type);
                while (cells.size() <= column) {
                    cells.add("");
                    numeric.add(false);
                }
                cells.set(column, text);
                numeric.set(column, type == null || type.equals("n"));
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                break;
            }
        }
        return new SourceRow(rowNo, cells, numeric);
    }

    /** Reads to the end of the cell element: a value, a shared-string index, or inline (rich) text runs. */
    private String cellText(String type) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        String value = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> value = xml.getElementText();
                    case "t" -> text.append(xml.getElementText());
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
                break;
            }
        }
        if ("s".equals(type) && value != null) {
            return strings.getItemAt(Integer.parseInt(value.trim())).getString().strip();
        }
        // strip, not trim: trim drops control characters at the ends unseen, where the row must be rejected
        if ("inlineStr".equals(type)) {
            return text.toString().strip();
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
                return new FileRefusedException("refused as a zip bomb: a part of the workbook would expand more"
                        + " than " + Math.round(1 / MIN_INFLATE_RATIO) + " times its packed size", e);
            }
            if (cause.getMessage() != null) {
                innermost = cause;
            }
        }
        return new FileRefusedException(what + ": " + innermost.getMessage(), e);
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
