package dk.boligmonitor.sampledata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The counts behind the official list of udsatte boligområder (almenboligloven § 61 a): residents, adults and
 * adults convicted, 30–59-year-olds and those with primary school only, 15–64-year-old taxpayers and their
 * gross income, and immigrants and descendants from non-Western countries. One StatBank-style export, long
 * layout, for the seven areas, their four municipalities, the two regions and the whole country.
 *
 * <p>Residents are those of the verdicts file ({@link CrimeFigures}), so the sources agree; the two regions,
 * which that file lacks, get their own. The first list criterion (18–64-year-olds outside work and education)
 * comes from the LBF workbook, where every area is above 40 %; the figures here decide the other three, and
 * are chosen so that 2018–2021 give a mix of list statuses with every criterion well clear of its threshold:
 *
 * <ul>
 *   <li>Ringparken og Schackenborgvænge meets all four criteria in 2018 and three in 2019 with more than 50 %
 *       non-Western residents (a parallelsamfund), then two with under 50 % (udsat);</li>
 *   <li>Motalavej two in 2018–2019 (udsat), one in 2020–2021 (off the list);</li>
 *   <li>Sydbyen two in 2018 only; Værebro Park three in 2018–2019 and two in 2020–2021;</li>
 *   <li>Skælskør two or three every year, but with about 600 residents it is never on the list;</li>
 *   <li>Hedeparken and Elementparken one; Hedeparken has more than 50 % non-Western residents all the same.</li>
 * </ul>
 */
final class OfficialListFigures {
    static final String FILE = "dst_boligomraader_61a_2013-2021.csv";
    static final String RESIDENTS = "Beboere i alt";
    static final String ADULTS = "Beboere 18 år og derover";
    static final String CONVICTED = "Dømte 18 år og derover";
    static final String AGED_30_59 = "30-59-årige";
    static final String PRIMARY_30_59 = "30-59-årige med grundskole som højeste uddannelse";
    static final String TAXPAYERS = "15-64-årige skatteydere ekskl. studerende";
    static final String INCOME = "Samlet bruttoindkomst for 15-64-årige skatteydere ekskl. studerende (kr.)";
    static final String NON_WESTERN = "Indvandrere og efterkommere fra ikke-vestlige lande";
    static final List<String> MEASURES =
            List.of(RESIDENTS, ADULTS, CONVICTED, AGED_30_59, PRIMARY_30_59, TAXPAYERS, INCOME, NON_WESTERN);

    /** Every unit of the file, in file order: areas, municipalities, regions, country. */
    enum Unit {
        MOTALAVEJ(Place.MOTALAVEJ, Region.SJAELLAND),
        SKAELSKOER(Place.SKAELSKOER, Region.SJAELLAND),
        SYDBYEN(Place.SYDBYEN, Region.SJAELLAND),
        RINGPARKEN(Place.RINGPARKEN, Region.SJAELLAND),
        VAEREBRO_PARK(Place.VAEREBRO_PARK, Region.HOVEDSTADEN),
        HEDEPARKEN(Place.HEDEPARKEN, Region.HOVEDSTADEN),
        ELEMENTPARKEN(Place.ELEMENTPARKEN, Region.HOVEDSTADEN),
        SLAGELSE(Place.SLAGELSE, Region.SJAELLAND),
        GLADSAXE(Place.GLADSAXE, Region.HOVEDSTADEN),
        BALLERUP(Place.BALLERUP, Region.HOVEDSTADEN),
        HERLEV(Place.HERLEV, Region.HOVEDSTADEN),
        REGION_SJAELLAND(null, Region.SJAELLAND),
        REGION_HOVEDSTADEN(null, Region.HOVEDSTADEN),
        COUNTRY(Place.COUNTRY, null);

        /** The place in the other files, or null for a region. */
        final Place place;
        /** The region the unit lies in (its own region for a region), null for the country. */
        final Region region;

        Unit(Place place, Region region) {
            this.place = place;
            this.region = region;
        }

        String dstName() {
            return place != null ? place.dstName : region.dstName;
        }

        boolean isRegion() {
            return place == null;
        }
    }

    /** The two regions the areas lie in; DST names them as in the municipality list. */
    enum Region {
        SJAELLAND("Region Sjælland", 835_000, 0.003, 318_000, 0.024),
        HOVEDSTADEN("Region Hovedstaden", 1_823_000, 0.010, 372_000, 0.027);

        final String dstName;
        final int residents2017;
        final double growth;
        /** Mean gross income of the 15–64-year-old taxpayers in 2013, kr., and its yearly growth. */
        final double income2013;
        final double incomeGrowth;

        Region(String dstName, int residents2017, double growth, double income2013, double incomeGrowth) {
            this.dstName = dstName;
            this.residents2017 = residents2017;
            this.growth = growth;
            this.income2013 = income2013;
            this.incomeGrowth = incomeGrowth;
        }

        double meanIncome(int year) {
            return income2013 * Math.pow(1 + incomeGrowth, year - Place.FIRST_YEAR);
        }
    }

    /** Share of adults convicted in the whole country, per cent, 2013–2021 (3 × this is the list's limit). */
    private static final double[] COUNTRY_CONVICTED = {1.02, 1.00, 0.98, 0.96, 0.94, 0.92, 0.90, 0.88, 0.86};
    /** Mean income of the whole country's 15–64-year-old taxpayers in 2013, kr., and its yearly growth. */
    private static final double COUNTRY_INCOME_2013 = 345_000;
    private static final double COUNTRY_INCOME_GROWTH = 0.025;

    /**
     * Per unit and year 2013–2021: share of adults convicted as a multiple of the country's share; per cent of
     * 30–59-year-olds with primary school only; mean income in per cent of the region's; per cent of residents
     * from non-Western countries. The list years are 2018–2021; criteria averaged over two years also use 2017.
     */
    private record Profile(double adults, double aged3059, double taxpayers, double[] convicted, double[] primary,
                           double[] income, double[] nonWestern) {
    }

    private static final Map<Unit, Profile> PROFILES = Map.ofEntries(
            Map.entry(Unit.MOTALAVEJ, new Profile(0.74, 0.37, 0.54,
                    new double[] {4.2, 3.9, 3.8, 3.8, 3.6, 3.5, 3.1, 2.1, 2.0},
                    new double[] {52.0, 51.5, 51.0, 50.0, 49.5, 49.0, 48.5, 47.5, 47.0},
                    new double[] {59.5, 59.2, 59.0, 58.8, 58.6, 58.4, 58.0, 57.8, 57.5},
                    new double[] {44.8, 45.0, 45.3, 45.5, 45.8, 46.0, 46.3, 46.5, 46.8})),
            Map.entry(Unit.SKAELSKOER, new Profile(0.78, 0.36, 0.52,
                    new double[] {2.0, 2.4, 2.2, 2.1, 1.9, 1.8, 1.9, 2.0, 1.8},
                    new double[] {66.0, 65.5, 65.0, 64.5, 64.0, 63.5, 63.0, 62.5, 62.0},
                    new double[] {58.6, 58.1, 57.6, 57.2, 56.8, 56.3, 54.0, 53.6, 53.2},
                    new double[] {28.0, 28.5, 29.0, 29.5, 30.0, 30.5, 31.0, 31.5, 32.0})),
            Map.entry(Unit.SYDBYEN, new Profile(0.75, 0.37, 0.55,
                    new double[] {2.6, 1.4, 3.2, 3.0, 3.7, 3.0, 2.4, 2.6, 2.3},
                    new double[] {50.0, 49.5, 49.0, 48.5, 48.0, 47.5, 47.0, 46.5, 46.0},
                    new double[] {60.0, 59.8, 59.5, 59.2, 59.0, 58.7, 58.5, 58.2, 58.0},
                    new double[] {45.5, 45.8, 46.0, 46.3, 46.6, 46.9, 47.2, 47.4, 47.6})),
            Map.entry(Unit.RINGPARKEN, new Profile(0.74, 0.37, 0.53,
                    new double[] {3.9, 2.8, 3.3, 3.8, 3.7, 3.5, 3.2, 2.2, 2.1},
                    new double[] {65.0, 64.5, 64.0, 63.3, 62.5, 61.6, 58.9, 58.2, 57.5},
                    new double[] {51.5, 51.8, 52.0, 52.2, 52.4, 52.6, 52.9, 53.2, 53.5},
                    new double[] {56.5, 56.0, 55.2, 54.5, 53.6, 52.6, 51.4, 49.2, 48.3})),
            Map.entry(Unit.VAEREBRO_PARK, new Profile(0.735, 0.38, 0.54,
                    new double[] {3.7, 3.6, 3.6, 3.5, 3.5, 3.4, 3.3, 2.1, 2.0},
                    new double[] {55.0, 54.5, 54.0, 53.5, 53.0, 52.5, 52.0, 51.5, 51.0},
                    new double[] {51.0, 51.3, 51.6, 51.9, 52.2, 52.5, 52.8, 53.1, 53.4},
                    new double[] {44.0, 44.4, 44.8, 45.2, 45.6, 46.0, 46.4, 46.8, 47.2})),
            Map.entry(Unit.HEDEPARKEN, new Profile(0.75, 0.37, 0.55,
                    new double[] {2.5, 2.5, 2.4, 2.3, 2.3, 2.2, 2.1, 2.1, 2.0},
                    new double[] {47.0, 46.5, 46.0, 45.5, 45.0, 44.5, 44.0, 43.5, 43.0},
                    new double[] {60.5, 60.3, 60.1, 59.9, 59.7, 59.5, 59.3, 59.1, 58.9},
                    new double[] {50.8, 51.1, 51.4, 51.7, 52.0, 52.3, 52.6, 52.9, 53.2})),
            Map.entry(Unit.ELEMENTPARKEN, new Profile(0.76, 0.38, 0.56,
                    new double[] {2.7, 2.6, 2.6, 2.5, 2.4, 2.4, 2.3, 2.2, 2.2},
                    new double[] {44.0, 43.5, 43.0, 42.5, 42.0, 41.5, 41.0, 40.5, 40.0},
                    new double[] {63.0, 62.9, 62.8, 62.6, 62.5, 62.4, 62.2, 62.1, 62.0},
                    new double[] {36.0, 36.4, 36.8, 37.2, 37.6, 38.0, 38.3, 38.6, 39.0})),
            Map.entry(Unit.SLAGELSE, new Profile(0.80, 0.39, 0.57,
                    flat(1.15), falling(27.5, 0.4), flat(96.0), rising(7.2, 0.225))),
            Map.entry(Unit.GLADSAXE, new Profile(0.79, 0.41, 0.60,
                    flat(0.85), falling(20.0, 0.4), flat(103.0), rising(12.5, 0.35))),
            Map.entry(Unit.BALLERUP, new Profile(0.795, 0.40, 0.59,
                    flat(0.95), falling(23.0, 0.4), flat(98.0), rising(10.8, 0.3))),
            Map.entry(Unit.HERLEV, new Profile(0.795, 0.40, 0.59,
                    flat(0.95), falling(24.0, 0.4), flat(96.0), rising(13.5, 0.4))),
            Map.entry(Unit.REGION_SJAELLAND, new Profile(0.80, 0.40, 0.58,
                    flat(1.05), falling(25.5, 0.4), flat(100.0), rising(6.0, 0.2))),
            Map.entry(Unit.REGION_HOVEDSTADEN, new Profile(0.795, 0.41, 0.59,
                    flat(1.0), falling(19.0, 0.4), flat(100.0), rising(11.0, 0.3))),
            Map.entry(Unit.COUNTRY, new Profile(0.805, 0.40, 0.585,
                    flat(1.0), falling(22.0, 0.4), flat(100.0), rising(7.6, 0.2))));

    private final Random random;
    private final CrimeFigures crime;

    OfficialListFigures(Random random, CrimeFigures crime) {
        this.random = random;
        this.crime = crime;
    }

    void write(Path dir) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Unit unit : Unit.values()) {
            long[][] counts = new long[MEASURES.size()][];
            for (int m = 0; m < MEASURES.size(); m++) {
                counts[m] = new long[Place.YEARS];
            }
            for (int i = 0; i < Place.YEARS; i++) {
                long[] year = counts(unit, Place.FIRST_YEAR + i);
                for (int m = 0; m < MEASURES.size(); m++) {
                    counts[m][i] = year[m];
                }
            }
            for (int m = 0; m < MEASURES.size(); m++) {
                for (int i = 0; i < Place.YEARS; i++) {
                    String value = MEASURES.get(m).equals(INCOME) ? thousands(counts[m][i]) : Long.toString(counts[m][i]);
                    rows.add(List.of(unit.dstName(), MEASURES.get(m), Integer.toString(Place.FIRST_YEAR + i), value));
                }
            }
        }
        Csv.write(dir.resolve(FILE), StandardCharsets.UTF_8, true, DstFiles.HEADER, rows);
    }

    /** One unit's counts for one year, in the order of {@link #MEASURES}. */
    private long[] counts(Unit unit, int year) {
        int i = year - Place.FIRST_YEAR;
        Profile profile = PROFILES.get(unit);
        boolean country = unit == Unit.COUNTRY;
        long residents = unit.isRegion()
                ? Math.round(unit.region.residents2017 * Math.pow(1 + unit.region.growth, year - 2017))
                : crime.residents(unit.place, year);
        long adults = Math.round(residents * (profile.adults() + noise(0.008)));
        double convictedShare = COUNTRY_CONVICTED[i] / 100 * profile.convicted()[i] * (country ? 1 : 1 + noise(0.03));
        long convicted = Math.round(adults * convictedShare);
        long aged3059 = Math.round(residents * (profile.aged3059() + noise(0.008)));
        long primary = Math.round(aged3059 * (profile.primary()[i] + noise(0.3)) / 100);
        long taxpayers = Math.round(residents * (profile.taxpayers() + noise(0.008)));
        double regionIncome = country
                ? COUNTRY_INCOME_2013 * Math.pow(1 + COUNTRY_INCOME_GROWTH, i)
                : unit.region.meanIncome(year);
        double meanIncome = regionIncome * profile.income()[i] / 100 * (unit.isRegion() || country ? 1 : 1 + noise(0.004));
        // DST gives the total in whole thousands of kroner.
        long income = Math.round(taxpayers * meanIncome / 1000) * 1000;
        long nonWestern = Math.round(residents * (profile.nonWestern()[i] + noise(0.3)) / 100);
        return new long[] {residents, adults, convicted, aged3059, primary, taxpayers, income, nonWestern};
    }

    /** 612345000 as DST's Danish number format writes it: 612.345.000. */
    static String thousands(long value) {
        String digits = Long.toString(value);
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < digits.length(); k++) {
            if (k > 0 && (digits.length() - k) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(k));
        }
        return out.toString();
    }

    private double noise(double width) {
        return (random.nextDouble() - 0.5) * width;
    }

    private static double[] flat(double value) {
        double[] values = new double[Place.YEARS];
        Arrays.fill(values, value);
        return values;
    }

    private static double[] falling(double first, double perYear) {
        return rising(first, -perYear);
    }

    private static double[] rising(double first, double perYear) {
        double[] values = new double[Place.YEARS];
        for (int i = 0; i < Place.YEARS; i++) {
            values[i] = first + perYear * i;
        }
        return values;
    }
}
