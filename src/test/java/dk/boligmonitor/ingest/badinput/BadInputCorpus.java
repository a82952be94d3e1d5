package dk.boligmonitor.ingest.badinput;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the bad-input corpus: files as a data officer really receives them, broken or merely awkward, each
 * meant to be refused whole, loaded with some rows rejected, or loaded as it is (see expected.csv next to
 * them). The output is the same on every run (fixed seeds and timestamps), so the committed files are the
 * generated ones; run main to write them again after a change here.
 */
public final class BadInputCorpus {

    static final Path FOLDER = Path.of("src/test/resources/bad-input");

    /** What the zip bomb's sheet inflates to: about 300 MB from some 300 KB, well over 500 times. */
    static final long BOMB_INFLATED_BYTES = 300L << 20;
    /** Elements in the honest workbook's styles part: cell formats piled up by years of copy and paste. */
    static final int HONEST_STYLE_FORMATS = 12_000;
    /** The single-line file: DST rows whose line breaks were lost, about 10 MB. */
    static final int SINGLE_LINE_BYTES = 10 << 20;

    static final String DST_HEADER = "OMRÅDE;NØGLETAL;TID;INDHOLD";
    static final List<String> SLAGELSE = List.of("Motalavej", "Ringparken og Schackenborgvænge", "Sydbyen",
            "Skælskør", "Slagelse", "Hele landet");
    static final List<String> VESTEGNEN = List.of("Værebro Park", "Hedeparken", "Elementparken", "Gladsaxe",
            "Ballerup", "Herlev");
    static final String VERDICTS = "Kriminalretlige afgørelser";
    static final String RESIDENTS = "Beboere";
    static final String MOVEOUT_HEADER = "Afdeling;Lejemålsnr.;Fraflytningsdato;Fraflytningsårsag;Tomgangsdage;"
            + "Tab ved fraflytning (kr.)";
    static final List<String> MOVEOUT_XLSX_HEADER = List.of("Afd.", "Lejemål", "Fraflyttet", "Årsag",
            "Tomgang (dage)", "Tab (kr.)");
    static final String FORMULA_INJECTION = "=cmd|' /C calc'!A0";
    /** CPR numbers in the corpus (invented, but with real dates): none of them may reach the database. */
    public static final List<String> CPR_NUMBERS = List.of("070385-1234", "1203451234", "120345-1234", "2911674321",
            "0101801111", "150262-2468");

    private static final LocalDateTime STAMP = LocalDateTime.of(2022, 3, 1, 9, 0);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final List<String> REASONS = List.of("Flyttet til anden almen bolig", "Købt ejerbolig",
            "Flyttet til privat udlejning", "Plejebolig", "Dødsfald", "Flyttet ud af kommunen", "Andet");

    private final Path dir;

    private BadInputCorpus(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws IOException {
        write(args.length > 0 ? Path.of(args[0]) : FOLDER);
    }

    public static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        new BadInputCorpus(dir).writeAll();
    }

    private void writeAll() throws IOException {
        dstFiles();
        wideAndQuarterlyFiles();
        schoolFiles();
        moveoutCsvFiles();
        personalDataFiles();
        moveoutWorkbooks();
        otherWorkbooks();
        ExcelCorpus.write(dir);
        HeaderCorpus.write(dir);
        MoveoutCorpus.write(dir);
        text("ukendt_udtraek_2021.csv", StandardCharsets.UTF_8, List.of("Nøgletal;År;Værdi", "Beboere;2021;12"));
        CsvCorpus.write(dir);
    }

    // DST, long layout: OMRÅDE;NØGLETAL;TID;INDHOLD, one file per year so no file repeats another's figures

    private void dstFiles() throws IOException {
        text("dst_afgoerelser_2013_windows-1252.csv", WINDOWS_1252, dst(SLAGELSE, 2013));
        textWithBom("dst_afgoerelser_2014_utf8-bom.csv", StandardCharsets.UTF_8, dst(SLAGELSE, 2014),
                (byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        text("dst_afgoerelser_2015_komma.csv", StandardCharsets.UTF_8,
                dst(SLAGELSE, 2015).stream().map(line -> line.replace(';', ',')).toList());
        text("dst_afgoerelser_2016_tab.txt", StandardCharsets.UTF_8,
                dst(SLAGELSE, 2016).stream().map(line -> line.replace(';', '\t')).toList());

        List<String> confidential = dst(SLAGELSE, 2017);
        replaceValue(confidential, "Skælskør;" + VERDICTS, "..");
        replaceValue(confidential, "Sydbyen;" + RESIDENTS, "");
        text("dst_afgoerelser_2017_fortrolig_og_tom.csv", StandardCharsets.UTF_8, confidential);

        List<String> unknown = dst(both(), 2018);
        unknown.add(5, "Motalavej Nord;" + VERDICTS + ";2018;12");
        unknown.add("I alt;" + VERDICTS + ";2018;431");
        text("dst_afgoerelser_2018_ukendte_omraader.csv", StandardCharsets.UTF_8, unknown);

        List<String> duplicate = dst(both(), 2019);
        duplicate.add(duplicate.get(1));
        text("dst_afgoerelser_2019_dublet.csv", StandardCharsets.UTF_8, duplicate);

        List<String> negative = dst(both(), 2020);
        replaceValue(negative, "Sydbyen;" + VERDICTS, "-3");
        text("dst_afgoerelser_2020_negativ.csv", StandardCharsets.UTF_8, negative);

        List<String> injected = dst(both(), 2021);
        replaceValue(injected, "Motalavej;" + RESIDENTS, FORMULA_INJECTION);
        replaceValue(injected, "Hedeparken;" + VERDICTS, "@SUM(1+9)*cmd|' /C calc'!A0");
        text("dst_afgoerelser_2021_formelinjektion.csv", StandardCharsets.UTF_8, injected);

        List<String> typo = dst(VESTEGNEN, 2013);
        typo.add("Værebro Park;" + RESIDENTS + ";2031;2710");
        text("dst_afgoerelser_2013_vestegnen_aarstal_2031.csv", StandardCharsets.UTF_8, typo);

        List<String> tooLarge = dst(VESTEGNEN, 2014);
        replaceValue(tooLarge, "Gladsaxe;" + RESIDENTS, "58.221.340.000.000.000");
        text("dst_afgoerelser_2014_vestegnen_kaempetal.csv", StandardCharsets.UTF_8, tooLarge);

        // Excel's "Unicode text": UTF-16 little-endian with a byte-order mark, tab-separated
        textWithBom("dst_afgoerelser_2015_vestegnen_unicode-tekst.txt", StandardCharsets.UTF_16LE,
                dst(VESTEGNEN, 2015).stream().map(line -> line.replace(';', '\t')).toList(), (byte) 0xFF, (byte) 0xFE);

        List<String> quarters = new ArrayList<>(List.of(DST_HEADER));
        for (String unit : SLAGELSE) {
            for (int q = 1; q <= 4; q++) {
                quarters.add(unit + ";" + VERDICTS + ";2019K" + q + ";" + (5 + q + unit.length() % 7));
            }
        }
        text("dst_afgoerelser_2019_kvartaler.csv", StandardCharsets.UTF_8, quarters);

        // the line breaks were lost on the way: every row runs into the next, about 10 MB on one line
        StringBuilder oneLine = new StringBuilder(SINGLE_LINE_BYTES + 100);
        List<String> rows = dst(both(), 2016);
        oneLine.append(rows.get(0));
        for (int i = 1; oneLine.length() < SINGLE_LINE_BYTES; i++) {
            oneLine.append(rows.get(1 + i % (rows.size() - 1)));
        }
        bytes("dst_afgoerelser_2016_uden_linjeskift.csv", oneLine.toString().getBytes(StandardCharsets.UTF_8));

        // a UTF-8 export with rows from a Windows-1252 export pasted below it
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        List<String> utf8Part = dst(SLAGELSE, 2017);
        List<String> ansiPart = dst(VESTEGNEN, 2017);
        mixed.writeBytes(lines(utf8Part).getBytes(StandardCharsets.UTF_8));
        mixed.writeBytes(lines(ansiPart.subList(1, ansiPart.size())).getBytes(WINDOWS_1252));
        bytes("dst_afgoerelser_2017_blandet_tegnsaet.csv", mixed.toByteArray());

        // a CSV saved under the name .xlsx, because the mapping asked for a workbook
        text("dst_afgoerelser_2018_csv_omdoebt.xlsx", StandardCharsets.UTF_8, dst(SLAGELSE, 2018));
    }

    private static List<String> both() {
        return Stream.concat(SLAGELSE.stream(), VESTEGNEN.stream()).toList();
    }

    /** Verdicts and residents per unit, as DST writes them: plain integers, no thousands separator. */
    static List<String> dst(List<String> units, int year) {
        List<String> lines = new ArrayList<>(List.of(DST_HEADER));
        for (String unit : units) {
            lines.add(unit + ";" + VERDICTS + ";" + year + ";" + verdicts(unit, year));
            lines.add(unit + ";" + RESIDENTS + ";" + year + ";" + residents(unit, year));
        }
        return lines;
    }

    static long verdicts(String unit, int year) {
        return residents(unit, year) * (12 + Math.abs(unit.hashCode() + year) % 30) / 1000;
    }

    static long residents(String unit, int year) {
        long base = switch (unit) {
            case "Hele landet" -> 5_700_000;
            case "Slagelse", "Gladsaxe", "Ballerup", "Herlev" -> 28_000 + unit.length() * 6_100;
            default -> 1_300 + unit.length() * 97;
        };
        return base + (year - 2013) * (base / 400);
    }

    private static void replaceValue(List<String> lines, String startOfLine, String value) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(startOfLine + ";")) {
                lines.set(i, lines.get(i).substring(0, lines.get(i).lastIndexOf(';') + 1) + value);
                return;
            }
        }
        throw new IllegalArgumentException("no line starts with " + startOfLine);
    }

    // DST with time as columns: years (some before the programmes) and quarters

    private void wideAndQuarterlyFiles() throws IOException {
        List<String> wide = new ArrayList<>(List.of(
                "Kriminalretlige afgørelser og beboere efter område, nøgletal og tid", "",
                "OMRÅDE;NØGLETAL;" + String.join(";", range(2008, 2021, String::valueOf))));
        for (String unit : SLAGELSE) {
            for (String measure : List.of(VERDICTS, RESIDENTS)) {
                List<String> values = range(2008, 2021, year -> String.valueOf(measure.equals(VERDICTS)
                        ? verdicts(unit, year) : residents(unit, year)));
                wide.add(unit + ";" + measure + ";" + String.join(";", values));
            }
        }
        text("dst_bred_afgoerelser_2008-2021.csv", WINDOWS_1252, wide);

        List<String> quarterColumns = new ArrayList<>(List.of(
                "OMRÅDE;NØGLETAL;2019K1;2019K2;2019K3;2019K4"));
        for (String unit : SLAGELSE) {
            quarterColumns.add(unit + ";" + VERDICTS + ";4;6;5;7");
            quarterColumns.add(unit + ";" + RESIDENTS + ";1800;1810;1795;1802");
        }
        text("dst_bred_afgoerelser_2019_kvartaler.csv", StandardCharsets.UTF_8, quarterColumns);

        List<String> reported = new ArrayList<>(List.of("Anmeldte forbrydelser efter område, overtrædelsens art og tid",
                "OMRÅDE;OVERTRÆDELSENS ART;"
                        + String.join(";", range(1, 8, i -> (2019 + (i - 1) / 4) + "K" + (1 + (i - 1) % 4)))));
        for (String unit : SLAGELSE) {
            for (String offence : List.of("Hærværk", "Brandstiftelse")) {
                int base = offence.equals("Hærværk") ? 6 + unit.length() % 5 : 1 + unit.length() % 3;
                reported.add(unit + ";" + offence + ";"
                        + String.join(";", range(1, 8, i -> String.valueOf(base + i % 3))));
            }
        }
        text("dst_anmeldelser_kvartal_2019-2020.csv", StandardCharsets.UTF_8, reported);
    }

    private static List<String> range(int from, int to, IntFunction<String> each) {
        List<String> values = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            values.add(each.apply(i));
        }
        return values;
    }

    // DST school figures: decimal comma and thousands separators

    private void schoolFiles() throws IOException {
        List<String> school = new ArrayList<>(List.of(DST_HEADER));
        for (String unit : SLAGELSE) {
            String pupils = switch (unit) {
                case "Slagelse" -> "6.025";
                case "Hele landet" -> "612.345";
                default -> String.valueOf(180 + unit.length() * 11);
            };
            school.add(unit + ";Elever i alt;2019;" + pupils);
            school.add(unit + ";Fravær i pct.;2019;" + (5 + unit.length() % 4) + "," + (unit.length() % 10));
        }
        text("dst_skole_2019_tusindtalsseparator.csv", StandardCharsets.UTF_8, school);

        // saved as comma-separated with Danish decimal commas left unquoted: "5,8" becomes two values
        List<String> commas = new ArrayList<>(List.of(DST_HEADER.replace(';', ',')));
        for (String unit : SLAGELSE) {
            commas.add(unit + ",Elever i alt,2020," + (190 + unit.length() * 11));
            commas.add(unit + ",Fravær i pct.,2020," + (5 + unit.length() % 4) + "," + (1 + unit.length() % 9));
        }
        text("dst_skole_2020_komma_og_decimalkomma.csv", StandardCharsets.UTF_8, commas);
    }

    // Move-out lists as CSV (layout A)

    private void moveoutCsvFiles() throws IOException {
        List<String> quoted = moveouts(new Random(18), new int[] {23, 24}, 2018, 30);
        setField(quoted, 4, 3, "\"Flyttet til\r\nplejebolig\"");
        setField(quoted, 7, 3, "\"Opsagt; \"\"misligholdelse\"\"\"");
        setField(quoted, 11, 2, "31-02-2018");
        text("fraflytninger_fob_2018_citat_med_linjeskift.csv", StandardCharsets.UTF_8, quoted);

        List<String> shifted = moveouts(new Random(16), new int[] {23, 26}, 2016, 30);
        for (int i = 1; i < shifted.size(); i++) {
            shifted.set(i, "FOB;" + shifted.get(i));
        }
        text("fraflytninger_fob_2016_forskudte_kolonner.csv", StandardCharsets.UTF_8, shifted);

        List<String> oneShifted = moveouts(new Random(17), new int[] {7}, 2017, 30);
        setField(oneShifted, 9, 3, "Flyttet; anden kommune");
        text("fraflytninger_sab_2017_forskudt_raekke.csv", StandardCharsets.UTF_8, oneShifted);

        List<String> noDate = new ArrayList<>();
        for (String line : moveouts(new Random(21), new int[] {24, 32}, 2021, 20)) {
            List<String> fields = new ArrayList<>(Arrays.asList(line.split(";", -1)));
            fields.remove(2);
            noDate.add(String.join(";", fields));
        }
        text("fraflytninger_fob_2021_manglende_kolonne.csv", StandardCharsets.UTF_8, noDate);

        bytes("fraflytninger_sab_2021_tom.csv", new byte[0]);
        text("fraflytninger_sab_2018_kun_overskrift.csv", StandardCharsets.UTF_8, List.of(MOVEOUT_HEADER));

        List<String> unclosed = moveouts(new Random(15), new int[] {26}, 2015, 20);
        setField(unclosed, 9, 3, "\"Flyttet til anden almen bolig");
        text("fraflytninger_fob_2015_uafsluttet_citat.csv", StandardCharsets.UTF_8, unclosed);

        List<String> accountNumber = moveouts(new Random(14), new int[] {7}, 2016, 30);
        setField(accountNumber, 5, 4, "12345678901");
        text("fraflytninger_sab_2016_kontonummer_i_tomgang.csv", StandardCharsets.UTF_8, accountNumber);

        List<String> longLoss = moveouts(new Random(19), new int[] {7}, 2019, 30);
        setField(longLoss, 8, 5, "4.567.890.123.456.789,00");
        text("fraflytninger_sab_2019_kaempebeloeb.csv", StandardCharsets.UTF_8, longLoss);

        List<String> note = moveouts(new Random(13), new int[] {32}, 2014, 30);
        setField(note, 6, 3, "Lejer opsagde selv efter lang sag i boligsocialt regi, beboerrådgiveren har været"
                + " inde over flere gange, og der er aftalt en afdragsordning på"
                + " restancen med kommunen, som følges op af administrationen hver måned indtil hele beløbet"
                + " er betalt. Nøgler afleveret på kontoret, lejemålet var i dårlig stand ved fraflytningssyn.");
        text("fraflytninger_fob_2014_lang_aarsag.csv", StandardCharsets.UTF_8, note);

        List<String> longTenancy = moveouts(new Random(12), new int[] {34}, 2013, 30);
        setField(longTenancy, 3, 1, "34-0412 (tidl. 34-0411, sammenlagt med 34-0413 i 2012)");
        text("fraflytninger_fob_2013_langt_lejemaalsnr.csv", StandardCharsets.UTF_8, longTenancy);

        List<String> unknownEstate = moveouts(new Random(20), new int[] {23, 24}, 2020, 30);
        setField(unknownEstate, 14, 0, "99");
        text("fraflytninger_fob_2020_ukendt_afdeling.csv", StandardCharsets.UTF_8, unknownEstate);
    }

    /** A layout-A list: header, then rows sorted by date, Danish dates and amounts. */
    static List<String> moveouts(Random random, int[] estates, int year, int count) {
        List<String> lines = new ArrayList<>(List.of(MOVEOUT_HEADER));
        for (String[] row : moveoutRows(random, estates, year, count)) {
            lines.add(String.join(";", row));
        }
        return lines;
    }

    private static List<String[]> moveoutRows(Random random, int[] estates, int year, int count) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate date = LocalDate.of(year, 1, 2).plusDays(i * 360L / count);
            int estate = estates[random.nextInt(estates.length)];
            long lossOere = random.nextInt(4) == 0 ? random.nextInt(3_000_000) : 0;
            rows.add(new String[] {String.valueOf(estate), String.format("%d-%04d", estate, 10 + i * 7),
                    date.format(DANISH_DATE), REASONS.get(random.nextInt(REASONS.size())),
                    String.valueOf(random.nextInt(30)), danishAmount(lossOere)});
        }
        return rows;
    }

    static String danishAmount(long oere) {
        DecimalFormat format = new DecimalFormat("#,##0.00",
                DecimalFormatSymbols.getInstance(Locale.forLanguageTag("da-DK")));
        return format.format(oere / 100.0);
    }

    /** Replaces one field of a data row (row 1 is the first below the header). */
    static void setField(List<String> lines, int dataRow, int field, String value) {
        String[] fields = lines.get(dataRow).split(";", -1);
        fields[field] = value;
        lines.set(dataRow, String.join(";", fields));
    }

    // Personal data: CPR numbers and names, in columns that say so or hidden in others

    private void personalDataFiles() throws IOException {
        List<String> withCpr = new ArrayList<>(List.of("Afdeling;Lejemålsnr.;CPR-nr.;Lejers navn;Fraflytningsdato;"
                + "Fraflytningsårsag;Tomgangsdage;Tab ved fraflytning (kr.)"));
        String[] names = {"Jens Hansen", "Fatima Ali", "Birgitte Sørensen", "Ahmad Khalil", "Søren Østergaard"};
        List<String[]> rows = moveoutRows(new Random(118), new int[] {26, 32}, 2018, 25);
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            withCpr.add(String.join(";", r[0], r[1], CPR_NUMBERS.get(i % CPR_NUMBERS.size()), names[i % names.length],
                    r[2], r[3], r[4], r[5]));
        }
        // the same file twice: refused where the mapping keeps every column, loaded where it drops them
        text("fraflytninger_fob_2018_med_cpr.csv", StandardCharsets.UTF_8, withCpr);
        text("fraflytninger-med-personkolonner_fob_2018.csv", StandardCharsets.UTF_8, withCpr);

        List<String> named = new ArrayList<>(List.of("Afdeling;Lejemålsnr.;Navn;Fraflytningsdato;Fraflytningsårsag;"
                + "Tomgangsdage;Tab ved fraflytning (kr.)"));
        rows = moveoutRows(new Random(119), new int[] {7}, 2019, 20);
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            named.add(String.join(";", r[0], r[1], names[i % names.length], r[2], r[3], r[4], r[5]));
        }
        text("fraflytninger_sab_2019_navn.csv", StandardCharsets.UTF_8, named);

        List<String> tenantId = new ArrayList<>(List.of("Afdeling;Lejemålsnr.;Lejer-id;Fraflytningsdato;"
                + "Fraflytningsårsag;Tomgangsdage;Tab ved fraflytning (kr.)"));
        rows = moveoutRows(new Random(120), new int[] {7}, 2020, 20);
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            tenantId.add(String.join(";", r[0], r[1], CPR_NUMBERS.get((i + 3) % CPR_NUMBERS.size()), r[2], r[3], r[4],
                    r[5]));
        }
        text("fraflytninger_sab_2020_cpr_i_lejer-id.csv", StandardCharsets.UTF_8, tenantId);

        // a long list whose free-text reason, far down (past the first chunk written), gives a CPR number
        List<String> reasons = new ArrayList<>(List.of(MOVEOUT_HEADER));
        rows = moveoutRows(new Random(117), new int[] {23, 24, 26, 32, 34}, 2017, 1_500);
        rows.get(1_201)[3] = "Dødsfald – dødsbo efter " + CPR_NUMBERS.get(2);
        rows.forEach(r -> reasons.add(String.join(";", r)));
        text("fraflytninger_fob_2017_cpr_i_aarsag.csv", StandardCharsets.UTF_8, reasons);
    }

    // Move-out lists as workbooks (layout B)

    private void moveoutWorkbooks() throws IOException {
        byte[] valid = moveoutWorkbook(new XSSFWorkbook(), "Fraflytninger", new int[] {15, 21, 35}, 2020, 600);
        bytes("fraflytninger_boligkorsoer_2020_afkortet.xlsx", Arrays.copyOf(valid, valid.length * 3 / 4));

        // a workbook given the ending .csv, because the mapping asked for CSV
        bytes("fraflytninger_sab_2021_xlsx_omdoebt.csv",
                moveoutWorkbook(new XSSFWorkbook(), "Fraflytninger", new int[] {7}, 2021, 20));
        bytes("fraflytninger_boligkorsoer_2018_forkert_ark.xlsx",
                moveoutWorkbook(new XSSFWorkbook(), "Ark1", new int[] {15, 35}, 2018, 25));
        bytes("fraflytninger_boligkorsoer_2019.xls",
                moveoutWorkbook(new HSSFWorkbook(), "Fraflytninger", new int[] {15, 21, 35}, 2019, 40));

        byte[] honest = moveoutWorkbook(new XSSFWorkbook(), "Fraflytninger", new int[] {3, 5}, 2019, 30);
        bytes("fraflytninger_skaelskoer-boligselskab_2019_mange_typografier.xlsx",
                replacePart(honest, "xl/styles.xml", out -> out.write(bloatedStyles())));

        byte[] small = moveoutWorkbook(new XSSFWorkbook(), "Fraflytninger", new int[] {15}, 2021, 5);
        bytes("fraflytninger_boligkorsoer_2021_zipbombe.xlsx", replacePart(small, "xl/worksheets/sheet1.xml", out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written < BOMB_INFLATED_BYTES; written += spaces.length) {
                out.write(spaces);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        }));

        // "Excel" from a web system: an HTML table saved under the name .xls
        StringBuilder html = new StringBuilder("<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\r\n"
                + "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\r\n"
                + "<body><table>\r\n<tr>");
        MOVEOUT_XLSX_HEADER.forEach(h -> html.append("<th>").append(h).append("</th>"));
        html.append("</tr>\r\n");
        for (String[] row : moveoutRows(new Random(220), new int[] {3, 5}, 2020, 10)) {
            html.append("<tr>");
            Arrays.stream(row).forEach(cell -> html.append("<td>").append(cell).append("</td>"));
            html.append("</tr>\r\n");
        }
        html.append("</table></body></html>\r\n");
        bytes("fraflytninger_skaelskoer-boligselskab_2020_html.xls", html.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A layout-B workbook: title, extraction date, empty row, header in row 4, Excel dates and numbers. */
    static byte[] moveoutWorkbook(Workbook wb, String sheetName, int[] estates, int year, int count)
            throws IOException {
        Sheet sheet = wb.createSheet(sheetName);
        sheet.createRow(0).createCell(0).setCellValue("Fraflytninger " + year);
        sheet.createRow(1).createCell(0).setCellValue("Udtrukket 15.01." + (year + 1));
        Row header = sheet.createRow(3);
        for (int i = 0; i < MOVEOUT_XLSX_HEADER.size(); i++) {
            header.createCell(i).setCellValue(MOVEOUT_XLSX_HEADER.get(i));
        }
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd-mm-yyyy"));
        List<String[]> rows = moveoutRows(new Random(year * 31L + estates[0]), estates, year, count);
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            Row row = sheet.createRow(4 + i);
            row.createCell(0).setCellValue(Integer.parseInt(r[0]));
            row.createCell(1).setCellValue(r[1]);
            row.createCell(2).setCellValue(LocalDate.parse(r[2], DANISH_DATE));
            row.getCell(2).setCellStyle(dateStyle);
            row.createCell(3).setCellValue(r[3]);
            row.createCell(4).setCellValue(Integer.parseInt(r[4]));
            row.createCell(5).setCellValue(Double.parseDouble(r[5].replace(".", "").replace(',', '.')));
        }
        return save(wb);
    }

    /**
     * A styles part as Excel leaves it after years of copy and paste between workbooks: thousands of nearly
     * identical cell formats. It packs far better than POI's default limit of 100 times allows, yet it is an
     * honest workbook and must load.
     */
    static byte[] bloatedStyles() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd\\-mm\\-yyyy\"/></numFmts>"
                + "<fonts count=\"1\"><font><sz val=\"11\"/><color theme=\"1\"/><name val=\"Calibri\"/><family val=\"2\"/>"
                + "<scheme val=\"minor\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>");
        xml.append("<cellXfs count=\"").append(HONEST_STYLE_FORMATS + 2).append("\">")
                .append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>")
                .append("<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>");
        for (int i = 0; i < HONEST_STYLE_FORMATS; i++) {
            xml.append("<xf numFmtId=\"").append(i % 50 == 0 ? 164 : 0)
                    .append("\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">")
                    .append("<alignment vertical=\"top\" wrapText=\"1\"/></xf>");
        }
        xml.append("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "<dxfs count=\"0\"/><tableStyles count=\"0\"/></styleSheet>");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    // Other workbooks: a two-row merged header, formula errors

    private void otherWorkbooks() throws IOException {
        XSSFWorkbook survey = new XSSFWorkbook();
        Sheet sheet = survey.createSheet("Tryghedsmåling");
        sheet.createRow(0).createCell(0).setCellValue("Tryghedsmåling 2019 – antal svar");
        Row groups = sheet.createRow(2);
        Row names = sheet.createRow(3);
        String[] top = {"Boligområde", "År", "Svarpersoner", "Tryghed", "", "Frivilligt arbejde", ""};
        String[] below = {"", "", "", "Trygge", "Utrygge", "Ja", "Nej"};
        for (int i = 0; i < top.length; i++) {
            if (!top[i].isEmpty()) {
                groups.createCell(i).setCellValue(top[i]);
            }
            if (!below[i].isEmpty()) {
                names.createCell(i).setCellValue(below[i]);
            }
        }
        for (int i = 0; i < 3; i++) {
            sheet.addMergedRegion(new CellRangeAddress(2, 3, i, i));
        }
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 3, 4));
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 5, 6));
        List<String> areas = List.of("Motalavej", "Ringparken", "Sydbyen", "Parkvej/Præstevangen", "Værebro Park",
                "Hedeparken", "Elementparken");
        for (int i = 0; i < areas.size(); i++) {
            int respondents = 120 + i * 17;
            int safe = respondents * (60 + i * 3) / 100;
            int volunteers = respondents * (10 + i) / 100;
            Row row = sheet.createRow(4 + i);
            row.createCell(0).setCellValue(areas.get(i));
            row.createCell(1).setCellValue(2019);
            row.createCell(2).setCellValue(respondents);
            row.createCell(3).setCellValue(safe);
            row.createCell(4).setCellValue(respondents * (10 + i) / 100);
            row.createCell(5).setCellValue(volunteers);
            row.createCell(6).setCellValue(respondents - volunteers);
        }
        // a note beside the table, as people write them in workbooks
        sheet.getRow(6).createCell(8).setCellValue("Foreløbigt tal, få svar");
        bytes("politi_tryghed_2019_flettet_overskrift.xlsx", save(survey));

        XSSFWorkbook lbf = new XSSFWorkbook();
        Sheet data = lbf.createSheet("Boligsociale data");
        data.createRow(0).createCell(0).setCellValue("Boligsociale data 2020");
        Row head = data.createRow(2);
        List<String> columns = List.of("Område", "Indikator", "År", "Tæller", "Nævner", "Værdi");
        for (int i = 0; i < columns.size(); i++) {
            head.createCell(i).setCellValue(columns.get(i));
        }
        List<String> lbfAreas = List.of("Motalavej", "Ringparken/Schackenborgvænge", "Sydbyen",
                "Skælskør (Parkvej/Præstevangen)", "Værebro Park", "Hedeparken", "Elementparken");
        int r = 3;
        for (String indicator : List.of("Andel 1-5-årige i dagtilbud",
                "Andel 15-29-årige uden for uddannelse og beskæftigelse")) {
            for (int i = 0; i < lbfAreas.size(); i++) {
                Row row = data.createRow(r);
                row.createCell(0).setCellValue(lbfAreas.get(i));
                row.createCell(1).setCellValue(indicator);
                row.createCell(2).setCellValue(2020);
                boolean noOneCounted = indicator.startsWith("Andel 1-5") && i == 3;
                row.createCell(3).setCellValue(noOneCounted ? 0 : 40 + i * 9);
                row.createCell(4).setCellValue(noOneCounted ? 0 : 60 + i * 11);
                // Værdi is a formula; with a denominator of 0 Excel stores the error #DIV/0! as its value
                row.createCell(5).setCellFormula("ROUND(D" + (r + 1) + "/E" + (r + 1) + "*100,1)");
                r++;
            }
        }
        lbf.getCreationHelper().createFormulaEvaluator().evaluateAll();
        bytes("lbf_boligsociale_data_2020_formelfejl.xlsx", save(lbf));
    }

    // Writing

    private void text(String name, Charset charset, List<String> lines) throws IOException {
        textWithBom(name, charset, lines);
    }

    private void textWithBom(String name, Charset charset, List<String> lines, byte... byteOrderMark)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(byteOrderMark);
        out.writeBytes(lines(lines).getBytes(charset));
        bytes(name, out.toByteArray());
    }

    private static String lines(List<String> lines) {
        return lines.stream().map(line -> line + "\r\n").reduce("", String::concat);
    }

    private void bytes(String name, byte[] content) throws IOException {
        Files.write(dir.resolve(name), content);
    }

    /** Saves a workbook with fixed timestamps, so the same workbook gives the same bytes on every run. */
    static byte[] save(Workbook wb) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        if (wb instanceof XSSFWorkbook xssf) {
            Date fixed = Date.from(STAMP.toInstant(ZoneOffset.UTC));
            xssf.getProperties().getCoreProperties().setCreated(Optional.of(fixed));
            xssf.getProperties().getCoreProperties().setModified(Optional.of(fixed));
            xssf.getProperties().getCoreProperties().setCreator("boligmonitor");
        }
        wb.write(raw);
        wb.close();
        return wb instanceof XSSFWorkbook ? replacePart(raw.toByteArray(), null, null) : raw.toByteArray();
    }

    interface PartWriter {
        void write(OutputStream out) throws IOException;
    }

    /** Copies a zip with fixed entry times, writing one part anew (or none, when part is null). */
    private static byte[] replacePart(byte[] zip, String part, PartWriter writer) throws IOException {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(copy)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry fresh = new ZipEntry(entry.getName());
                fresh.setTimeLocal(STAMP);
                out.putNextEntry(fresh);
                if (entry.getName().equals(part)) {
                    writer.write(out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return copy.toByteArray();
    }
}
