package dk.boligmonitor.ingest.badinput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks of several sheets read as one file, for SheetsTest: move-out lists with a sheet a year (.xlsx and
 * .xls) beside the same rows in one sheet, an LBF-like long workbook whose sheet names give the year, and one
 * whose second sheet lacks a mapped column. Deterministic: run main to write src/test/resources/sheets.
 */
public final class SheetsCorpus {

    public static final Path FOLDER = Path.of("src/test/resources/sheets");
    public static final List<Integer> YEARS = List.of(2018, 2019, 2020);
    /** The row of sheet "2020" of the LBF workbook whose numerator is no number; the same row of "2019" is fine. */
    public static final int BAD_ROW = 5;
    public static final List<String> LBF_AREAS = List.of("Motalavej", "Ringparken", "Sydbyen");
    private static final List<String> LBF_HEADER = List.of("Område", "Indikator", "Tæller", "Nævner");
    /** The measures of each sheet, the first area by area above the next: Motalavej's dagtilbud first. */
    private static final List<String> MEASURES = List.of("Andel 1-5-årige i dagtilbud",
            "Andel 15-29-årige uden for uddannelse og beskæftigelse", "Valgdeltagelse",
            "Andel 18-64-årige uden tilknytning");
    private static final List<String> REASONS = List.of("Købt ejerbolig", "Plejebolig", "Dødsfald", "Andet");

    private SheetsCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path inbox = Files.createDirectories(FOLDER.resolve("inbox"));
        Path oneSheet = Files.createDirectories(FOLDER.resolve("inbox-one-sheet"));
        Path refused = Files.createDirectories(FOLDER.resolve("refused"));
        Files.write(oneSheet.resolve("fraflytninger_boligkorsoer_samlet.xlsx"),
                moveouts(new XSSFWorkbook(), new int[] {15, 21, 35}, false));
        Files.write(oneSheet.resolve("fraflytninger_skaelskoer-boligselskab_samlet.xlsx"),
                moveouts(new XSSFWorkbook(), new int[] {3, 5}, false));
        Files.write(inbox.resolve("fraflytninger_boligkorsoer_pr_aar.xlsx"),
                moveouts(new XSSFWorkbook(), new int[] {15, 21, 35}, true));
        Files.write(inbox.resolve("fraflytninger_skaelskoer-boligselskab_pr_aar.xls"),
                moveouts(new HSSFWorkbook(), new int[] {3, 5}, true));
        Files.write(inbox.resolve("lbf_pr_aar_2019-2020.xlsx"), lbf(false, "2020"));
        Files.write(refused.resolve("lbf_pr_aar_2019-2020_uden_naevner.xlsx"), lbf(true, "2020"));
        // a second sheet named for two years gives none to trust
        Files.write(refused.resolve("lbf_pr_aar_2019-2021_to_aar.xlsx"), lbf(false, "2020-2021"));
    }

    /**
     * Each year's move-outs: in one sheet "Fraflytninger", or one sheet a year ("2018", …) with its own title rows,
     * the header lower down in the later sheets and, in the last, "Årsag" and "Fraflyttet" swapped. The last
     * row repeats 2019's first move-out, in the sheets' file from another sheet.
     */
    private static byte[] moveouts(Workbook wb, int[] estates, boolean sheetAYear) throws IOException {
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd-mm-yyyy"));
        Sheet sheet = null;
        boolean swapped = false;
        int next = 0;
        for (int year : YEARS) {
            if (sheet == null || sheetAYear) {
                sheet = wb.createSheet(sheetAYear ? String.valueOf(year) : "Fraflytninger");
                int titleRows = sheetAYear ? year - YEARS.get(0) : 0;
                for (int i = 0; i < titleRows; i++) {
                    sheet.createRow(i).createCell(0).setCellValue("Fraflytninger " + year);
                }
                List<String> names = new ArrayList<>(BadInputCorpus.MOVEOUT_XLSX_HEADER);
                if (sheetAYear && year == YEARS.get(YEARS.size() - 1)) {
                    names.set(2, "Årsag");
                    names.set(3, "Fraflyttet");
                }
                header(sheet.createRow(titleRows), names);
                swapped = names.get(2).equals("Årsag");
                next = titleRows + 1;
            }
            int count = 6 + (year - YEARS.get(0)) * 3;
            for (int i = 0; i < count; i++) {
                moveout(sheet.createRow(next++), swapped, estates[i % estates.length], year, i, dateStyle);
            }
        }
        // the last sheet ends with 2019's first move-out again: a duplicate, in another sheet
        moveout(sheet.createRow(next), swapped, estates[0], YEARS.get(1), 0, dateStyle);
        return BadInputCorpus.save(wb);
    }

    /** The year's i-th move-out; in a sheet whose header has "Årsag" before "Fraflyttet", swapped. */
    private static void moveout(Row row, boolean swapped, int estate, int year, int i, CellStyle dateStyle) {
        row.createCell(0).setCellValue(estate);
        row.createCell(1).setCellValue(String.format("%d-%04d", estate, year % 100 * 100 + i));
        row.createCell(swapped ? 3 : 2).setCellValue(LocalDate.of(year, 1 + i % 12, 1 + i));
        row.getCell(swapped ? 3 : 2).setCellStyle(dateStyle);
        row.createCell(swapped ? 2 : 3).setCellValue(REASONS.get(i % REASONS.size()));
        row.createCell(4).setCellValue(i * 3 % 29);
        row.createCell(5).setCellValue(i % 4 == 0 ? 1250.5 * i : 0);
    }

    /**
     * Sheets "2019" and "2020" in the long layout without a year column, and "Noter" (not matched by "20*").
     * Numerator and denominator of area a, measure m in year y: 40 + 10a + (y - 2019) * 5 + 3m and 80 + 30a + 7m;
     * the first measure, dagtilbud, has m = 0. Sheet "2020" has a
     * title row more, and its row {@link #BAD_ROW} holds no number; without the Nævner column if asked. The
     * second sheet's name is given, for one that names no single year.
     */
    private static byte[] lbf(boolean secondWithoutDenominator, String secondName) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        for (int year : List.of(2019, 2020)) {
            Sheet sheet = wb.createSheet(year == 2019 ? "2019" : secondName);
            sheet.createRow(0).createCell(0).setCellValue("Boligsociale data " + year);
            int headerRow = year == 2019 ? 2 : 3;
            List<String> names = year == 2020 && secondWithoutDenominator ? LBF_HEADER.subList(0, 3) : LBF_HEADER;
            header(sheet.createRow(headerRow), names);
            for (int i = 0; i < MEASURES.size() * LBF_AREAS.size(); i++) {
                int a = i % LBF_AREAS.size();
                int m = i / LBF_AREAS.size();
                Row row = sheet.createRow(headerRow + 1 + i);
                row.createCell(0).setCellValue(LBF_AREAS.get(a));
                row.createCell(1).setCellValue(MEASURES.get(m));
                if (year == 2020 && row.getRowNum() + 1 == BAD_ROW) {
                    row.createCell(2).setCellValue("ukendt");
                } else {
                    row.createCell(2).setCellValue(40 + 10 * a + (year - 2019) * 5 + 3 * m);
                }
                if (names.size() > 3) {
                    row.createCell(3).setCellValue(80 + 30 * a + 7 * m);
                }
            }
        }
        Sheet notes = wb.createSheet("Noter");
        notes.createRow(0).createCell(0).setCellValue("Kilde: Landsbyggefonden, Boligsociale data");
        return BadInputCorpus.save(wb);
    }

    private static void header(Row row, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            row.createCell(i).setCellValue(names.get(i));
        }
    }
}
