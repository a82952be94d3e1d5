package dk.boligmonitor.ingest.badinput;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import dk.boligmonitor.ingest.read.Identifiers;

/**
 * Delimited text files that today's readers would read wrong without a word: numbers written in another
 * locale, downloads cut off, encodings and delimiters that fool a guess from the first line, and control
 * characters inside values. Each is meant to load right, lose its row or be refused, as expected.csv says.
 */
public final class CsvCorpus {

    static final List<String> VESTEGNEN_SCHOOL = List.of("Værebro Park", "Hedeparken", "Elementparken", "Gladsaxe",
            "Ballerup", "Herlev");
    /** The units of the English-locale school file whose absence has decimals (the rest are whole numbers). */
    static final List<String> WITH_DECIMALS = List.of("Herlev");

    /** The loading move-out fixtures and the clean list each is made from. */
    private static final Map<String, Moveouts> CLEAN_MOVEOUTS = Map.of(
            "fraflytninger_sab_2013_kommaer_i_aarsag.csv", new Moveouts(213, 2013, 30),
            "fraflytninger_sab_2018_tom_kolonne_uden_sidste_linjeskift.csv", new Moveouts(218, 2018, 20),
            "fraflytninger_sab_2021_kun_cr.csv", new Moveouts(221, 2021, 20),
            "fraflytninger_sab_2015_citat_midt_i_felt.csv", new Moveouts(315, 2015, 20));
    /** The reason of row 5 of the file with quotes inside an unquoted value, kept as written. */
    private static final String QUOTES_INSIDE = "Opsagt \"misligholdelse\" af lejer";

    /** A clean SAB list (afdeling 7) from a fixed seed. */
    record Moveouts(long seed, int year, int count) {

        List<String> lines() {
            return BadInputCorpus.moveouts(new Random(seed), new int[] {7}, year, count);
        }
    }

    private final Path dir;

    private CsvCorpus(Path dir) {
        this.dir = dir;
    }

    static void write(Path dir) throws IOException {
        CsvCorpus corpus = new CsvCorpus(dir);
        corpus.numberLocales();
        corpus.cutOff();
        corpus.encodingsAndDelimiters();
        corpus.controlCharacters();
        corpus.awkwardLayouts();
    }

    /** Pupils in a school unit: above a thousand, so an English "1,398" could be read as a Danish 1,398. */
    static long pupils(String unit, int year) {
        return (unit.length() > 8 ? 1_000 : 6_000) + unit.length() * 37 + (year - 2019) * 11;
    }

    /** Absence in per cent, in tenths: most units whole, those of {@link #WITH_DECIMALS} with a decimal. */
    static long absenceTenths(String unit) {
        return (5 + unit.length() % 4) * 10L + (WITH_DECIMALS.contains(unit) ? 1 + unit.length() % 9 : 0);
    }

    // 1. numbers in another locale

    private void numberLocales() throws IOException {
        // an English-locale export: comma-separated and quoted, thousands comma, decimal point
        text("dst_skole_2019_vestegnen_engelsk_talformat.csv", StandardCharsets.UTF_8, school(2019, true));
        // only "1,398"-like figures and whole numbers: either reading fits every value
        List<String> ambiguous = new ArrayList<>(List.of(quoted("OMRÅDE", "NØGLETAL", "TID", "INDHOLD")));
        for (String unit : VESTEGNEN_SCHOOL) {
            ambiguous.add(quoted(unit, "Elever i alt", "2020", english(pupils(unit, 2020) * 10)));
        }
        text("dst_skole_2020_vestegnen_tvetydige_tal.csv", StandardCharsets.UTF_8, ambiguous);
        // a Danish file with one figure pasted in from an English sheet: "6.2" fits no Danish reading
        List<String> mixed = new ArrayList<>(List.of(BadInputCorpus.DST_HEADER));
        for (String unit : BadInputCorpus.SLAGELSE) {
            mixed.add(unit + ";Elever i alt;2021;" + danish(pupils(unit, 2021) * 10));
            String absence = unit.equals("Sydbyen") ? "6.2" : danish(absenceTenths(unit) + 3);
            mixed.add(unit + ";Fravær i pct.;2021;" + absence);
        }
        text("dst_skole_2021_blandede_talformater.csv", StandardCharsets.UTF_8, mixed);
    }

    /** The school figures of VESTEGNEN, comma-separated and quoted, in English or Danish number format. */
    static List<String> school(int year, boolean english) {
        List<String> lines = new ArrayList<>(List.of(quoted("OMRÅDE", "NØGLETAL", "TID", "INDHOLD")));
        for (String unit : VESTEGNEN_SCHOOL) {
            long pupils = pupils(unit, year) * 10;
            lines.add(quoted(unit, "Elever i alt", String.valueOf(year), english ? english(pupils) : danish(pupils)));
            long absence = absenceTenths(unit);
            lines.add(quoted(unit, "Fravær i pct.", String.valueOf(year),
                    english ? english(absence) : danish(absence)));
        }
        return lines;
    }

    /** Tenths as an English-locale figure: "1,398" for 13980, "5.8" for 58, "7" for 70. */
    static String english(long tenths) {
        String whole = String.format(Locale.ENGLISH, "%,d", tenths / 10);
        return tenths % 10 == 0 ? whole : whole + "." + tenths % 10;
    }

    static String danish(long tenths) {
        return english(tenths).replace(',', ' ').replace('.', ',').replace(' ', '.');
    }

    private static String quoted(String... fields) {
        return "\"" + String.join("\",\"", fields) + "\"";
    }

    // 2. files cut off

    private void cutOff() throws IOException {
        // an interrupted download: the last row stops in its date, without a line break
        List<String> cut = BadInputCorpus.moveouts(new Random(219), new int[] {23, 24}, 2019, 30);
        String last = cut.remove(cut.size() - 1);
        bytes("fraflytninger_fob_2019_afbrudt_download.csv", (lines(cut) + last.substring(0, last.indexOf(';',
                last.indexOf(';') + 1) + 4)).getBytes(StandardCharsets.UTF_8));
        // stopped inside a quoted reason
        List<String> quote = BadInputCorpus.moveouts(new Random(215), new int[] {7}, 2015, 20);
        String lastQuoted = setField(quote.remove(quote.size() - 1), 3, "\"Flyttet til anden almen bolig\"");
        bytes("fraflytninger_sab_2015_afbrudt_i_citat.csv", (lines(quote)
                + lastQuoted.substring(0, lastQuoted.indexOf("almen"))).getBytes(StandardCharsets.UTF_8));
    }

    // 3. encodings and delimiters

    private void encodingsAndDelimiters() throws IOException {
        // Excel's "Unicode text" as some systems write it: UTF-16 little-endian, no byte-order mark
        text("dst_afgoerelser_2017_vestegnen_utf16_uden_bom.txt", StandardCharsets.UTF_16LE,
                BadInputCorpus.dst(BadInputCorpus.VESTEGNEN, 2017).stream().map(l -> l.replace(';', '\t')).toList());
        // a ';' file whose first rows hold reasons with more commas than the header has semicolons
        List<String> commas = CLEAN_MOVEOUTS.get("fraflytninger_sab_2013_kommaer_i_aarsag.csv").lines();
        for (int row = 1; row <= 12; row++) {
            commas.set(row, setField(commas.get(row), 3, "Flyttet, til, anden, almen, bolig, i, kommunen, efter, "
                    + "aftale, med, afdelingen"));
        }
        text("fraflytninger_sab_2013_kommaer_i_aarsag.csv", StandardCharsets.UTF_8, commas);
    }

    // 4. control characters in values

    private void controlCharacters() throws IOException {
        List<String> nul = BadInputCorpus.moveouts(new Random(214), new int[] {7}, 2014, 20);
        nul.set(5, setField(nul.get(5), 3, "Købt\u0000ejerbolig"));
        nul.set(9, setField(nul.get(9), 1, "7-0073\u001A"));
        text("fraflytninger_sab_2014_nul_i_aarsag.csv", StandardCharsets.UTF_8, nul);

        // the same in a workbook's text cell (stored as _x0000_ in the shared strings), at the end of the text
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Fraflytninger");
        Row header = sheet.createRow(0);
        for (int i = 0; i < BadInputCorpus.MOVEOUT_XLSX_HEADER.size(); i++) {
            header.createCell(i).setCellValue(BadInputCorpus.MOVEOUT_XLSX_HEADER.get(i));
        }
        for (int i = 1; i <= 20; i++) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(15);
            row.createCell(1).setCellValue(String.format("15-%04d", 10 + i * 7));
            row.createCell(2).setCellValue(String.format("%02d-%02d-2016", 1 + i % 28, 1 + i % 12));
            row.createCell(3).setCellValue(i == 5 ? "Købt ejerbolig_x0000_" : "Andet");
            row.createCell(4).setCellValue(i % 30);
            row.createCell(5).setCellValue(0);
        }
        bytes("fraflytninger_boligkorsoer_2016_nul_i_tekst.xlsx", BadInputCorpus.save(workbook));
    }

    // more of the kind: a header with an empty last column, and no line break after a complete last row

    private void awkwardLayouts() throws IOException {
        List<String> trailing = CLEAN_MOVEOUTS.get("fraflytninger_sab_2018_tom_kolonne_uden_sidste_linjeskift.csv")
                .lines();
        trailing.set(0, trailing.get(0) + ";");
        String lastRow = trailing.remove(trailing.size() - 1);
        bytes("fraflytninger_sab_2018_tom_kolonne_uden_sidste_linjeskift.csv",
                (lines(trailing) + lastRow).getBytes(StandardCharsets.UTF_8));
        // an old Mac export: lines end in CR alone
        List<String> crOnly = CLEAN_MOVEOUTS.get("fraflytninger_sab_2021_kun_cr.csv").lines();
        bytes("fraflytninger_sab_2021_kun_cr.csv",
                lines(crOnly).replace("\r\n", "\r").getBytes(StandardCharsets.UTF_8));
        // quotes inside an unquoted value are part of it; only a value that starts with one is quoted
        List<String> quotes = CLEAN_MOVEOUTS.get("fraflytninger_sab_2015_citat_midt_i_felt.csv").lines();
        quotes.set(4, setField(quotes.get(4), 3, QUOTES_INSIDE));
        text("fraflytninger_sab_2015_citat_midt_i_felt.csv", StandardCharsets.UTF_8, quotes);
    }

    /**
     * What the clean file behind a fixture that loads holds, row by row, for comparing with what was stored: the
     * figure of each DST row, or "tenancy|vacancy days|loss" of each move-out, numbers in plain notation.
     */
    public static List<String> cleanFigures(String file) {
        return switch (file) {
            case "dst_skole_2019_vestegnen_engelsk_talformat.csv" -> VESTEGNEN_SCHOOL.stream()
                    .flatMap(unit -> Stream.of(pupils(unit, 2019) * 10, absenceTenths(unit)))
                    .map(tenths -> BigDecimal.valueOf(tenths, 1).stripTrailingZeros().toPlainString()).toList();
            case "dst_afgoerelser_2017_vestegnen_utf16_uden_bom.txt" -> BadInputCorpus.dst(BadInputCorpus.VESTEGNEN,
                    2017).stream().skip(1).map(line -> plain(line.substring(line.lastIndexOf(';') + 1))).toList();
            default -> CLEAN_MOVEOUTS.get(file).lines().stream().skip(1).map(line -> {
                String[] f = line.split(";", -1);
                // tenancy numbers are stored in their one spelling ("23-0186" as "23-186")
                return Identifiers.normalize(f[1]) + "|" + plain(f[4]) + "|" + plain(f[5]);
            }).toList();
        };
    }

    /** A Danish figure ("1.234,5") in plain notation ("1234.5"). */
    public static String plain(String danish) {
        return new BigDecimal(danish.replace(".", "").replace(',', '.')).stripTrailingZeros().toPlainString();
    }

    private static String setField(String line, int field, String value) {
        String[] fields = line.split(";", -1);
        fields[field] = value;
        return String.join(";", fields);
    }

    private void text(String name, Charset charset, List<String> lines) throws IOException {
        bytes(name, lines(lines).getBytes(charset));
    }

    private static String lines(List<String> lines) {
        return String.join("", lines.stream().map(line -> line + "\r\n").toList());
    }

    private void bytes(String name, byte[] content) throws IOException {
        Files.write(dir.resolve(name), content);
    }
}
