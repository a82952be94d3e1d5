package dk.boligmonitor.sampledata;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Landsbyggefonden's "Boligsociale data": one row per place, indicator and year with numerator, denominator
 * and value. All figures are invented; the levels follow the strategic agreement 2021–25 (areas vs Slagelse).
 */
final class LbfWorkbook {
    static final String FILE = "lbf_boligsociale_data_2013-2021.xlsx";
    static final String DAYCARE = "Andel 1-5-årige i dagtilbud";
    static final String MARK = "Gennemsnitlig karakter i dansk og matematik, 9. klasse";
    static final String PRIMARY_ONLY =
            "Andel 18-29-årige med grundskole som højeste uddannelse, ikke i uddannelse";
    static final String NEET = "Andel 15-29-årige uden for uddannelse og beskæftigelse";
    static final String NO_ATTACHMENT = "Andel 18-64-årige uden tilknytning til arbejdsmarked eller uddannelse";
    static final String CHARGED = "Andel 15-29-årige sigtet mindst én gang";
    static final String TURNOUT = "Valgdeltagelse";
    static final List<String> INDICATORS =
            List.of(DAYCARE, MARK, PRIMARY_ONLY, NEET, NO_ATTACHMENT, CHARGED, TURNOUT);
    /** Municipal elections; 2015 and 2019 were general elections, with higher turnout. */
    private static final List<Integer> MUNICIPAL_ELECTIONS = List.of(2013, 2017, 2021);

    private final Random random;
    private final CrimeFigures crime;
    private final SchoolFigures school;

    LbfWorkbook(Random random, CrimeFigures crime, SchoolFigures school) {
        this.random = random;
        this.crime = crime;
        this.school = school;
    }

    void write(Path dir) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet about = wb.createSheet("Om data");
        List<String> lines = List.of(
                "Boligsociale data fra Landsbyggefonden",
                "Tallene er opgjort for boligområderne og deres beliggenhedskommuner samt hele landet.",
                "Andele er beregnet som tæller / nævner × 100 og afrundet til én decimal.",
                "Karaktergennemsnit er opgjort for elever i 9. klasse, der har aflagt prøve i dansk og matematik.",
                "Valgdeltagelse er opgjort ved kommunal- og regionsrådsvalg (2013, 2017, 2021) og folketingsvalg (2015, 2019).",
                "Tal baseret på færre end 5 personer bør ikke offentliggøres.",
                "Eksempeldata til test: tallene er opdigtede.");
        for (int i = 0; i < lines.size(); i++) {
            Xlsx.text(Xlsx.row(about, i), 0, lines.get(i));
        }
        about.setColumnWidth(0, 100 * 256);

        Sheet sheet = wb.createSheet("Boligsociale data");
        CellStyle bold = Xlsx.bold(wb);
        CellStyle oneDecimal = Xlsx.format(wb, "0.0");
        Xlsx.text(Xlsx.row(sheet, 0), 0, "Landsbyggefonden – Boligsociale data").setCellStyle(bold);
        Xlsx.text(Xlsx.row(sheet, 1), 0, "Boligområder og beliggenhedskommuner, 2013–2021");
        // Real LBF extracts merge the title cells across the table; importers must skip them.
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 5));
        Xlsx.header(Xlsx.row(sheet, 3), bold, "Område", "Indikator", "År", "Tæller", "Nævner", "Værdi");
        int r = 4;
        for (Place place : Place.values()) {
            for (String indicator : INDICATORS) {
                for (int year = Place.FIRST_YEAR; year <= Place.LAST_YEAR; year++) {
                    if (indicator.equals(TURNOUT) && year % 2 == 0) {
                        continue;
                    }
                    Row row = sheet.createRow(r++);
                    Xlsx.text(row, 0, place.lbfName);
                    Xlsx.text(row, 1, indicator);
                    Xlsx.number(row, 2, year, null);
                    if (indicator.equals(MARK)) {
                        writeMark(row, place, year, oneDecimal);
                    } else {
                        writeShare(row, place, indicator, year, oneDecimal);
                    }
                }
            }
        }
        sheet.setColumnWidth(0, 32 * 256);
        sheet.setColumnWidth(1, 72 * 256);
        Xlsx.save(wb, dir.resolve(FILE));
    }

    /** The mark has no numerator: Nævner is the pupils who sat the exams, Værdi their mean mark. */
    private void writeMark(Row row, Place place, int year, CellStyle oneDecimal) {
        int i = year - Place.FIRST_YEAR;
        int ninth = school.ninthGraders(place, year);
        int sat = place.isArea() ? Math.max(1, ninth - random.nextInt(3)) : (int) Math.round(ninth * 0.97);
        double mark = switch (place.kind) {
            case PROGRAMME_AREA, PARTNERSHIP_AREA -> Math.max(4.5, Math.min(6.0, 4.7 + 0.11 * i + noise(0.6)));
            case MUNICIPALITY -> 6.6 + 0.03 * i + noise(0.2);
            case COUNTRY -> 7.0 + 0.02 * i + noise(0.1);
        };
        Xlsx.number(row, 4, sat, null);
        Xlsx.number(row, 5, BigDecimal.valueOf(mark).setScale(1, RoundingMode.HALF_UP).doubleValue(), oneDecimal);
    }

    private void writeShare(Row row, Place place, String indicator, int year, CellStyle oneDecimal) {
        int i = year - Place.FIRST_YEAR;
        int residents = crime.residents(place, year);
        boolean area = place.isArea();
        boolean country = place.kind == Place.Kind.COUNTRY;
        double population;
        double share;
        switch (indicator) {
            case DAYCARE -> {
                population = area ? 0.068 : 0.056;
                share = area ? 0.72 + 0.011 * i + noise(0.06) : 0.89 + 0.002 * i + noise(0.02);
            }
            case PRIMARY_ONLY -> {
                population = area ? 0.17 : 0.15;
                share = area ? 0.42 - 0.0085 * i + noise(0.03)
                        : country ? 0.17 - 0.002 * i + noise(0.004) : 0.225 - 0.0025 * i + noise(0.006);
            }
            case NEET -> {
                population = area ? 0.20 : 0.18;
                share = area ? 0.19 - 0.004 * i + noise(0.03)
                        : country ? 0.075 - 0.001 * i + noise(0.002) : 0.10 - 0.002 * i + noise(0.006);
            }
            case NO_ATTACHMENT -> {
                population = area ? 0.58 : 0.60;
                share = area ? 0.49 - 0.009 * i + noise(0.02)
                        : country ? 0.21 - 0.002 * i + noise(0.002) : 0.26 - 0.002 * i + noise(0.01);
            }
            case CHARGED -> {
                population = area ? 0.20 : 0.18;
                share = area ? Math.max(0.04, Math.min(0.08, 0.075 - 0.003 * i + noise(0.015)))
                        : country ? 0.022 - 0.0007 * i + noise(0.001) : 0.028 - 0.001 * i + noise(0.002);
            }
            case TURNOUT -> {
                population = area ? 0.62 : 0.78;
                boolean municipal = MUNICIPAL_ELECTIONS.contains(year);
                share = area ? (municipal ? 0.48 : 0.58) + noise(0.05)
                        : (municipal ? 0.71 : 0.84) + noise(0.02);
            }
            default -> throw new IllegalArgumentException(indicator);
        }
        int denominator = (int) Math.round(residents * population);
        int numerator = Rates.count(share, denominator);
        // A couple of numerators under 5, so that small-count suppression is exercised on LBF data too.
        if (indicator.equals(CHARGED) && place == Place.SKAELSKOER && (year == 2015 || year == 2019)) {
            numerator = year == 2015 ? 4 : 3;
        }
        Xlsx.number(row, 3, numerator, null);
        Xlsx.number(row, 4, denominator, null);
        Xlsx.number(row, 5, Rates.rate(numerator, denominator, 100, 1).doubleValue(), oneDecimal);
    }

    private double noise(double width) {
        return (random.nextDouble() - 0.5) * width;
    }
}
