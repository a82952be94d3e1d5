package dk.boligmonitor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The files of a new programme (src/test/resources/onboarding/jobs) as its partners deliver them: three housing
 * companies in three shapes (a quoted comma-separated CSV, a workbook with a sheet a year, a Windows-1252 CSV),
 * a wide survey workbook, an LBF extract with merged headings, and a police CSV with a total line. The figures
 * are small and round, so that the test can work out by hand what the reports must show.
 */
final class OnboardingFiles {

    static final List<Integer> YEARS = List.of(2019, 2020, 2021);
    /** Move-outs per estate (company/afdeling) and year. */
    static final Map<String, List<Integer>> MOVEOUTS = Map.of(
            "Brabrand Boligforening/4", List.of(30, 27, 24),
            "Brabrand Boligforening/5", List.of(12, 12, 9),
            "Boligselskabet Randers/12", List.of(21, 18, 27),
            "Boligselskabet Viborg/30", List.of(15, 9, 18));
    /** The survey: respondents, then the safe among them, per area and year. */
    static final Map<String, List<List<Integer>>> SURVEY = Map.of(
            "Skovgårdsparken", List.of(List.of(150, 160, 140), List.of(96, 112, 105)),
            "Vestervang", List.of(List.of(120, 125, 130), List.of(66, 75, 91)),
            "Søndermarken", List.of(List.of(100, 110, 90), List.of(81, 88, 81)));
    /** LBF: children in day care and children, per area and year. */
    static final Map<String, List<List<Integer>>> DAY_CARE = Map.of(
            "Skovgårdsparken", List.of(List.of(63, 72, 78), List.of(90, 96, 100)),
            "Vestervang", List.of(List.of(45, 48, 40), List.of(60, 64, 50)),
            "Søndermarken", List.of(List.of(33, 36, 39), List.of(60, 60, 60)));
    /** LBF: voters and those entitled to vote, in the election years only (2020 is left empty). */
    static final Map<String, List<List<Integer>>> TURNOUT = Map.of(
            "Skovgårdsparken", List.of(List.of(1200, 1300), List.of(2400, 2500)),
            "Vestervang", List.of(List.of(900, 960), List.of(1500, 1600)),
            "Søndermarken", List.of(List.of(700, 780), List.of(1000, 1200)));
    /** Police reports of vandalism per area and year. */
    static final Map<String, List<Integer>> VANDALISM = Map.of(
            "Skovgårdsparken", List.of(14, 11, 9),
            "Vestervang", List.of(7, 8, 5),
            "Søndermarken", List.of(6, 7, 5));
    static final List<String> AREAS = List.of("Skovgårdsparken", "Vestervang", "Søndermarken");

    private static final List<String> REASONS = List.of("Flyttet til anden almen bolig", "Købt ejerbolig",
            "Dødsfald", "Flyttet til plejebolig efter sygdom");

    private OnboardingFiles() {
    }

    static void write(Path inbox) throws IOException {
        Files.createDirectories(inbox);
        brabrand(inbox.resolve("brabrand_fraflytninger_2019-2021.csv"));
        randers(inbox.resolve("randers_fraflytninger.xlsx"));
        viborg(inbox.resolve("viborg_fraflytninger_2019-2021.csv"));
        survey(inbox.resolve("tryghedsmaaling_2019-2021.xlsx"));
        lbf(inbox.resolve("lbf_udtraek_2019-2021.xlsx"));
        police(inbox.resolve("politi_haervaerk_2019-2021.csv"));
    }

    /** The n-th of {@code count} move-outs of a year, spread over it. */
    private static LocalDate date(int year, int n, int count) {
        return LocalDate.of(year, 1, 3).plusDays(350L * n / count);
    }

    private static void brabrand(Path file) throws IOException {
        List<String> lines = new ArrayList<>(List.of("\"Afd\",\"Lejemaal\",\"Udflytningsdato\",\"Aarsag\""));
        for (int afdeling : List.of(4, 5)) {
            List<Integer> counts = MOVEOUTS.get("Brabrand Boligforening/" + afdeling);
            for (int y = 0; y < YEARS.size(); y++) {
                for (int n = 0; n < counts.get(y); n++) {
                    lines.add(String.join(",", quoted(String.valueOf(afdeling)),
                            quoted(afdeling + "-" + (100 + y * 40 + n)), quoted(date(YEARS.get(y), n,
                                    counts.get(y)).toString()), quoted(REASONS.get(n % REASONS.size()))));
                }
            }
        }
        write(file, "\uFEFF" + String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }

    private static void randers(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
            List<Integer> counts = MOVEOUTS.get("Boligselskabet Randers/12");
            for (int y = 0; y < YEARS.size(); y++) {
                Sheet sheet = workbook.createSheet(String.valueOf(YEARS.get(y)));
                sheet.createRow(0).createCell(0).setCellValue("Fraflytninger " + YEARS.get(y));
                Row header = sheet.createRow(2);
                header.createCell(0).setCellValue("Afdeling");
                header.createCell(1).setCellValue("Lejemål");
                header.createCell(2).setCellValue("Fraflyttet");
                for (int n = 0; n < counts.get(y); n++) {
                    Row row = sheet.createRow(3 + n);
                    row.createCell(0).setCellValue(12);
                    row.createCell(1).setCellValue("12-" + (200 + y * 40 + n));
                    Cell date = row.createCell(2);
                    date.setCellValue(date(YEARS.get(y), n, counts.get(y)));
                    date.setCellStyle(dates);
                }
            }
            save(workbook, file);
        }
    }

    private static void viborg(Path file) throws IOException {
        List<String> lines = new ArrayList<>(List.of("Afd.nr.;Lejemålsnummer;Fraflytningsdato"));
        List<Integer> counts = MOVEOUTS.get("Boligselskabet Viborg/30");
        for (int y = 0; y < YEARS.size(); y++) {
            for (int n = 0; n < counts.get(y); n++) {
                LocalDate day = date(YEARS.get(y), n, counts.get(y));
                lines.add("30;30-" + (300 + y * 40 + n) + ";" + day.getDayOfMonth() + "." + day.getMonthValue() + "."
                        + day.getYear());
            }
        }
        write(file, String.join("\r\n", lines) + "\r\n", Charset.forName("windows-1252"));
    }

    /** One column a year; for each area a row of respondents and a row of the safe. */
    private static void survey(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Tryghed");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Boligområde");
            header.createCell(1).setCellValue("Måling");
            for (int y = 0; y < YEARS.size(); y++) {
                header.createCell(2 + y).setCellValue(String.valueOf(YEARS.get(y)));
            }
            int r = 1;
            for (String area : AREAS) {
                List<String> measures = List.of("Svarpersoner", "Trygge");
                for (int m = 0; m < measures.size(); m++) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(area);
                    row.createCell(1).setCellValue(measures.get(m));
                    for (int y = 0; y < YEARS.size(); y++) {
                        row.createCell(2 + y).setCellValue(SURVEY.get(area).get(m).get(y));
                    }
                }
            }
            save(workbook, file);
        }
    }

    /** Område, År, then a merged heading per indicator over its Tæller and Nævner; a title row above. */
    private static void lbf(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Udtræk");
            sheet.createRow(0).createCell(0).setCellValue("Boligsociale data – udtræk for Midtjylland");
            Row groups = sheet.createRow(2);
            Row names = sheet.createRow(3);
            groups.createCell(0).setCellValue("Område");
            groups.createCell(1).setCellValue("År");
            groups.createCell(2).setCellValue("Andel 1-5-årige i dagtilbud");
            groups.createCell(4).setCellValue("Valgdeltagelse");
            for (int c = 2; c < 6; c++) {
                names.createCell(c).setCellValue(c % 2 == 0 ? "Tæller" : "Nævner");
            }
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 2, 3));
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 4, 5));
            int r = 4;
            for (String area : AREAS) {
                for (int y = 0; y < YEARS.size(); y++) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(area);
                    row.createCell(1).setCellValue(YEARS.get(y));
                    row.createCell(2).setCellValue(DAY_CARE.get(area).get(0).get(y));
                    row.createCell(3).setCellValue(DAY_CARE.get(area).get(1).get(y));
                    int election = YEARS.get(y) == 2019 ? 0 : YEARS.get(y) == 2021 ? 1 : -1;
                    if (election >= 0) {
                        row.createCell(4).setCellValue(TURNOUT.get(area).get(0).get(election));
                        row.createCell(5).setCellValue(TURNOUT.get(area).get(1).get(election));
                    }
                }
            }
            save(workbook, file);
        }
    }

    private static void police(Path file) throws IOException {
        List<String> lines = new ArrayList<>(List.of("Boligområde;År;Anmeldelser af hærværk"));
        for (int y = 0; y < YEARS.size(); y++) {
            int total = 0;
            for (String area : AREAS) {
                int reports = VANDALISM.get(area).get(y);
                total += reports;
                lines.add(area + ";" + YEARS.get(y) + ";" + reports);
            }
            lines.add("I alt;" + YEARS.get(y) + ";" + total);
        }
        write(file, String.join("\r\n", lines) + "\r\n", Charset.forName("windows-1252"));
    }

    private static String quoted(String field) {
        return "\"" + field + "\"";
    }

    private static void write(Path file, String text, Charset charset) throws IOException {
        Files.write(file, text.getBytes(charset));
    }

    private static void save(XSSFWorkbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }
}
