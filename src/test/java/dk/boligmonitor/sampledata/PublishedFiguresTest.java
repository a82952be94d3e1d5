package dk.boligmonitor.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Recomputes the published figures from the committed sample files, the way a report would, and checks they
 * come out exactly. The expected values are copied from the source documents, not from the generator.
 */
class PublishedFiguresTest {
    private static final Path DIR = SampleFiles.COMMITTED;
    private static final List<String> FOUR_DST =
            List.of("Motalavej", "Skælskør", "Sydbyen", "Ringparken og Schackenborgvænge");
    private static final List<String> FOUR_POLICE =
            List.of("Motalavej", "Parkvej/Præstevangen", "Sydbyen", "Ringparken");

    @Test
    void verdictRatesMatchDstTable16() throws IOException {
        Map<String, String> crime = crime();
        Map<String, String[]> published = Map.of(
                "Motalavej", new String[] {"55.1", "38.8", "34.2"},
                "Skælskør", new String[] {"19.1", "27.9", "22.3"},
                "Sydbyen", new String[] {"28.5", "14.7", "34.7"},
                "Ringparken og Schackenborgvænge", new String[] {"42.8", "27.2", "31.4"},
                "Slagelse", new String[] {"11.8", "10.3", "11.4"});
        published.forEach((area, rates) -> {
            for (int i = 0; i < 3; i++) {
                int year = 2013 + i;
                assertThat(perThousand(crime, List.of(area), year, 1)).as(area + " " + year)
                        .isEqualByComparingTo(rates[i]);
            }
        });
    }

    @Test
    void fourAreasCombinedIs3065In2016() throws IOException {
        assertThat(perThousand(crime(), FOUR_DST, 2016, 2)).isEqualByComparingTo("30.65");
    }

    @Test
    void onlySkaelskoer2019IsConfidential() throws IOException {
        List<String[]> rows = SampleFiles.csvRows(DIR.resolve(DstFiles.CRIME_FILE), Charset.forName("windows-1252"));
        assertThat(rows).filteredOn(r -> r[3].equals(".."))
                .singleElement().satisfies(r -> assertThat(String.join(";", r))
                        .isEqualTo("Skælskør;Kriminalretlige afgørelser;2019;.."));
    }

    @Test
    void safetySharesMatchThePublishedSurvey() throws IOException {
        Map<String, int[]> survey = survey();
        int[][] safe = {{58, 72, 68, 65}, {63, 76, 75, 73}};
        int[][] unsafe = {{19, 0, 7, 12}, {28, 5, 17, 23}};
        int[][] combined = {{65, 10}, {71, 21}};
        int[] years = {2014, 2016};
        for (int y = 0; y < 2; y++) {
            int[] total = new int[3];
            for (int a = 0; a < 4; a++) {
                int[] answers = survey.get(FOUR_POLICE.get(a) + "|" + years[y]);
                assertThat(answers[0]).as("respondents").isBetween(60, 250);
                assertThat(percent(answers[1], answers[0], 0)).as("safe " + FOUR_POLICE.get(a) + " " + years[y])
                        .isEqualByComparingTo(Integer.toString(safe[y][a]));
                assertThat(percent(answers[2], answers[0], 0)).as("unsafe " + FOUR_POLICE.get(a) + " " + years[y])
                        .isEqualByComparingTo(Integer.toString(unsafe[y][a]));
                for (int k = 0; k < 3; k++) {
                    total[k] += answers[k];
                }
            }
            assertThat(percent(total[1], total[0], 0)).as("safe, four areas " + years[y])
                    .isEqualByComparingTo(Integer.toString(combined[y][0]));
            assertThat(percent(total[2], total[0], 0)).as("unsafe, four areas " + years[y])
                    .isEqualByComparingTo(Integer.toString(combined[y][1]));
        }
        int[] sub = survey.get("Alle SUB-områder|2016");
        assertThat(sub[0]).isGreaterThanOrEqualTo(1000);
        assertThat(percent(sub[1], sub[0], 1)).isEqualByComparingTo("72.4");
        int[] country = survey.get("Hele landet|2016");
        assertThat(percent(country[1], country[0], 1)).isEqualByComparingTo("89.1");
    }

    @Test
    void surveyYearsAreTextAndSkip2013And2015() throws IOException {
        List<List<Object>> rows = SampleFiles.sheet(DIR.resolve(PoliceWorkbook.FILE), "Tryghedsmåling");
        for (List<Object> row : rows.subList(3, rows.size())) {
            assertThat(row.get(1)).isInstanceOf(String.class).isIn("2014", "2016", "2017", "2018", "2019", "2020", "2021");
        }
    }

    @Test
    void arsonAndVandalismMatchTheAgreement() throws IOException {
        List<List<Object>> rows = SampleFiles.sheet(DIR.resolve(PoliceWorkbook.FILE), "Anmeldelser");
        Map<Integer, Integer> arson = new HashMap<>();
        Map<Integer, Integer> vandalism = new HashMap<>();
        for (List<Object> row : rows.subList(1, rows.size())) {
            if (FOUR_POLICE.contains((String) row.get(0))) {
                int year = SampleFiles.intValue(row.get(1));
                vandalism.merge(year, SampleFiles.intValue(row.get(2)), Integer::sum);
                arson.merge(year, SampleFiles.intValue(row.get(3)), Integer::sum);
            }
        }
        assertThat(arson.get(2015)).isEqualTo(15);
        assertThat(arson.get(2016)).isEqualTo(28);
        assertThat(vandalism.get(2015)).isEqualTo(123);
    }

    /** Key "area|year|indicator" to INDHOLD. */
    private static Map<String, String> crime() throws IOException {
        Map<String, String> values = new HashMap<>();
        for (String[] r : SampleFiles.csvRows(DIR.resolve(DstFiles.CRIME_FILE), Charset.forName("windows-1252"))) {
            values.put(r[0] + "|" + r[2] + "|" + r[1], r[3]);
        }
        return values;
    }

    private static BigDecimal perThousand(Map<String, String> crime, List<String> areas, int year, int scale) {
        long verdicts = 0;
        long residents = 0;
        for (String area : areas) {
            verdicts += Long.parseLong(crime.get(area + "|" + year + "|Kriminalretlige afgørelser"));
            residents += Long.parseLong(crime.get(area + "|" + year + "|Beboere"));
        }
        return BigDecimal.valueOf(verdicts * 1000).divide(BigDecimal.valueOf(residents), scale, RoundingMode.HALF_UP);
    }

    /** Key "area|year" to {respondents, safe, unsafe}. */
    private static Map<String, int[]> survey() throws IOException {
        Map<String, int[]> answers = new HashMap<>();
        List<List<Object>> rows = SampleFiles.sheet(DIR.resolve(PoliceWorkbook.FILE), "Tryghedsmåling");
        for (List<Object> row : rows.subList(3, rows.size())) {
            answers.put(row.get(0) + "|" + row.get(1), new int[] {SampleFiles.intValue(row.get(2)),
                    SampleFiles.intValue(row.get(3)), SampleFiles.intValue(row.get(4))});
        }
        return answers;
    }

    private static BigDecimal percent(int count, int of, int scale) {
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(of), scale, RoundingMode.HALF_UP);
    }
}
