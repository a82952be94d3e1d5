package dk.boligmonitor.ingest.badinput;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Files whose header or figures can be read more than one way: a header name twice (a corrected column
 * beside the old one, the same answer under two group headings, two columns each answering to one of a
 * mapping's aliases), and shares that cannot be (a numerator above its denominator, a value that contradicts
 * the numerator and denominator beside it). Read as they were, each loaded a wrong figure without a word.
 */
final class HeaderCorpus {

    static final List<String> LBF_HEADER = List.of("Område", "Indikator", "År", "Tæller", "Nævner", "Værdi");
    static final List<String> LBF_AREAS = List.of("Motalavej", "Ringparken/Schackenborgvænge", "Sydbyen",
            "Skælskør (Parkvej/Præstevangen)", "Værebro Park", "Hedeparken", "Elementparken");
    static final List<String> LBF_MEASURES = List.of("Andel 1-5-årige i dagtilbud",
            "Andel 15-29-årige uden for uddannelse og beskæftigelse");

    private final Path dir;

    private HeaderCorpus(Path dir) {
        this.dir = dir;
    }

    static void write(Path dir) throws IOException {
        HeaderCorpus corpus = new HeaderCorpus(dir);
        corpus.repeatedHeaders();
        corpus.impossibleShares();
    }

    private void repeatedHeaders() throws IOException {
        // the corrected Værdi was added to the right of the old one, which still holds last year's figures
        List<List<Object>> corrected = new ArrayList<>();
        for (List<Object> row : lbfRows(2019)) {
            List<Object> withOld = new ArrayList<>(row.subList(0, 5));
            withOld.add(((BigDecimal) row.get(5)).subtract(BigDecimal.TEN));
            withOld.add(row.get(5));
            corrected.add(withOld);
        }
        List<String> twice = new ArrayList<>(LBF_HEADER);
        twice.add("Værdi");
        lbf("lbf_boligsociale_data_2019_vaerdi_rettet_ved_siden.xlsx", List.of(twice), List.of(), corrected);

        // the old and the corrected figures side by side, each under a merged group heading
        List<String> groups = List.of("Område", "Indikator", "År", "Oprindelig", "", "", "Rettet", "", "");
        List<String> answers = List.of("", "", "", "Tæller", "Nævner", "Værdi", "Tæller", "Nævner", "Værdi");
        List<List<Object>> both = new ArrayList<>();
        for (List<Object> row : lbfRows(2018)) {
            List<Object> old = new ArrayList<>(row);
            old.add(row.get(3));
            old.add(row.get(4));
            old.add(row.get(5));
            old.set(3, ((BigDecimal) row.get(3)).subtract(BigDecimal.ONE));
            old.set(5, share((BigDecimal) old.get(3), (BigDecimal) row.get(4)));
            both.add(old);
        }
        lbf("lbf_boligsociale_data_2018_oprindelig_og_rettet.xlsx", List.of(groups, answers),
                List.of(new CellRangeAddress(2, 3, 0, 0), new CellRangeAddress(2, 3, 1, 1),
                        new CellRangeAddress(2, 3, 2, 2), new CellRangeAddress(2, 2, 3, 5),
                        new CellRangeAddress(2, 2, 6, 8)), both);

        // the municipality as "Område" beside the area as "Boligområde": both are aliases of the area column,
        // and the first alias would put every area's figures on its municipality
        List<List<Object>> municipalities = new ArrayList<>();
        for (List<Object> row : lbfRows(2017)) {
            String municipality = row.get(0).equals("Motalavej") ? "Slagelse"
                    : row.get(0).equals("Værebro Park") ? "Gladsaxe" : null;
            if (municipality != null) {
                List<Object> withMunicipality = new ArrayList<>(row);
                withMunicipality.add(0, municipality);
                municipalities.add(withMunicipality);
            }
        }
        List<String> estateHeader = new ArrayList<>(LBF_HEADER);
        estateHeader.set(0, "Boligområde");
        estateHeader.add(0, "Område");
        lbf("lbf_boligsociale_data_2017_omraade_og_boligomraade.xlsx", List.of(estateHeader), List.of(),
                municipalities);

        // two comment columns the mapping does not read may share their name (2013: no other LBF fixture's year,
        // so that no other file's figures replace or are replaced by its own)
        List<List<Object>> comments = new ArrayList<>();
        for (List<Object> row : lbfRows(2013)) {
            List<Object> withComments = new ArrayList<>(row);
            withComments.add("");
            withComments.add(comments.size() == 2 ? "Tjekket" : "");
            comments.add(withComments);
        }
        List<String> commentHeader = new ArrayList<>(LBF_HEADER);
        commentHeader.add("Kommentar");
        commentHeader.add("Kommentar");
        lbf("lbf_boligsociale_data_2013_to_kommentarkolonner.xlsx", List.of(commentHeader), List.of(), comments);

        surveyWithTwoGroups();

        // an ordinary file, read by a mapping that lists Tæller twice (as Taeller too): one column, read twice
        lbf("lbf_to_stavemaader_2021.xlsx", List.of(LBF_HEADER), List.of(), lbfRows(2021));
    }

    /** The safety survey's share mapped by its plain name "Andel", in a file where Utryghed has one too, first. */
    private void surveyWithTwoGroups() throws IOException {
        List<String> groups = List.of("Boligområde", "År", "Svarpersoner", "Utryghed", "", "Tryghed", "");
        List<String> answers = List.of("", "", "", "Antal", "Andel", "Antal", "Andel");
        List<List<Object>> rows = new ArrayList<>();
        List<String> areas = List.of("Motalavej", "Ringparken", "Sydbyen", "Værebro Park", "Hedeparken");
        for (int i = 0; i < areas.size(); i++) {
            BigDecimal respondents = BigDecimal.valueOf(120 + i * 17);
            BigDecimal unsafe = BigDecimal.valueOf((120 + i * 17) * (10 + i) / 100);
            BigDecimal safe = BigDecimal.valueOf((120 + i * 17) * (60 + i * 3) / 100);
            rows.add(List.of(areas.get(i), BigDecimal.valueOf(2020), respondents, unsafe,
                    share(unsafe, respondents).setScale(0, RoundingMode.HALF_UP), safe,
                    share(safe, respondents).setScale(0, RoundingMode.HALF_UP)));
        }
        workbook("politi_andele_2020_to_grupper.xlsx", "Tryghedsmåling", "Tryghedsmåling 2020",
                List.of(groups, answers), List.of(new CellRangeAddress(2, 3, 0, 0), new CellRangeAddress(2, 3, 1, 1),
                        new CellRangeAddress(2, 3, 2, 2), new CellRangeAddress(2, 2, 3, 4),
                        new CellRangeAddress(2, 2, 5, 6)), rows);
    }

    private void impossibleShares() throws IOException {
        // 770 typed for 77: the share would print as 802,1 %
        List<List<Object>> typo = lbfRows(2015);
        typo.set(4, withParts(typo.get(4), 770, 96, "80.2"));
        lbf("lbf_boligsociale_data_2015_taeller_770.xlsx", List.of(LBF_HEADER), List.of(), typo);

        // the value was not updated when the numerator was corrected: 67 of 96 is 69,8 %, not 80,2 %
        List<List<Object>> stale = lbfRows(2014);
        stale.set(9, withParts(stale.get(9), 67, 96, "80.2"));
        lbf("lbf_boligsociale_data_2014_vaerdi_modsiger_taeller.xlsx", List.of(LBF_HEADER), List.of(), stale);

        // a long layout gives a share's numerator and denominator in rows of their own: 267 ready of 27 pupils
        List<String> longLayout = new ArrayList<>(List.of(BadInputCorpus.DST_HEADER));
        for (String unit : BadInputCorpus.SLAGELSE) {
            int pupils = 20 + unit.length();
            longLayout.add(unit + ";Elever i 9. klasse;2016;" + pupils);
            longLayout.add(unit + ";Uddannelsesparate elever i 9. klasse;2016;"
                    + (unit.equals("Sydbyen") ? pupils * 10 - 3 : pupils - 3));
        }
        Files.writeString(dir.resolve("dst_skole_2016_taeller_over_naevner.csv"),
                String.join("\r\n", longLayout) + "\r\n", StandardCharsets.UTF_8);
    }

    private static List<Object> withParts(List<Object> row, int numerator, int denominator, String value) {
        List<Object> changed = new ArrayList<>(row);
        changed.set(3, BigDecimal.valueOf(numerator));
        changed.set(4, BigDecimal.valueOf(denominator));
        changed.set(5, new BigDecimal(value));
        return changed;
    }

    /** The LBF layout's rows for a year: two shares for every area, values rounded to one decimal as LBF shows them. */
    static List<List<Object>> lbfRows(int year) {
        List<List<Object>> rows = new ArrayList<>();
        for (String measure : LBF_MEASURES) {
            for (int i = 0; i < LBF_AREAS.size(); i++) {
                BigDecimal numerator = BigDecimal.valueOf(40 + i * 9 + year % 10);
                BigDecimal denominator = BigDecimal.valueOf(60 + i * 11 + year % 10);
                rows.add(List.of(LBF_AREAS.get(i), measure, BigDecimal.valueOf(year), numerator, denominator,
                        share(numerator, denominator)));
            }
        }
        return rows;
    }

    private static BigDecimal share(BigDecimal numerator, BigDecimal denominator) {
        return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 1, RoundingMode.HALF_UP);
    }

    private void lbf(String name, List<List<String>> header, List<CellRangeAddress> merged, List<List<Object>> rows)
            throws IOException {
        workbook(name, "Boligsociale data", "Boligsociale data", header, merged, rows);
    }

    /** A workbook with a title row, a blank row, the header row(s) from row 3 and the rows below. */
    private void workbook(String name, String sheetName, String title, List<List<String>> header,
                          List<CellRangeAddress> merged, List<List<Object>> rows) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet(sheetName);
        sheet.createRow(0).createCell(0).setCellValue(title);
        int r = 2;
        for (List<String> names : header) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < names.size(); i++) {
                if (!names.get(i).isEmpty()) {
                    row.createCell(i).setCellValue(names.get(i));
                }
            }
        }
        merged.forEach(sheet::addMergedRegion);
        for (List<Object> values : rows) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) instanceof BigDecimal number) {
                    row.createCell(i).setCellValue(number.doubleValue());
                } else if (!values.get(i).toString().isEmpty()) {
                    row.createCell(i).setCellValue(values.get(i).toString());
                }
            }
        }
        Files.write(dir.resolve(name), BadInputCorpus.save(wb));
    }
}
