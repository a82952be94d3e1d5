package dk.boligmonitor.sampledata;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Residents and criminal-law verdicts per place and year. Residents are decided here because the published
 * verdict rates (DST Nøgletal for boligområder 2016, table 16) can only be hit exactly by choosing the pair
 * (verdicts, residents) together; the other files reuse these residents so that all sources agree.
 */
final class CrimeFigures {
    /** Published rates per 1,000 residents, 2013–2015; must come out exactly. */
    static final Map<Place, String[]> PUBLISHED = Map.of(
            Place.MOTALAVEJ, new String[] {"55.1", "38.8", "34.2"},
            Place.SKAELSKOER, new String[] {"19.1", "27.9", "22.3"},
            Place.SYDBYEN, new String[] {"28.5", "14.7", "34.7"},
            Place.RINGPARKEN, new String[] {"42.8", "27.2", "31.4"},
            Place.SLAGELSE, new String[] {"11.8", "10.3", "11.4"});
    /** The four areas combined in 2016: the programme's starting point for "at most 20 in 2021". */
    static final String COMBINED_2016 = "30.65";
    static final List<Place> PROGRAMME = List.of(
            Place.MOTALAVEJ, Place.SKAELSKOER, Place.SYDBYEN, Place.RINGPARKEN);
    /** DST marks this cell confidential (".."); the count exists but is not published. */
    static final Place CONFIDENTIAL_PLACE = Place.SKAELSKOER;
    static final int CONFIDENTIAL_YEAR = 2019;

    /**
     * Intended rates per 1,000, 2013–2021. After 2016 the programme trends towards 20, with a mix of criteria
     * met and missed (Skælskør's limit is 19, the others' 30), so that the targets engine has both outcomes.
     */
    private static final Map<Place, double[]> INTENDED = new EnumMap<>(Map.ofEntries(
            Map.entry(Place.MOTALAVEJ, new double[] {55.1, 38.8, 34.2, 33.0, 31.5, 28.0, 26.5, 23.0, 21.5}),
            Map.entry(Place.SKAELSKOER, new double[] {19.1, 27.9, 22.3, 21.0, 17.5, 15.0, 16.0, 19.8, 14.0}),
            Map.entry(Place.SYDBYEN, new double[] {28.5, 14.7, 34.7, 30.0, 32.5, 29.0, 27.5, 30.5, 25.5}),
            Map.entry(Place.RINGPARKEN, new double[] {42.8, 27.2, 31.4, 32.5, 30.5, 28.5, 25.0, 22.5, 20.5}),
            Map.entry(Place.VAEREBRO_PARK, new double[] {38.0, 37.0, 36.5, 35.0, 33.0, 31.0, 30.0, 28.5, 27.0}),
            Map.entry(Place.HEDEPARKEN, new double[] {30.0, 31.0, 29.0, 28.0, 27.0, 25.5, 24.0, 23.0, 22.0}),
            Map.entry(Place.ELEMENTPARKEN, new double[] {34.0, 33.0, 33.5, 31.0, 30.0, 28.0, 27.0, 26.0, 25.0}),
            Map.entry(Place.SLAGELSE, new double[] {11.8, 10.3, 11.4, 11.0, 10.8, 10.5, 10.9, 10.2, 9.8}),
            Map.entry(Place.GLADSAXE, new double[] {9.6, 9.4, 9.5, 9.1, 8.9, 8.8, 8.6, 8.4, 8.2}),
            Map.entry(Place.BALLERUP, new double[] {10.1, 9.9, 10.2, 9.7, 9.5, 9.3, 9.4, 9.0, 8.8}),
            Map.entry(Place.HERLEV, new double[] {10.6, 10.4, 10.5, 10.0, 9.8, 9.9, 9.5, 9.2, 9.0}),
            Map.entry(Place.COUNTRY, new double[] {10.8, 10.5, 10.6, 10.2, 10.0, 9.8, 9.7, 9.4, 9.2})));

    final Map<Place, int[]> residents = new EnumMap<>(Place.class);
    final Map<Place, int[]> verdicts = new EnumMap<>(Place.class);

    CrimeFigures(Random random) {
        for (Place place : Place.values()) {
            int[] people = new int[Place.YEARS];
            int[] counts = new int[Place.YEARS];
            for (int i = 0; i < Place.YEARS; i++) {
                int year = Place.FIRST_YEAR + i;
                double noise = place.kind == Place.Kind.COUNTRY ? 0 : (random.nextDouble() - 0.5) * 0.02;
                people[i] = (int) Math.round(place.residents2017
                        * Math.pow(1 + place.growth, year - 2017) * (1 + noise));
                double rate = INTENDED.get(place)[i] * (1 + (random.nextDouble() - 0.5) * 0.04);
                counts[i] = (int) Math.round(rate * people[i] / 1000);
            }
            residents.put(place, people);
            verdicts.put(place, counts);
        }
        PUBLISHED.forEach(this::matchPublished);
        matchCombined2016();
    }

    /** Moves residents the least possible until some verdict count gives the published rate. */
    private void matchPublished(Place place, String[] rates) {
        for (int i = 0; i < rates.length; i++) {
            int base = residents.get(place)[i];
            int[] found = null;
            for (int step = 0; found == null; step++) {
                int people = base + (step % 2 == 0 ? step / 2 : -(step + 1) / 2);
                int[] range = Rates.numeratorRange(people, 1000, rates[i]);
                if (range != null) {
                    found = new int[] {range[0], people};
                }
            }
            verdicts.get(place)[i] = found[0];
            residents.get(place)[i] = found[1];
        }
    }

    /** Keeps three areas as drawn and searches Ringparken's pair so the four areas give exactly 30.65. */
    private void matchCombined2016() {
        int i = 2016 - Place.FIRST_YEAR;
        long otherVerdicts = 0;
        long otherResidents = 0;
        for (Place place : PROGRAMME) {
            if (place != Place.RINGPARKEN) {
                otherVerdicts += verdicts.get(place)[i];
                otherResidents += residents.get(place)[i];
            }
        }
        int base = residents.get(Place.RINGPARKEN)[i];
        for (int step = 0; step < 400; step++) {
            int people = base + (step % 2 == 0 ? step / 2 : -(step + 1) / 2);
            int[] range = Rates.numeratorRange(otherResidents + people, 1000, COMBINED_2016);
            if (range != null) {
                long own = range[0] - otherVerdicts;
                verdicts.get(Place.RINGPARKEN)[i] = (int) own;
                residents.get(Place.RINGPARKEN)[i] = people;
                return;
            }
        }
        throw new IllegalStateException("no residents count gives " + COMBINED_2016);
    }

    int residents(Place place, int year) {
        return residents.get(place)[year - Place.FIRST_YEAR];
    }

    int verdicts(Place place, int year) {
        return verdicts.get(place)[year - Place.FIRST_YEAR];
    }
}
