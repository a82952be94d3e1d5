package dk.boligmonitor.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Encodings, BOMs and line ends of the committed files, and the move-out lists' basic integrity. */
class SampleFileFormatTest {
    private static final Path DIR = SampleFiles.COMMITTED;
    private static final List<String> MOVE_OUT_CSV = List.of("fraflytninger_fob_2013-2021.csv",
            "fraflytninger_slagelse-boligselskab_2013-2021.csv", "fraflytninger_sab_2013-2021.csv");
    private static final List<String> MOVE_OUT_XLSX = List.of("fraflytninger_boligkorsoer_2013-2021.xlsx",
            "fraflytninger_skaelskoer-boligselskab_2013-2021.xlsx");
    private static final Map<Integer, Integer> TENANCIES = Map.ofEntries(
            Map.entry(15, 220), Map.entry(21, 180), Map.entry(35, 160), Map.entry(23, 210), Map.entry(24, 190),
            Map.entry(26, 170), Map.entry(32, 150), Map.entry(7, 180), Map.entry(12, 340), Map.entry(34, 260),
            Map.entry(3, 150), Map.entry(5, 130));

    @Test
    void crimeFileIsWindows1252WithoutBom() throws IOException {
        byte[] bytes = Files.readAllBytes(DIR.resolve(DstFiles.CRIME_FILE));
        // "OMRÅDE": Å is the single byte 0xC5 in Windows-1252, which is not valid UTF-8 here.
        assertThat(bytes).startsWith('O', 'M', 'R', 0xC5, 'D', 'E');
        assertThat(isUtf8(bytes)).isFalse();
        assertCrlfOnly(bytes);
    }

    @Test
    void schoolFileIsUtf8WithBom() throws IOException {
        byte[] bytes = Files.readAllBytes(DIR.resolve(DstFiles.SCHOOL_FILE));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(isUtf8(bytes)).isTrue();
        assertCrlfOnly(bytes);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n330;Elever i 9. klasse;2013;", "\r\n000;Fravær i pct.;2021;",
                "\r\nSkælskør;Elever i 9. klasse;2014;4\r\n", "\r\nElementparken;Fravær i pct.;2013;\r\n");
    }

    @Test
    void moveOutCsvFilesAreUtf8WithoutBom() throws IOException {
        for (String name : MOVE_OUT_CSV) {
            byte[] bytes = Files.readAllBytes(DIR.resolve(name));
            assertThat(bytes).as(name).startsWith('A', 'f', 'd');
            assertThat(isUtf8(bytes)).as(name).isTrue();
            assertCrlfOnly(bytes);
        }
    }

    @Test
    void moveOutsAreUniqueAndWithinTheEstates() throws IOException {
        Set<String> seen = new HashSet<>();
        for (String name : MOVE_OUT_CSV) {
            for (String[] r : SampleFiles.csvRows(DIR.resolve(name), StandardCharsets.UTF_8)) {
                assertThat(r).hasSize(6);
                assertThat(r[5]).matches("\\d{1,3}(\\.\\d{3})*,\\d{2}");
                assertThat(Integer.parseInt(r[4])).isBetween(0, 60);
                String[] dmy = r[2].split("-");
                check(seen, Integer.parseInt(r[0]), r[1],
                        LocalDate.of(Integer.parseInt(dmy[2]), Integer.parseInt(dmy[1]), Integer.parseInt(dmy[0])));
            }
        }
        for (String name : MOVE_OUT_XLSX) {
            List<List<Object>> rows = SampleFiles.sheet(DIR.resolve(name), "Fraflytninger");
            assertThat(rows.get(1).get(0)).isEqualTo("Udtrukket 15.01.2022");
            for (List<Object> row : rows.subList(4, rows.size())) {
                assertThat((String) row.get(2)).as(SampleFiles.describe(row)).startsWith("date:");
                check(seen, SampleFiles.intValue(row.get(0)), (String) row.get(1),
                        LocalDate.parse(((String) row.get(2)).substring(5)));
            }
        }
        assertThat(seen).hasSizeGreaterThan(3000);
    }

    private static void check(Set<String> seen, int estate, String tenancy, LocalDate date) {
        assertThat(tenancy).matches(estate + "-\\d{4}");
        assertThat(Integer.parseInt(tenancy.substring(tenancy.indexOf('-') + 1))).isBetween(1, TENANCIES.get(estate));
        assertThat(date.getYear()).isBetween(2013, 2021);
        assertThat(seen.add(tenancy + "|" + date)).as("duplicate " + tenancy + " " + date).isTrue();
    }

    private static void assertCrlfOnly(byte[] bytes) {
        assertThat(bytes[bytes.length - 2]).isEqualTo((byte) '\r');
        assertThat(bytes[bytes.length - 1]).isEqualTo((byte) '\n');
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertThat(bytes[i - 1]).as("LF without CR at byte " + i).isEqualTo((byte) '\r');
            }
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
