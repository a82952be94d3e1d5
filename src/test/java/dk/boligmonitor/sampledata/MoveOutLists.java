package dk.boligmonitor.sampledata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The housing companies' move-out lists: one row per move-out, no personal data. Three companies deliver CSV
 * (layout A), two deliver a workbook (layout B), as their administration systems differ.
 */
final class MoveOutLists {
    record Estate(String company, int number, int tenancies, Place area) {
    }

    record MoveOut(Estate estate, int unit, LocalDate date, String reason, int vacancyDays, long lossOere) {
        String tenancy() {
            return String.format("%d-%04d", estate.number(), unit);
        }
    }

    static final List<Estate> ESTATES = List.of(
            new Estate("BoligKorsør", 15, 220, Place.MOTALAVEJ),
            new Estate("BoligKorsør", 21, 180, Place.MOTALAVEJ),
            new Estate("BoligKorsør", 35, 160, Place.MOTALAVEJ),
            new Estate("FOB", 23, 210, Place.RINGPARKEN),
            new Estate("FOB", 24, 190, Place.RINGPARKEN),
            new Estate("FOB", 26, 170, Place.RINGPARKEN),
            new Estate("FOB", 32, 150, Place.RINGPARKEN),
            new Estate("SAB", 7, 180, Place.RINGPARKEN),
            new Estate("Slagelse Boligselskab", 12, 340, Place.SYDBYEN),
            new Estate("FOB", 34, 260, Place.SYDBYEN),
            new Estate("Skælskør Boligselskab", 3, 150, Place.SKAELSKOER),
            new Estate("Skælskør Boligselskab", 5, 130, Place.SKAELSKOER));

    /**
     * Intended move-out rate per area (per cent), 2013–2021: about 22 % for the programme in 2017, then falling
     * 5–15 % a year, so that Motalavej meets "10 % down a year", Ringparken misses it and the others alternate.
     */
    static final Map<Place, double[]> RATES = Map.of(
            Place.MOTALAVEJ, new double[] {21.0, 22.0, 23.0, 24.0, 24.0, 21.0, 18.5, 16.5, 14.5},
            Place.RINGPARKEN, new double[] {20.0, 21.0, 22.0, 23.0, 23.0, 21.5, 19.5, 18.0, 16.5},
            Place.SYDBYEN, new double[] {19.0, 20.0, 21.0, 21.0, 21.5, 19.0, 17.5, 15.5, 14.0},
            Place.SKAELSKOER, new double[] {16.0, 17.0, 18.0, 18.0, 18.5, 16.5, 14.5, 13.0, 13.5});

    private static final List<String> REASONS = List.of(
            "Flyttet til anden almen bolig", "Købt ejerbolig", "Flyttet til privat udlejning", "Plejebolig",
            "Dødsfald", "Ophævelse/udsættelse", "Flyttet ud af kommunen", "Andet");
    private static final int[] REASON_WEIGHTS = {30, 8, 14, 5, 6, 5, 18, 14};
    /** Skælskør's estates have older tenants: more move-outs to care homes and deaths. */
    private static final int[] REASON_WEIGHTS_OLDER = {26, 8, 12, 12, 12, 4, 14, 12};
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final Random random;
    private final List<MoveOut> moveOuts = new ArrayList<>();

    MoveOutLists(Random random) {
        this.random = random;
        for (Place area : RATES.keySet().stream().sorted().toList()) {
            List<Estate> estates = ESTATES.stream().filter(e -> e.area() == area).toList();
            int tenancies = estates.stream().mapToInt(Estate::tenancies).sum();
            for (int i = 0; i < Place.YEARS; i++) {
                int total = (int) Math.round(RATES.get(area)[i] * tenancies / 100);
                int[] perEstate = split(total, estates);
                for (int e = 0; e < estates.size(); e++) {
                    drawYear(estates.get(e), Place.FIRST_YEAR + i, perEstate[e]);
                }
            }
        }
        moveOuts.sort(Comparator.comparing((MoveOut m) -> ESTATES.indexOf(m.estate()))
                .thenComparing(MoveOut::date).thenComparingInt(MoveOut::unit));
    }

    /** Largest-remainder split by tenancies with some noise, so estates differ but the area total is kept. */
    private int[] split(int total, List<Estate> estates) {
        double[] weights = new double[estates.size()];
        double sum = 0;
        for (int e = 0; e < weights.length; e++) {
            weights[e] = estates.get(e).tenancies() * (0.85 + random.nextDouble() * 0.3);
            sum += weights[e];
        }
        int[] counts = new int[weights.length];
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int e = 0; e < weights.length; e++) {
            double exact = total * weights[e] / sum;
            counts[e] = (int) Math.floor(exact);
            remainders[e] = exact - counts[e];
            given += counts[e];
        }
        for (; given < total; given++) {
            int largest = 0;
            for (int e = 1; e < weights.length; e++) {
                if (remainders[e] > remainders[largest]) {
                    largest = e;
                }
            }
            counts[largest]++;
            remainders[largest] = -1;
        }
        return counts;
    }

    /** Distinct tenancies within the year, so no tenancy has two move-outs on one date. */
    private void drawYear(Estate estate, int year, int count) {
        int[] units = new int[estate.tenancies()];
        for (int u = 0; u < units.length; u++) {
            units[u] = u + 1;
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        int days = first.lengthOfYear();
        int[] weights = estate.area() == Place.SKAELSKOER ? REASON_WEIGHTS_OLDER : REASON_WEIGHTS;
        for (int k = 0; k < count; k++) {
            int pick = k + random.nextInt(units.length - k);
            int unit = units[pick];
            units[pick] = units[k];
            units[k] = unit;
            String reason = REASONS.get(weighted(weights));
            moveOuts.add(new MoveOut(estate, unit, first.plusDays(random.nextInt(days)), reason,
                    vacancyDays(), loss(reason)));
        }
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        throw new IllegalStateException();
    }

    /** Most tenancies are re-let at once or within a few weeks; a tail stands empty up to two months. */
    private int vacancyDays() {
        double draw = random.nextDouble();
        if (draw < 0.40) {
            return random.nextInt(4);
        }
        return draw < 0.85 ? 4 + random.nextInt(17) : 21 + random.nextInt(40);
    }

    /** Loss in øre: usually none, log-normal otherwise; evictions leave a loss far more often and larger. */
    private long loss(String reason) {
        boolean eviction = reason.equals("Ophævelse/udsættelse");
        if (random.nextDouble() < (eviction ? 0.15 : 0.55)) {
            return 0;
        }
        double kroner = Math.exp(Math.log(eviction ? 18_000 : 5_000) + random.nextGaussian() * 0.9);
        return Math.max(25_000, Math.min(9_500_000, Math.round(kroner * 100)));
    }

    List<MoveOut> moveOuts() {
        return moveOuts;
    }

    void writeCsv(Path file, String company) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (MoveOut m : moveOuts) {
            if (m.estate().company().equals(company)) {
                rows.add(List.of(Integer.toString(m.estate().number()), m.tenancy(), m.date().format(DANISH_DATE),
                        m.reason(), Integer.toString(m.vacancyDays()), danishAmount(m.lossOere())));
            }
        }
        Csv.write(file, StandardCharsets.UTF_8, false, List.of("Afdeling", "Lejemålsnr.", "Fraflytningsdato",
                "Fraflytningsårsag", "Tomgangsdage", "Tab ved fraflytning (kr.)"), rows);
    }

    void writeWorkbook(Path file, String company) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("Fraflytninger");
        CellStyle bold = Xlsx.bold(wb);
        CellStyle date = Xlsx.format(wb, "dd-mm-yyyy");
        CellStyle amount = Xlsx.format(wb, "#,##0.00");
        Xlsx.text(Xlsx.row(sheet, 0), 0, company + " – fraflytninger 2013–2021").setCellStyle(bold);
        Xlsx.text(Xlsx.row(sheet, 1), 0, "Udtrukket " + Xlsx.EXTRACTED.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        Xlsx.header(Xlsx.row(sheet, 3), bold, "Afd.", "Lejemål", "Fraflyttet", "Årsag", "Tomgang (dage)", "Tab (kr.)");
        int r = 4;
        for (MoveOut m : moveOuts) {
            if (m.estate().company().equals(company)) {
                Row row = sheet.createRow(r++);
                Xlsx.number(row, 0, m.estate().number(), null);
                Xlsx.text(row, 1, m.tenancy());
                row.createCell(2).setCellValue(m.date());
                row.getCell(2).setCellStyle(date);
                Xlsx.text(row, 3, m.reason());
                Xlsx.number(row, 4, m.vacancyDays(), null);
                Xlsx.number(row, 5, m.lossOere() / 100.0, amount);
            }
        }
        sheet.setColumnWidth(2, 12 * 256);
        sheet.setColumnWidth(3, 30 * 256);
        Xlsx.save(wb, file);
    }

    /** 1234550 øre → "12.345,50": Danish thousands dot and decimal comma, built from integers only. */
    static String danishAmount(long oere) {
        String kroner = String.format(java.util.Locale.ROOT, "%,d", oere / 100).replace(',', '.');
        return kroner + "," + String.format("%02d", oere % 100);
    }
}
