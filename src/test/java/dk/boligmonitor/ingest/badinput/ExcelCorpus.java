package dk.boligmonitor.ingest.badinput;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks that a reader gets wrong without a word unless it reads more than the cells' numbers: the 1904
 * date system, formulas saved without their values, percent formats, and a sheet a year under a mapping that
 * reads one sheet. Part of the bad-input corpus (see expected.csv).
 */
public final class ExcelCorpus {

    static final List<String> LBF_COLUMNS = List.of("Område", "Indikator", "År", "Tæller", "Nævner", "Værdi");
    static final List<String> LBF_AREAS = List.of("Motalavej", "Ringparken/Schackenborgvænge", "Sydbyen",
            "Skælskør (Parkvej/Præstevangen)", "Værebro Park", "Hedeparken", "Elementparken");
    /** Two indicators of seven areas: one row in 14 rejected stays below the share that refuses a file. */
    static final List<String> INDICATORS = List.of("Andel 1-5-årige i dagtilbud",
            "Andel 15-29-årige uden for uddannelse og beskæftigelse");
    /** The LBF row (Excel's number) whose Værdi formula is saved without its value. */
    public static final int UNCALCULATED_ROW = 6;
    /** The LBF row whose Tæller, a count, is formatted as a percentage. */
    public static final int COUNT_AS_PERCENT_ROW = 5;
    /** The LBF row whose Tæller holds TRUE. */
    public static final int BOOLEAN_ROW = 7;

    private final Path dir;

    private ExcelCorpus(Path dir) {
        this.dir = dir;
    }

    static void write(Path dir) throws IOException {
        new ExcelCorpus(dir).writeAll();
    }

    private void writeAll() throws IOException {
        dates1904();
        formulasWithoutValues();
        percentFormats();
        sheetPerYear();
        booleanCell();
    }

    /** Mac Excel and old templates count days from 1904: the same day number is four years and a day later. */
    private void dates1904() throws IOException {
        XSSFWorkbook xlsx = new XSSFWorkbook();
        xlsx.getCTWorkbook().getWorkbookPr().setDate1904(true);
        bytes("fraflytninger_boligkorsoer_2017_1904-datoer.xlsx",
                BadInputCorpus.moveoutWorkbook(xlsx, "Fraflytninger", new int[] {15, 21}, 2017, 30));
        HSSFWorkbook xls = new HSSFWorkbook();
        ((DateWindow1904Record) xls.getInternalWorkbook().findFirstRecordBySid(DateWindow1904Record.sid))
                .setWindowing((short) 1);
        bytes("fraflytninger_skaelskoer-boligselskab_2016_1904-datoer.xls",
                BadInputCorpus.moveoutWorkbook(xls, "Fraflytninger", new int[] {3, 5}, 2016, 25));
    }

    /**
     * Tools other than Excel (openpyxl, POI without evaluation) save a formula without its value: the cell
     * holds B2*2 and nothing else. One workbook has one such cell among calculated ones, one has no value at all.
     */
    private void formulasWithoutValues() throws IOException {
        XSSFWorkbook some = lbf(2019);
        Sheet sheet = some.getSheetAt(0);
        for (Row row : sheet) {
            if (row.getRowNum() >= 3 && row.getRowNum() != UNCALCULATED_ROW - 1) {
                some.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(row.getCell(5));
            }
        }
        bytes("lbf_boligsociale_data_2019_formel_uden_vaerdi.xlsx", BadInputCorpus.save(some));
        bytes("lbf_boligsociale_data_2018_formler_uberegnede.xlsx", BadInputCorpus.save(lbf(2018)));
    }

    /** An LBF sheet whose Værdi is the formula Tæller/Nævner*100, not calculated. */
    private static XSSFWorkbook lbf(int year) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet data = lbfSheet(wb, year);
        for (int i = 0; i < INDICATORS.size() * LBF_AREAS.size(); i++) {
            Row row = data.createRow(3 + i);
            lbfRow(row, i, year);
            row.createCell(5).setCellFormula("ROUND(D" + (4 + i) + "/E" + (4 + i) + "*100,1)");
        }
        return wb;
    }

    private static Sheet lbfSheet(Workbook wb, int year) {
        Sheet data = wb.createSheet("Boligsociale data");
        data.createRow(0).createCell(0).setCellValue("Boligsociale data " + year);
        Row head = data.createRow(2);
        for (int i = 0; i < LBF_COLUMNS.size(); i++) {
            head.createCell(i).setCellValue(LBF_COLUMNS.get(i));
        }
        return data;
    }

    /** Row i of the sheet's areas and indicators: area, indicator, year, Tæller and Nævner. */
    private static void lbfRow(Row row, int i, int year) {
        row.createCell(0).setCellValue(LBF_AREAS.get(i % LBF_AREAS.size()));
        row.createCell(1).setCellValue(INDICATORS.get(i / LBF_AREAS.size()));
        row.createCell(2).setCellValue(year);
        row.createCell(3).setCellValue(numerator(i));
        row.createCell(4).setCellValue(denominator(i));
    }

    private static int numerator(int i) {
        return 40 + i * 9;
    }

    private static int denominator(int i) {
        return 60 + i * 11;
    }

    /**
     * A share stored as 0.473 and shown as 47.3 % where the indicator's unit is percent: it means 47.3. A count
     * shown with a percent format is no share of anything: its row is rejected.
     */
    private void percentFormats() throws IOException {
        bytes("lbf_boligsociale_data_2017_procentformat.xlsx", BadInputCorpus.save(lbfShares(2017, false)));
        bytes("lbf_boligsociale_data_2016_taeller_i_procent.xlsx", BadInputCorpus.save(lbfShares(2016, true)));

        // vacancy days, a count, shown as a percentage in one row of an old .xls move-out list
        HSSFWorkbook percent = new HSSFWorkbook(new ByteArrayInputStream(
                BadInputCorpus.moveoutWorkbook(new HSSFWorkbook(), "Fraflytninger", new int[] {15}, 2016, 12)));
        CellStyle share = percent.createCellStyle();
        share.setDataFormat(percent.createDataFormat().getFormat("0%"));
        percent.getSheetAt(0).getRow(COUNT_AS_PERCENT_ROW - 1).getCell(4).setCellStyle(share);
        bytes("fraflytninger_boligkorsoer_2016_tomgang_i_procent.xls", BadInputCorpus.save(percent));
    }

    private static XSSFWorkbook lbfShares(int year, boolean countAsPercent) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet data = lbfSheet(wb, year);
        CellStyle share = wb.createCellStyle();
        share.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        for (int i = 0; i < INDICATORS.size() * LBF_AREAS.size(); i++) {
            Row row = data.createRow(3 + i);
            lbfRow(row, i, year);
            // the share as Excel holds a percentage: a fraction, shown times 100
            row.createCell(5).setCellValue(Math.round(numerator(i) * 1000.0 / denominator(i)) / 1000.0);
            row.getCell(5).setCellStyle(share);
            if (countAsPercent && row.getRowNum() == COUNT_AS_PERCENT_ROW - 1) {
                row.getCell(3).setCellStyle(share);
            }
        }
        return wb;
    }

    /** A sheet a year, the same header on each; the mapping names no sheet, so it would read 2019 only. */
    private void sheetPerYear() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        for (int year : new int[] {2019, 2020}) {
            Sheet sheet = wb.createSheet(String.valueOf(year));
            List<String> lines = BadInputCorpus.dst(BadInputCorpus.SLAGELSE, year);
            for (int r = 0; r < lines.size(); r++) {
                String[] fields = lines.get(r).split(";");
                Row row = sheet.createRow(r);
                for (int c = 0; c < fields.length; c++) {
                    if (r > 0 && c >= 2) {
                        row.createCell(c).setCellValue(Long.parseLong(fields[c]));
                    } else {
                        row.createCell(c).setCellValue(fields[c]);
                    }
                }
            }
        }
        bytes("dst_afgoerelser_2019-2020_ark_pr_aar.xlsx", BadInputCorpus.save(wb));
    }

    /** A TRUE in a count's column (a check box's cell): .xlsx stores it as 1, which is no count of anyone. */
    private void booleanCell() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet data = lbfSheet(wb, 2015);
        for (int i = 0; i < INDICATORS.size() * LBF_AREAS.size(); i++) {
            Row row = data.createRow(3 + i);
            lbfRow(row, i, 2015);
            row.createCell(5).setCellValue(Math.round(numerator(i) * 1000.0 / denominator(i)) / 10.0);
        }
        data.getRow(BOOLEAN_ROW - 1).getCell(3).setCellValue(true);
        bytes("lbf_boligsociale_data_2015_sandt_som_tal.xlsx", BadInputCorpus.save(wb));
    }

    private void bytes(String name, byte[] content) throws IOException {
        Files.write(dir.resolve(name), content);
    }
}
