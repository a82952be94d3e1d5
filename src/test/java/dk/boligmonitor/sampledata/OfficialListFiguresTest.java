package dk.boligmonitor.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official list of udsatte boligområder (almenboligloven § 61 a) worked out by hand from the committed
 * files alone: criterion 1 from the LBF workbook, criteria 2–4, residents and the non-Western share from the
 * DST export {@code dst_boligomraader_61a}. The expected table below is what the criteria engine must produce
 * for the sample; it is written out here, not taken from the generator.
 *
 * <p>Criteria: (1) more than 40 % of 18–64-year-olds outside work and education, (2) share of adults convicted
 * at least 3 times the country's, both averaged over the year and the year before by summing numerators and
 * denominators; (3) more than 60 % of 30–59-year-olds with primary school only; (4) mean income under 55 % of
 * the region's. Udsat: at least 1,000 residents and at least 2 criteria; parallelsamfund: udsat and more than
 * 50 % non-Western residents.
 */
public class OfficialListFiguresTest {
    private static final Path DIR = SampleFiles.COMMITTED;
    private static final String FILE = "dst_boligomraader_61a_2013-2021.csv";
    private static final String RESIDENTS = "Beboere i alt";
    private static final String ADULTS = "Beboere 18 år og derover";
    private static final String CONVICTED = "Dømte 18 år og derover";
    private static final String AGED_30_59 = "30-59-årige";
    private static final String PRIMARY_30_59 = "30-59-årige med grundskole som højeste uddannelse";
    private static final String TAXPAYERS = "15-64-årige skatteydere ekskl. studerende";
    private static final String INCOME = "Samlet bruttoindkomst for 15-64-årige skatteydere ekskl. studerende (kr.)";
    private static final String NON_WESTERN = "Indvandrere og efterkommere fra ikke-vestlige lande";
    private static final String NO_ATTACHMENT = "Andel 18-64-årige uden tilknytning til arbejdsmarked eller uddannelse";
    private static final String COUNTRY = "Hele landet";
    private static final String SJAELLAND = "Region Sjælland";
    private static final String HOVEDSTADEN = "Region Hovedstaden";
    private static final List<Integer> YEARS = List.of(2018, 2019, 2020, 2021);

    /** DST name of each area, its name in the LBF workbook and its region. */
    private static final Map<String, String[]> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("Motalavej", new String[] {"Motalavej", SJAELLAND});
        AREAS.put("Ringparken og Schackenborgvænge", new String[] {"Ringparken/Schackenborgvænge", SJAELLAND});
        AREAS.put("Sydbyen", new String[] {"Sydbyen", SJAELLAND});
        AREAS.put("Skælskør", new String[] {"Skælskør (Parkvej/Præstevangen)", SJAELLAND});
        AREAS.put("Værebro Park", new String[] {"Værebro Park", HOVEDSTADEN});
        AREAS.put("Hedeparken", new String[] {"Hedeparken", HOVEDSTADEN});
        AREAS.put("Elementparken", new String[] {"Elementparken", HOVEDSTADEN});
    }

    /**
     * Criteria met per area, 2018–2021: digit k where criterion k is met, '-' where not; then the status.
     * U = udsat, P = parallelsamfund, "-" = not on the list.
     */
    private static final Map<String, String[]> EXPECTED = Map.of(
            "Motalavej", new String[] {"12-- U", "12-- U", "1--- -", "1--- -"},
            "Ringparken og Schackenborgvænge", new String[] {"1234 P", "12-4 P", "1--4 U", "1--4 U"},
            "Sydbyen", new String[] {"12-- U", "1--- -", "1--- -", "1--- -"},
            "Skælskør", new String[] {"1-3- -", "1-34 -", "1-34 -", "1-34 -"},
            "Værebro Park", new String[] {"12-4 U", "12-4 U", "1--4 U", "1--4 U"},
            "Hedeparken", new String[] {"1--- -", "1--- -", "1--- -", "1--- -"},
            "Elementparken", new String[] {"1--- -", "1--- -", "1--- -", "1--- -"});

    /**
     * The hand-worked outcome for one area (its name in the DST export) and year, e.g. "12-- U", so the
     * engine's results on the sample can be compared with it.
     */
    public static String expected(String area, int year) {
        return EXPECTED.get(area)[YEARS.indexOf(year)];
    }

    /** Residents and non-Western share (one decimal) per area, 2018–2021, as the README's table gives them. */
    private static final Map<String, String[]> RESIDENTS_AND_NON_WESTERN = Map.of(
            "Motalavej", new String[] {"1399 46.0", "1407 46.1", "1396 46.4", "1398 46.6"},
            "Ringparken og Schackenborgvænge", new String[] {"2005 52.6", "2006 51.3", "2020 49.1", "2017 48.3"},
            "Sydbyen", new String[] {"1494 46.9", "1514 47.2", "1510 47.4", "1522 47.6"},
            "Skælskør", new String[] {"597 30.5", "594 30.8", "602 31.6", "591 32.1"},
            "Værebro Park", new String[] {"2525 46.0", "2494 46.4", "2541 46.7", "2540 47.2"},
            "Hedeparken", new String[] {"1296 52.2", "1301 52.7", "1301 52.8", "1299 53.0"},
            "Elementparken", new String[] {"1102 37.9", "1105 38.4", "1110 38.5", "1113 38.9"});

    /** "place|measure|year" to the count. */
    private static Map<String, Long> dst;
    /** "LBF area|year" to {numerator, denominator} of criterion 1's indicator. */
    private static Map<String, long[]> noAttachment;

    @BeforeAll
    static void read() throws IOException {
        dst = new HashMap<>();
        for (String[] r : SampleFiles.csvRows(DIR.resolve(FILE), StandardCharsets.UTF_8)) {
            dst.put(r[0] + "|" + r[1] + "|" + r[2], Long.parseLong(r[3].replace(".", "")));
        }
        noAttachment = new HashMap<>();
        List<List<Object>> rows = SampleFiles.sheet(DIR.resolve(LbfWorkbook.FILE), "Boligsociale data");
        for (List<Object> row : rows.subList(4, rows.size())) {
            if (NO_ATTACHMENT.equals(row.get(1))) {
                noAttachment.put(row.get(0) + "|" + SampleFiles.intValue(row.get(2)),
                        new long[] {SampleFiles.intValue(row.get(3)), SampleFiles.intValue(row.get(4))});
            }
        }
    }

    @Test
    void fileIsUtf8WithBomCrlfAndTheDstHeader() throws IOException {
        byte[] bytes = Files.readAllBytes(DIR.resolve(FILE));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.substring(1)).startsWith("OMRÅDE;NØGLETAL;TID;INDHOLD\r\n").endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r", "\n");
        List<String[]> rows = SampleFiles.csvRows(DIR.resolve(FILE), StandardCharsets.UTF_8);
        assertThat(rows).hasSize(14 * 8 * 9).allSatisfy(r -> assertThat(r).hasSize(4));
        Set<String> places = new LinkedHashSet<>();
        Set<String> measures = new LinkedHashSet<>();
        rows.forEach(r -> {
            places.add(r[0]);
            measures.add(r[1]);
            assertThat(Integer.parseInt(r[2])).isBetween(2013, 2021);
            // counts are plain digits; the income total (kroner) has thousands dots
            assertThat(r[3]).matches(r[1].equals(INCOME) ? "\\d{1,3}(\\.\\d{3})+" : "\\d+");
        });
        assertThat(places).containsExactly("Motalavej", "Skælskør", "Sydbyen", "Ringparken og Schackenborgvænge",
                "Værebro Park", "Hedeparken", "Elementparken", "Slagelse", "Gladsaxe", "Ballerup", "Herlev",
                SJAELLAND, HOVEDSTADEN, COUNTRY);
        assertThat(measures).containsExactly(RESIDENTS, ADULTS, CONVICTED, AGED_30_59, PRIMARY_30_59, TAXPAYERS,
                INCOME, NON_WESTERN);
    }

    @Test
    void residentsAreThoseOfTheVerdictsFile() throws IOException {
        int compared = 0;
        for (String[] r : SampleFiles.csvRows(DIR.resolve(DstFiles.CRIME_FILE), Charset.forName("windows-1252"))) {
            if (r[1].equals("Beboere")) {
                assertThat(count(r[0], RESIDENTS, Integer.parseInt(r[2]))).as(r[0] + " " + r[2])
                        .isEqualTo(Long.parseLong(r[3]));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(12 * 9);
    }

    @Test
    void countsAreConsistentAndNeverSmallEnoughToSuppress() throws IOException {
        Map<String, String> verdicts = new HashMap<>();
        for (String[] r : SampleFiles.csvRows(DIR.resolve(DstFiles.CRIME_FILE), Charset.forName("windows-1252"))) {
            verdicts.put(r[0] + "|" + r[2] + "|" + r[1], r[3]);
        }
        for (String place : placesOf()) {
            for (int year = 2013; year <= 2021; year++) {
                long residents = count(place, RESIDENTS, year);
                assertThat(count(place, ADULTS, year)).isBetween(residents / 2, residents);
                assertThat(count(place, AGED_30_59, year)).isLessThan(count(place, ADULTS, year));
                assertThat(count(place, PRIMARY_30_59, year)).isLessThan(count(place, AGED_30_59, year));
                assertThat(count(place, TAXPAYERS, year)).isLessThan(residents);
                assertThat(count(place, NON_WESTERN, year)).isLessThan(residents);
                // every person-count at least 5, so disclosure control hides none of the list's figures
                for (String measure : List.of(ADULTS, CONVICTED, AGED_30_59, PRIMARY_30_59, TAXPAYERS, NON_WESTERN)) {
                    assertThat(count(place, measure, year)).as(place + " " + measure + " " + year).isGreaterThanOrEqualTo(5);
                }
                // a convicted person has at least one verdict
                String v = verdicts.get(place + "|" + year + "|Kriminalretlige afgørelser");
                if (v != null && !v.equals("..")) {
                    assertThat(count(place, CONVICTED, year)).as(place + " " + year).isLessThanOrEqualTo(Long.parseLong(v));
                }
            }
        }
    }

    @Test
    void criteriaMetAndListStatusPerAreaAndYear() {
        for (Mode mode : Mode.values()) {
            Map<String, List<String>> table = table(mode);
            EXPECTED.forEach((area, expected) ->
                    assertThat(table.get(area)).as(mode + " " + area).containsExactly(expected));
        }
    }

    @Test
    void residentsAndNonWesternShareAsDocumented() {
        RESIDENTS_AND_NON_WESTERN.forEach((area, expected) -> {
            for (int k = 0; k < YEARS.size(); k++) {
                int year = YEARS.get(k);
                assertThat(count(area, RESIDENTS, year) + " " + share(area, NON_WESTERN, RESIDENTS, year).setScale(1,
                        RoundingMode.HALF_UP).toPlainString()).as(area + " " + year).isEqualTo(expected[k]);
            }
        });
    }

    @Test
    void somePublishedLevelsAreEchoed() {
        // 47 % of the four Slagelse areas' residents have a non-Western background around 2019
        long nonWestern = 0;
        long residents = 0;
        for (String area : List.of("Motalavej", "Ringparken og Schackenborgvænge", "Sydbyen", "Skælskør")) {
            nonWestern += count(area, NON_WESTERN, 2019);
            residents += count(area, RESIDENTS, 2019);
        }
        assertThat(percent(nonWestern, residents).setScale(0, RoundingMode.HALF_UP)).isEqualByComparingTo("47");
        // the country's share of adults convicted is about 1 %, so 3 times it is about the old 2.7 % limit
        for (int year = 2013; year <= 2021; year++) {
            assertThat(share(COUNTRY, CONVICTED, ADULTS, year)).isBetween(new BigDecimal("0.85"), new BigDecimal("1.05"));
        }
    }

    /**
     * Ways an engine might reasonably average and compare. The sample is built so that they all agree: no figure
     * sits so close to its threshold that the choice decides the outcome.
     */
    enum Mode {
        /** Two-year figures from summed numerators and denominators, compared unrounded (the rule). */
        POOLED,
        /** Two-year figures as the mean of the two yearly shares. */
        MEAN_OF_YEARS,
        /** Pooled, but every figure rounded to the decimals the reports show before comparing. */
        ROUNDED
    }

    private static Map<String, List<String>> table(Mode mode) {
        Map<String, List<String>> table = new LinkedHashMap<>();
        AREAS.forEach((area, names) -> {
            List<String> years = new ArrayList<>();
            for (int year : YEARS) {
                boolean[] met = {
                        round(mode, noAttachment(names[0], year, mode), 1).compareTo(BigDecimal.valueOf(40)) > 0,
                        round(mode, twoYear(area, year, mode), 2).compareTo(
                                round(mode, twoYear(COUNTRY, year, mode), 2).multiply(BigDecimal.valueOf(3))) >= 0,
                        round(mode, share(area, PRIMARY_30_59, AGED_30_59, year), 1).compareTo(BigDecimal.valueOf(60)) > 0,
                        round(mode, meanIncome(area, year), 0).compareTo(
                                round(mode, meanIncome(names[1], year), 0).multiply(new BigDecimal("0.55"))) < 0};
                StringBuilder text = new StringBuilder();
                int count = 0;
                for (int k = 0; k < 4; k++) {
                    text.append(met[k] ? Character.forDigit(k + 1, 10) : '-');
                    count += met[k] ? 1 : 0;
                }
                boolean udsat = count >= 2 && count(area, RESIDENTS, year) >= 1000;
                boolean parallel = udsat && round(mode, share(area, NON_WESTERN, RESIDENTS, year), 1)
                        .compareTo(BigDecimal.valueOf(50)) > 0;
                years.add(text + " " + (parallel ? "P" : udsat ? "U" : "-"));
            }
            table.put(area, years);
        });
        return table;
    }

    private static BigDecimal noAttachment(String lbfArea, int year, Mode mode) {
        long[] now = noAttachment.get(lbfArea + "|" + year);
        long[] before = noAttachment.get(lbfArea + "|" + (year - 1));
        return mode == Mode.MEAN_OF_YEARS
                ? percent(now[0], now[1]).add(percent(before[0], before[1])).divide(BigDecimal.valueOf(2))
                : percent(now[0] + before[0], now[1] + before[1]);
    }

    /** Share of adults convicted, per cent, over the year and the year before. */
    private static BigDecimal twoYear(String place, int year, Mode mode) {
        return mode == Mode.MEAN_OF_YEARS
                ? share(place, CONVICTED, ADULTS, year).add(share(place, CONVICTED, ADULTS, year - 1))
                        .divide(BigDecimal.valueOf(2))
                : percent(count(place, CONVICTED, year) + count(place, CONVICTED, year - 1),
                        count(place, ADULTS, year) + count(place, ADULTS, year - 1));
    }

    private static BigDecimal meanIncome(String place, int year) {
        return BigDecimal.valueOf(count(place, INCOME, year))
                .divide(BigDecimal.valueOf(count(place, TAXPAYERS, year)), MathContext.DECIMAL64);
    }

    private static BigDecimal share(String place, String numerator, String denominator, int year) {
        return percent(count(place, numerator, year), count(place, denominator, year));
    }

    private static BigDecimal percent(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
    }

    private static BigDecimal round(Mode mode, BigDecimal value, int decimals) {
        return mode == Mode.ROUNDED ? value.setScale(decimals, RoundingMode.HALF_UP) : value;
    }

    private static long count(String place, String measure, int year) {
        Long value = dst.get(place + "|" + measure + "|" + year);
        assertThat(value).as(place + " " + measure + " " + year).isNotNull();
        return value;
    }

    private static Set<String> placesOf() {
        Set<String> places = new LinkedHashSet<>();
        dst.keySet().forEach(key -> places.add(key.substring(0, key.indexOf('|'))));
        return places;
    }
}
