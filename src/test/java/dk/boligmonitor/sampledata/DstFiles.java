package dk.boligmonitor.sampledata;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The two StatBank-style exports. They deliberately differ in encoding (Windows-1252 vs UTF-8 with BOM) and in
 * presentation (text vs codes for municipalities), as users' downloads do.
 */
final class DstFiles {
    static final String CRIME_FILE = "dst_noegletal_afgoerelser_2013-2021.csv";
    static final String SCHOOL_FILE = "dst_skole_2013-2021.csv";
    static final List<String> HEADER = List.of("OMRÅDE", "NØGLETAL", "TID", "INDHOLD");
    static final String VERDICTS = "Kriminalretlige afgørelser";
    static final String RESIDENTS = "Beboere";

    private DstFiles() {
    }

    static void writeCrime(Path dir, CrimeFigures crime) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Place place : Place.values()) {
            for (int year = Place.FIRST_YEAR; year <= Place.LAST_YEAR; year++) {
                boolean confidential = place == CrimeFigures.CONFIDENTIAL_PLACE
                        && year == CrimeFigures.CONFIDENTIAL_YEAR;
                String value = confidential ? ".." : Integer.toString(crime.verdicts(place, year));
                rows.add(List.of(place.dstName, VERDICTS, Integer.toString(year), value));
            }
            for (int year = Place.FIRST_YEAR; year <= Place.LAST_YEAR; year++) {
                rows.add(List.of(place.dstName, RESIDENTS, Integer.toString(year),
                        Integer.toString(crime.residents(place, year))));
            }
        }
        Csv.write(dir.resolve(CRIME_FILE), Charset.forName("windows-1252"), false, HEADER, rows);
    }

    static void writeSchool(Path dir, SchoolFigures school) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Place place : Place.values()) {
            Map<String, int[]> counts = Map.of(
                    "Elever i 9. klasse", school.ninthGraders.get(place),
                    "Uddannelsesparate elever i 9. klasse", school.ready.get(place),
                    "Elever i alt", school.pupils.get(place));
            for (String key : List.of("Elever i 9. klasse", "Uddannelsesparate elever i 9. klasse", "Elever i alt")) {
                for (int i = 0; i < Place.YEARS; i++) {
                    rows.add(List.of(place.dstSchoolLabel, key, Integer.toString(Place.FIRST_YEAR + i),
                            Integer.toString(counts.get(key)[i])));
                }
            }
            for (int i = 0; i < Place.YEARS; i++) {
                int year = Place.FIRST_YEAR + i;
                // An empty INDHOLD means "missing" in the bulk format, unlike an absent row (= 0).
                String value = place == Place.ELEMENTPARKEN && year == 2013 ? "" : tenths(school.absenceTenths.get(place)[i]);
                rows.add(List.of(place.dstSchoolLabel, "Fravær i pct.", Integer.toString(year), value));
            }
        }
        Csv.write(dir.resolve(SCHOOL_FILE), StandardCharsets.UTF_8, true, HEADER, rows);
    }

    private static String tenths(int value) {
        return value / 10 + "," + value % 10;
    }
}
