package dk.boligmonitor.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import dk.boligmonitor.config.MonitorConfig;

/**
 * The register figures behind the official list (the dst-61a mapping), as StatBank exports in long layout, one
 * file per year as a yearly monitor fetches them: one value per row for every area, municipality, region and
 * the country. The counts hang together within a unit (convicted adults are a share of the adults), not across
 * units: the benchmark needs figures the criteria can judge, not a consistent country.
 */
final class RegisterCsv {

    static final String FILE_PREFIX = "dst_boligomraader_61a_";
    /** The mapping that reads it, as named in the shipped jobs/sources/dst-61a.yml. */
    static final String SOURCE = "dst-61a";
    private static final String BOM = "\uFEFF";

    private RegisterCsv() {
    }

    /** Writes {@code dst_boligomraader_61a_<year>.csv} for every year into the folder. */
    static void write(Path folder, BenchAreas areas, BenchScale scale, Random random) throws IOException {
        Map<String, Integer> units = new LinkedHashMap<>();
        areas.all().forEach(a -> units.put(a.name(), 1_000 + random.nextInt(2_500)));
        areas.municipalities.forEach(m -> units.put(m.name(), 20_000 + random.nextInt(600_000)));
        Map<String, Integer> regions = new TreeMap<>();
        areas.municipalities.forEach(m -> regions.put(m.regionName(), 600_000 + random.nextInt(1_200_000)));
        units.putAll(regions);
        units.put(MonitorConfig.COUNTRY_NAME, 5_900_000);
        for (int year = scale.firstYear; year <= scale.lastYear; year++) {
            Path file = folder.resolve(FILE_PREFIX + year + ".csv");
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(BOM + "OMRÅDE;NØGLETAL;TID;INDHOLD\r\n");
                for (Map.Entry<String, Integer> unit : units.entrySet()) {
                    writeYear(out, unit.getKey(), year, unit.getValue(), random);
                }
            }
        }
    }

    private static void writeYear(BufferedWriter out, String unit, int year, int baseResidents, Random random)
            throws IOException {
        long residents = Math.round(baseResidents * (0.95 + random.nextDouble() * 0.1));
        long adults = Math.round(residents * 0.75);
        long aged30to59 = Math.round(residents * 0.4);
        long taxpayers = Math.round(residents * 0.55);
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("Beboere i alt", residents);
        figures.put("Beboere 18 år og derover", adults);
        figures.put("Dømte 18 år og derover", Math.round(adults * (0.005 + random.nextDouble() * 0.04)));
        figures.put("30-59-årige", aged30to59);
        figures.put("30-59-årige med grundskole som højeste uddannelse",
                Math.round(aged30to59 * (0.2 + random.nextDouble() * 0.5)));
        figures.put("15-64-årige skatteydere ekskl. studerende", taxpayers);
        figures.put("Samlet bruttoindkomst for 15-64-årige skatteydere ekskl. studerende (kr.)",
                taxpayers * (150_000 + random.nextInt(250_000)));
        figures.put("Indvandrere og efterkommere fra ikke-vestlige lande",
                Math.round(residents * (0.05 + random.nextDouble() * 0.6)));
        for (Map.Entry<String, Long> figure : figures.entrySet()) {
            out.write(unit + ";" + figure.getKey() + ";" + year + ";" + thousands(figure.getValue()) + "\r\n");
        }
    }

    /**
     * "612.345.000", as StatBank writes large figures. Written bare, a ten-digit income total can read as a
     * CPR number, and the file would rightly be refused.
     */
    private static String thousands(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', '.');
    }
}
