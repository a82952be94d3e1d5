package dk.boligmonitor.sampledata;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * 9th graders, how many are judged uddannelsesparat, all pupils and absence. The LBF average-mark indicator
 * counts the same 9th graders, so both files are fed from here.
 */
final class SchoolFigures {
    private static final Map<Place, Integer> NINTH_GRADERS = new EnumMap<>(Map.ofEntries(
            Map.entry(Place.MOTALAVEJ, 20), Map.entry(Place.SKAELSKOER, 11), Map.entry(Place.SYDBYEN, 24),
            Map.entry(Place.RINGPARKEN, 28), Map.entry(Place.VAEREBRO_PARK, 36), Map.entry(Place.HEDEPARKEN, 18),
            Map.entry(Place.ELEMENTPARKEN, 15), Map.entry(Place.SLAGELSE, 850), Map.entry(Place.GLADSAXE, 720),
            Map.entry(Place.BALLERUP, 560), Map.entry(Place.HERLEV, 310), Map.entry(Place.COUNTRY, 62_000)));
    /**
     * 2018 shares of uddannelsesparate chosen to echo the strategic agreement (50 % not ready in Ringparken and
     * Sydbyen, 35 % in Motalavej); the rest rise from about 50 % to 65 %.
     */
    private static final Map<Place, Double> READY_2018 = Map.of(
            Place.MOTALAVEJ, 0.65, Place.SYDBYEN, 0.50, Place.RINGPARKEN, 0.50);

    final Map<Place, int[]> ninthGraders = new EnumMap<>(Place.class);
    final Map<Place, int[]> ready = new EnumMap<>(Place.class);
    final Map<Place, int[]> pupils = new EnumMap<>(Place.class);
    /** Absence in tenths of a per cent (74 = 7,4 %), so the file shows exactly one decimal. */
    final Map<Place, int[]> absenceTenths = new EnumMap<>(Place.class);

    SchoolFigures(Random random) {
        for (Place place : Place.values()) {
            int[] ninth = new int[Place.YEARS];
            int[] readyCount = new int[Place.YEARS];
            int[] all = new int[Place.YEARS];
            int[] absence = new int[Place.YEARS];
            for (int i = 0; i < Place.YEARS; i++) {
                int year = Place.FIRST_YEAR + i;
                double spread = place.isArea() ? 0.30 : 0.06;
                ninth[i] = (int) Math.round(NINTH_GRADERS.get(place) * (1 + (random.nextDouble() - 0.5) * spread));
                if (place.isArea()) {
                    ninth[i] = Math.max(10, Math.min(40, ninth[i]));
                }
                double share = place.isArea()
                        ? 0.50 + 0.018 * i + (random.nextDouble() - 0.5) * 0.08
                        : 0.75 + 0.005 * i + (random.nextDouble() - 0.5) * 0.02;
                if (year == 2018 && READY_2018.containsKey(place)) {
                    share = READY_2018.get(place);
                }
                readyCount[i] = Rates.count(share, ninth[i]);
                double perNinth = place == Place.COUNTRY ? 9.2 : place.isArea() ? 9.5 + random.nextDouble() : 10.2;
                all[i] = (int) Math.round(ninth[i] * perNinth);
                double pct = place.isArea() ? 10.0 - 0.25 * i + (random.nextDouble() - 0.5) * 0.8
                        : place == Place.COUNTRY ? 5.7 - 0.03 * i + (random.nextDouble() - 0.5) * 0.2
                        : 6.0 + (random.nextDouble() - 0.5) * 0.6;
                absence[i] = (int) Math.round(pct * 10);
            }
            ninthGraders.put(place, ninth);
            ready.put(place, readyCount);
            pupils.put(place, all);
            absenceTenths.put(place, absence);
        }
        // Small counts, so that the reports' disclosure control has something to suppress.
        int i2014 = 2014 - Place.FIRST_YEAR;
        ninthGraders.get(Place.SKAELSKOER)[i2014] = 4;
        ready.get(Place.SKAELSKOER)[i2014] = 2;
        pupils.get(Place.SKAELSKOER)[i2014] = 78;
    }

    int ninthGraders(Place place, int year) {
        return ninthGraders.get(place)[year - Place.FIRST_YEAR];
    }
}
