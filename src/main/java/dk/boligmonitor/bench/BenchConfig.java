package dk.boligmonitor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dk.boligmonitor.format.Messages;

/**
 * The bench's jobs/: the shipped indicators, reference groups, criteria sets and DST mapping as they are, the
 * move-out mappings with their file patterns pointed at the synthetic company, and generated programmes.
 * Copying rather than rewriting keeps the bench on the mappings a real run uses.
 */
final class BenchConfig {

    static final String CSV_PATTERN = "fraflytninger_benchbo_*.csv";
    static final String XLSX_PATTERN = "fraflytninger_benchbo_*.xlsx";

    private BenchConfig() {
    }

    static void write(Path shipped, Path jobs, BenchAreas areas, BenchScale scale) throws IOException {
        Files.createDirectories(jobs.resolve("programmes"));
        Files.createDirectories(jobs.resolve("sources"));
        Files.createDirectories(jobs.resolve("criteria-sets"));
        for (String file : List.of("indicators.yml", "reference-groups.yml", "sources/dst-61a.yml")) {
            Files.copy(shipped.resolve(file), jobs.resolve(file));
        }
        try (Stream<Path> sets = Files.list(shipped.resolve("criteria-sets"))) {
            for (Path set : sets.toList()) {
                Files.copy(set, jobs.resolve("criteria-sets").resolve(set.getFileName()));
            }
        }
        for (String file : List.of("sources/fraflytninger-csv.yml", "sources/fraflytninger-xlsx.yml")) {
            String pattern = file.endsWith("csv.yml") ? CSV_PATTERN : XLSX_PATTERN;
            Files.writeString(jobs.resolve(file), onlyFile(Files.readString(shipped.resolve(file)), pattern),
                    StandardCharsets.UTF_8);
        }
        for (int p = 0; p < areas.programmes.size(); p++) {
            Files.writeString(jobs.resolve("programmes").resolve(String.format("bench-p%02d.yml", p + 1)),
                    programme(p + 1, areas.programmes.get(p), areas.tenanciesPerEstate, scale), StandardCharsets.UTF_8);
        }
    }

    /** The mapping with its list of company files replaced by the synthetic company's one pattern. */
    private static String onlyFile(String mapping, String pattern) {
        String entry = "  - {pattern: \"" + pattern + "\", company: " + BenchAreas.COMPANY + "}";
        String replaced = mapping.replaceFirst("(?m)^files:\\n(  - \\{.*\\}\\n)+", "files:\n" + entry + "\n");
        if (replaced.equals(mapping)) {
            throw new IllegalStateException(Messages.get("bench.config.mapping_layout",
                    "  - {pattern: ..., company: ...}"));
        }
        return replaced;
    }

    /** The programme's criteria cover a ratio of events (move-outs) and a register share, summed and judged. */
    private static String programme(int number, List<BenchAreas.SyntheticArea> areas, int tenancies,
                                    BenchScale scale) {
        int baseline = scale.lastYear - 4;
        StringBuilder yaml = new StringBuilder()
                .append("code: bench-p").append(String.format("%02d", number)).append('\n')
                .append("name: Benchmark-program ").append(number).append('\n')
                .append("period: ").append(baseline).append('-').append(scale.lastYear).append('\n')
                .append("years: ").append(scale.firstYear).append('-').append(scale.lastYear).append('\n')
                .append("headline_indicator: fraflytning\n")
                .append("areas:\n");
        for (BenchAreas.SyntheticArea area : areas) {
            yaml.append("  - code: ").append(area.code()).append('\n')
                    .append("    name: ").append(area.name()).append('\n')
                    .append("    municipality: ").append(area.municipality().code()).append('\n')
                    .append("    estates:\n");
            for (int afdeling : area.afdelinger()) {
                yaml.append("      - {company: ").append(BenchAreas.COMPANY).append(", afdeling: ").append(afdeling)
                        .append(", tenancies: ").append(tenancies).append("}\n");
            }
        }
        return yaml.append("criteria:\n")
                .append("  - code: fraflytning-fald\n")
                .append("    name: Fraflytningsprocenten skal falde 10 % om året\n")
                .append("    indicator: fraflytning\n")
                .append("    units: [areas, programme]\n")
                .append("    rule: {type: relative_fall, percent_per_year: 10, baseline_year: ").append(baseline)
                .append("}\n")
                .append("  - code: grundskole-fald\n")
                .append("    name: Andelen af 30–59-årige med grundskole som højeste uddannelse skal falde\n")
                .append("    indicator: grundskole_30_59\n")
                .append("    units: [areas, programme]\n")
                .append("    rule: {type: fall, baseline_year: ").append(baseline).append("}\n")
                .toString();
    }
}
