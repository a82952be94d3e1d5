package dk.boligmonitor.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The police extract: safety survey, reports of vandalism and arson, and charges. */
final class PoliceWorkbook {
    static final String FILE = "politi_tryghed_og_anmeldelser_2013-2021.xlsx";
    static final String SUB = "Alle SUB-områder";
    static final List<Integer> SURVEY_YEARS = List.of(2014, 2016, 2017, 2018, 2019, 2020, 2021);
    /** Order of the four areas in the published survey table and in {@link #PUBLISHED}. */
    static final List<Place> PROGRAMME = List.of(
            Place.MOTALAVEJ, Place.SKAELSKOER, Place.SYDBYEN, Place.RINGPARKEN);
    /** Published shares (per cent): safe, unsafe per area, then the four areas combined, for 2014 and 2016. */
    static final Map<Integer, int[][]> PUBLISHED = Map.of(
            2014, new int[][] {{58, 72, 68, 65}, {19, 0, 7, 12}, {65, 10}},
            2016, new int[][] {{63, 76, 75, 73}, {28, 5, 17, 23}, {71, 21}});
    /** Published: all SUB areas 72.4 % safe in 2016 (police tryghedsindeks), the Tryghed target's reference. */
    static final String SUB_SAFE_2016 = "72.4";
    /** Published: Denmark 89.1 % safe in 2016. */
    static final String COUNTRY_SAFE_2016 = "89.1";

    /**
     * Intended safe / unsafe shares 2017–2021. Motalavej and Ringparken climb to and sometimes past the SUB
     * level; Sydbyen and Skælskør stay near their 2017 zero point, so the targets engine sees both outcomes.
     */
    private static final Map<Place, double[][]> LATER = new EnumMap<>(Map.of(
            Place.MOTALAVEJ, new double[][] {{0.66, 0.70, 0.755, 0.72, 0.765}, {0.24, 0.20, 0.16, 0.18, 0.14}},
            Place.SKAELSKOER, new double[][] {{0.78, 0.77, 0.79, 0.76, 0.785}, {0.06, 0.07, 0.05, 0.08, 0.06}},
            Place.SYDBYEN, new double[][] {{0.73, 0.72, 0.745, 0.71, 0.735}, {0.15, 0.16, 0.14, 0.17, 0.15}},
            Place.RINGPARKEN, new double[][] {{0.71, 0.735, 0.73, 0.755, 0.765}, {0.20, 0.17, 0.17, 0.15, 0.13}}));
    /** SUB-area safe share in 2014, 2017–2021 (2016 is published). */
    private static final double[] SUB_SAFE = {0.725, 0.730, 0.728, 0.741, 0.735, 0.746};
    private static final Map<Place, Integer> PREFERRED_RESPONDENTS = Map.of(
            Place.MOTALAVEJ, 120, Place.SKAELSKOER, 75, Place.SYDBYEN, 110, Place.RINGPARKEN, 170);

    /**
     * Vandalism reports in the four areas, 2013–2021: 123 in 2015 as in the 2017 agreement; from 2017 Motalavej
     * falls more than 15 % every year, Ringparken about 10 %, Sydbyen and Skælskør alternate.
     */
    static final Map<Place, int[]> VANDALISM = Map.of(
            Place.MOTALAVEJ, new int[] {34, 31, 29, 32, 33, 28, 23, 19, 16},
            Place.SKAELSKOER, new int[] {19, 18, 16, 17, 21, 19, 16, 15, 13},
            Place.SYDBYEN, new int[] {30, 28, 33, 35, 34, 28, 26, 22, 20},
            Place.RINGPARKEN, new int[] {48, 50, 45, 47, 49, 44, 39, 35, 31});
    /** Arson in the four areas: 15 in 2015 and 28 in 2016 (published), then about 10 % down a year overall. */
    static final Map<Place, int[]> ARSON = Map.of(
            Place.MOTALAVEJ, new int[] {5, 6, 4, 8, 7, 6, 6, 5, 4},
            Place.SKAELSKOER, new int[] {2, 2, 2, 3, 2, 2, 2, 2, 2},
            Place.SYDBYEN, new int[] {4, 4, 3, 6, 6, 5, 6, 4, 4},
            Place.RINGPARKEN, new int[] {6, 7, 6, 11, 10, 9, 9, 8, 7});

    private final Random random;
    private final CrimeFigures crime;

    PoliceWorkbook(Random random, CrimeFigures crime) {
        this.random = random;
        this.crime = crime;
    }

    void write(Path dir) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        CellStyle bold = Xlsx.bold(wb);
        writeSurvey(wb.createSheet("Tryghedsmåling"), bold);
        writeReports(wb.createSheet("Anmeldelser"), bold);
        writeCharges(wb.createSheet("Sigtelser"), bold);
        Xlsx.save(wb, dir.resolve(FILE));
    }

    private void writeSurvey(Sheet sheet, CellStyle bold) {
        Xlsx.text(Xlsx.row(sheet, 0), 0, "Tryghedsundersøgelsen – andel trygge og utrygge beboere").setCellStyle(bold);
        Xlsx.header(Xlsx.row(sheet, 2), bold, "Boligområde", "År", "Svarpersoner", "Trygge", "Utrygge",
                "Frivilligt arbejde");
        Map<Integer, List<SafetySurvey.Answers>> published = solvePublished();
        int r = 3;
        List<String> names = new ArrayList<>();
        for (Place place : Place.values()) {
            if (place != Place.COUNTRY) {
                names.add(place.policeName);
            }
        }
        names.add(SUB);
        names.add(Place.COUNTRY.policeName);
        for (String name : names) {
            for (int year : SURVEY_YEARS) {
                SafetySurvey.Answers answers = answers(name, year, published);
                Row row = sheet.createRow(r++);
                Xlsx.text(row, 0, name);
                // Years come as text in these exports; importers must accept "2016" as well as 2016.
                Xlsx.text(row, 1, Integer.toString(year));
                Xlsx.number(row, 2, answers.respondents(), null);
                Xlsx.number(row, 3, answers.safe(), null);
                Xlsx.number(row, 4, answers.unsafe(), null);
                Xlsx.number(row, 5, Rates.count(0.10 + random.nextDouble() * 0.10, answers.respondents()), null);
            }
        }
        sheet.setColumnWidth(0, 24 * 256);
    }

    private Map<Integer, List<SafetySurvey.Answers>> solvePublished() {
        Map<Integer, List<SafetySurvey.Answers>> solved = new TreeMap<>();
        int[] preferred = PROGRAMME.stream().mapToInt(PREFERRED_RESPONDENTS::get).toArray();
        PUBLISHED.forEach((year, figures) -> solved.put(year, SafetySurvey.solve(
                preferred, figures[0], figures[1], figures[2][0], figures[2][1])));
        return solved;
    }

    private SafetySurvey.Answers answers(String name, int year, Map<Integer, List<SafetySurvey.Answers>> published) {
        Place place = null;
        for (Place candidate : Place.values()) {
            if (candidate.policeName.equals(name)) {
                place = candidate;
            }
        }
        if (place != null && PROGRAMME.contains(place)) {
            if (published.containsKey(year)) {
                return published.get(year).get(PROGRAMME.indexOf(place));
            }
            int n = PREFERRED_RESPONDENTS.get(place) + random.nextInt(41) - 20;
            double[][] later = LATER.get(place);
            return new SafetySurvey.Answers(n, Rates.count(later[0][year - 2017], n),
                    Rates.count(later[1][year - 2017], n));
        }
        if (place == null) {
            // Alle SUB-områder: a large pooled sample, so 72.4 % is a real one-decimal share.
            int n = 2000 + random.nextInt(1001);
            int sub = SURVEY_YEARS.indexOf(year);
            if (year == 2016) {
                return largeSample(n, SUB_SAFE_2016, 0.15);
            }
            return new SafetySurvey.Answers(n, Rates.count(SUB_SAFE[sub > 1 ? sub - 1 : 0], n), Rates.count(0.15, n));
        }
        if (place == Place.COUNTRY) {
            int n = 24_000 + random.nextInt(6001);
            if (year == 2016) {
                return largeSample(n, COUNTRY_SAFE_2016, 0.05);
            }
            return new SafetySurvey.Answers(n, Rates.count(0.885 + random.nextDouble() * 0.01, n),
                    Rates.count(0.05, n));
        }
        boolean municipality = place.kind == Place.Kind.MUNICIPALITY;
        int n = municipality ? 800 + random.nextInt(701) : 100 + random.nextInt(151);
        double safe = municipality ? 0.86 + random.nextDouble() * 0.04 : 0.60 + random.nextDouble() * 0.10;
        double unsafe = municipality ? 0.04 + random.nextDouble() * 0.02 : 0.15 + random.nextDouble() * 0.10;
        return new SafetySurvey.Answers(n, Rates.count(safe, n), Rates.count(unsafe, n));
    }

    private static SafetySurvey.Answers largeSample(int n, String safeShare, double unsafe) {
        int safe = Rates.numeratorRange(n, 100, safeShare)[0];
        return new SafetySurvey.Answers(n, safe, Rates.count(unsafe, n));
    }

    private void writeReports(Sheet sheet, CellStyle bold) {
        Xlsx.header(Xlsx.row(sheet, 0), bold, "Boligområde", "År", "Anmeldelser af hærværk", "Påsatte brande");
        int r = 1;
        for (Place place : Place.values()) {
            if (place == Place.COUNTRY) {
                continue;
            }
            double vandalism = switch (place) {
                case VAEREBRO_PARK -> 52;
                case HEDEPARKEN -> 32;
                case ELEMENTPARKEN -> 27;
                case SLAGELSE -> 430;
                case GLADSAXE -> 360;
                case BALLERUP -> 290;
                case HERLEV -> 190;
                default -> 0;
            };
            double arson = place.kind == Place.Kind.MUNICIPALITY ? vandalism / 7 : 7;
            for (int i = 0; i < Place.YEARS; i++) {
                Row row = sheet.createRow(r++);
                Xlsx.text(row, 0, place.policeName);
                Xlsx.number(row, 1, Place.FIRST_YEAR + i, null);
                if (VANDALISM.containsKey(place)) {
                    Xlsx.number(row, 2, VANDALISM.get(place)[i], null);
                    Xlsx.number(row, 3, ARSON.get(place)[i], null);
                } else {
                    double trend = 1 - 0.03 * Math.max(0, i - 4);
                    Xlsx.number(row, 2, Math.round(vandalism * trend * (0.9 + random.nextDouble() * 0.2)), null);
                    Xlsx.number(row, 3, Math.round(arson * trend * (0.6 + random.nextDouble() * 0.8)), null);
                }
            }
        }
        sheet.setColumnWidth(0, 24 * 256);
    }

    private void writeCharges(Sheet sheet, CellStyle bold) {
        Xlsx.header(Xlsx.row(sheet, 0), bold, "Boligområde", "År", "Sigtelser", "Beboere");
        int r = 1;
        for (Place place : Place.values()) {
            double start = switch (place.kind) {
                case PROGRAMME_AREA -> 80;
                case PARTNERSHIP_AREA -> 85;
                case MUNICIPALITY -> place == Place.SLAGELSE ? 42 : 35;
                case COUNTRY -> 32;
            };
            double fall = place.isArea() ? 2.5 : place.kind == Place.Kind.COUNTRY ? 0.5 : 0.8;
            for (int i = 0; i < Place.YEARS; i++) {
                int year = Place.FIRST_YEAR + i;
                double perThousand = (start - fall * i) * (place.kind == Place.Kind.COUNTRY ? 1
                        : 0.96 + random.nextDouble() * 0.08);
                int residents = crime.residents(place, year);
                Row row = sheet.createRow(r++);
                Xlsx.text(row, 0, place.policeName);
                Xlsx.number(row, 1, year, null);
                Xlsx.number(row, 2, Math.round(perThousand * residents / 1000), null);
                Xlsx.number(row, 3, residents, null);
            }
        }
        sheet.setColumnWidth(0, 24 * 256);
    }
}
