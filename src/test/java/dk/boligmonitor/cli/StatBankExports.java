package dk.boligmonitor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the StatBank export fixtures under src/test/resources/statbank (run main; the output is deterministic):
 * files in Danmarks Statistik's bulk CSV format (semicolons, area names as text, one row per combination of
 * the dimensions ticked, sorted as StatBank sorts them), holding more than their mappings want.
 */
final class StatBankExports {

    static final Path FOLDER = Path.of("src/test/resources/statbank");

    /** The areas as StatBank names them, and how many times Slagelse's figure each one's is here. */
    private static final List<String> AREAS = List.of("Hele landet", "Region Sjælland", "Slagelse");
    private static final int[] AREA_FACTOR = {80, 9, 1};

    private static final List<String> QUARTERS = List.of("2023K1", "2023K2", "2023K3", "2023K4", "2024K1", "2024K2",
            "2024K3", "2024K4", "2025K1");
    private static final List<String> OFFENCES = List.of("Straffelov i alt", "Voldsforbrydelser i alt",
            "Seksualforbrydelser i alt", "Indbrud i beboelser", "Tyveri fra bil", "Hærværk", "Narkotikalovgivningen",
            "Færdselslov i alt");
    /** Slagelse's reports per quarter of the two mapped offences; the test adds them up by hand. */
    static final int[] SLAGELSE_STRAFFELOV = {1012, 987, 1045, 998, 1003, 968, 1077, 1021, 921};
    static final int[] SLAGELSE_VOLD = {88, 95, 102, 91, 84, 97, 110, 93, 79};
    /** Slagelse's burglaries per month, 2024M01 to 2025M02. */
    static final int[] SLAGELSE_INDBRUD = {21, 18, 25, 19, 22, 17, 15, 20, 23, 26, 24, 30, 27, 22};

    private static final List<String> SEXES = List.of("I alt", "Mænd", "Kvinder");
    private static final List<String> AGES = List.of("Alder i alt", "0 år", "1 år", "2 år");
    /** Residents in the first quarter of 2023 and the rise each quarter, per area. */
    private static final int[] RESIDENTS_2023K1 = {5932654, 838840, 79512};
    private static final int[] RESIDENTS_RISE = {4000, 500, 60};

    private StatBankExports() {
    }

    public static void main(String[] args) throws IOException {
        write(FOLDER.resolve("inbox/straf11_kvartal_2023K1-2025K1.csv"), false, quarterlyOffences());
        write(FOLDER.resolve("inbox/straf11_maaned_2024M01-2025M02.csv"), false, monthlyBurglaries());
        write(FOLDER.resolve("inbox/folk1a_2023K1-2025K1.csv"), true, residents());
        write(FOLDER.resolve("refused/folk1a_civilstand_2024K1.csv"), true, residentsByMaritalStatus());
    }

    private static List<String> quarterlyOffences() {
        List<String> rows = new ArrayList<>(List.of("OMRÅDE;OVERTRÆD;TID;INDHOLD"));
        for (int a = 0; a < AREAS.size(); a++) {
            for (int o = 0; o < OFFENCES.size(); o++) {
                for (int q = 0; q < QUARTERS.size(); q++) {
                    int slagelse = o == 0 ? SLAGELSE_STRAFFELOV[q] : o == 1 ? SLAGELSE_VOLD[q] : 10 + 3 * o + q;
                    rows.add(AREAS.get(a) + ";" + OFFENCES.get(o) + ";" + QUARTERS.get(q) + ";"
                            + AREA_FACTOR[a] * slagelse);
                }
            }
        }
        return rows;
    }

    private static List<String> monthlyBurglaries() {
        List<String> rows = new ArrayList<>(List.of("OMRÅDE;OVERTRÆD;TID;INDHOLD"));
        for (String offence : List.of("Straffelov i alt", "Indbrud i beboelser")) {
            for (int m = 0; m < SLAGELSE_INDBRUD.length; m++) {
                String month = String.format("%dM%02d", 2024 + m / 12, m % 12 + 1);
                int figure = offence.startsWith("Indbrud") ? SLAGELSE_INDBRUD[m] : 330 + m;
                rows.add("Slagelse;" + offence + ";" + month + ";" + figure);
            }
        }
        return rows;
    }

    private static List<String> residents() {
        List<String> rows = new ArrayList<>(List.of("OMRÅDE;KØN;ALDER;CIVILSTAND;TID;INDHOLD"));
        for (int a = 0; a < AREAS.size(); a++) {
            for (String sex : SEXES) {
                for (int age = 0; age < AGES.size(); age++) {
                    for (int q = 0; q < QUARTERS.size(); q++) {
                        int total = RESIDENTS_2023K1[a] + RESIDENTS_RISE[a] * q;
                        int men = total / 2 + 11;
                        int bySex = sex.equals("I alt") ? total : sex.equals("Mænd") ? men : total - men;
                        int figure = age == 0 ? bySex : bySex / 100 + age;
                        rows.add(AREAS.get(a) + ";" + sex + ";" + AGES.get(age) + ";I alt;" + QUARTERS.get(q) + ";"
                                + figure);
                    }
                }
            }
        }
        return rows;
    }

    /** Marital status ticked but not mapped nor filtered: its values would be added to the total. */
    private static List<String> residentsByMaritalStatus() {
        return List.of("OMRÅDE;KØN;ALDER;CIVILSTAND;TID;INDHOLD",
                "Slagelse;I alt;Alder i alt;I alt;2024K1;79752",
                "Slagelse;I alt;Alder i alt;Ugift;2024K1;41000",
                "Slagelse;I alt;Alder i alt;Gift/separeret;2024K1;29000",
                "Slagelse;I alt;Alder i alt;Enke/enkemand;2024K1;4500",
                "Slagelse;I alt;Alder i alt;Fraskilt;2024K1;5252");
    }

    /** StatBank's bulk files: UTF-8, some with a byte-order mark, CRLF line ends. */
    private static void write(Path file, boolean byteOrderMark, List<String> rows) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, (byteOrderMark ? "\uFEFF" : "") + String.join("\r\n", rows) + "\r\n",
                StandardCharsets.UTF_8);
    }
}
