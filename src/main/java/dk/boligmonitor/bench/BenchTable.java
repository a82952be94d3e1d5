package dk.boligmonitor.bench;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.boligmonitor.format.TextTable;

/**
 * The bench's figures as a table for the terminal: stages, each ingest file and report step under its stage,
 * then totals.
 */
final class BenchTable {

    /** What the rows of each stage are; see BenchStages for how they are counted. */
    private static final Map<String, String> ROWS = Map.of("ingest", "læste rækker", "warehouse", "fakta",
            "targets", "vurderinger", "report", "PDF'er");
    private static final long MEGABYTE = 1024 * 1024;

    private BenchTable() {
    }

    static void print(PrintStream out, String database, List<BenchStages.Stage> stages,
                      Optional<BenchCopyCeiling.Ceiling> ceiling, String moveoutCsv) {
        TextTable table = new TextTable("Trin / fil", "Rækker er", "Rækker", "Sekunder", "Rækker/s", "Commits",
                "Batch-bogføring s", "Batch-bogføring %", "Maks. heap MB");
        for (BenchStages.Stage stage : stages) {
            BenchStages.Figures figures = stage.figures();
            add(table, figures.name(), ROWS.getOrDefault(figures.name(), "skrevne rækker"), figures, null);
            for (BenchStages.Figures part : stage.parts()) {
                add(table, "  " + part.name(), stage.figures().name().equals("ingest") ? "læste rækker"
                        : ROWS.getOrDefault(stage.figures().name(), "skrevne rækker"), part, part.commits());
            }
        }
        out.println();
        out.println("Benchmark på " + database + " (én kørsel)");
        table.print(out);
        stages.stream().filter(s -> s.figures().name().equals("report")).findFirst().ifPresent(report ->
                out.printf("  PDF'er pr. sekund: %.2f%n", report.figures().rowsPerSecond()));
        out.println("  Batch-bogføring: tiden i Spring Batchs jobrepository (trin- og jobkørsler, deres"
                + " execution context); rækker pr. commit er chunk-størrelsen");
        ceiling.ifPresent(copy -> printCeiling(out, copy, stages, moveoutCsv));
    }

    private static void add(TextTable table, String name, String rowsAre, BenchStages.Figures figures, Long commits) {
        table.add(name, rowsAre, figures.rows(), seconds(figures.time()), Math.round(figures.rowsPerSecond()), commits,
                seconds(figures.bookkeeping()), BigDecimal.valueOf(figures.bookkeepingPercent()).setScale(1,
                        RoundingMode.HALF_UP), figures.peakHeap() == 0 ? null : figures.peakHeap() / MEGABYTE);
    }

    private static void printCeiling(PrintStream out, BenchCopyCeiling.Ceiling copy, List<BenchStages.Stage> stages,
                                     String moveoutCsv) {
        out.printf("  COPY-loft (PostgreSQL, samme CSV, uindekseret tabel): %d rækker på %s s, %d rækker/s%n",
                copy.rows(), seconds(copy.time()), Math.round(copy.rowsPerSecond()));
        stages.stream().flatMap(s -> s.parts().stream())
                .filter(file -> file.name().equals(moveoutCsv)).findFirst()
                .ifPresent(file -> out.printf("  boligmonitors indlæsning af filen: %.1f %% af COPY-loftet%n",
                        100 * file.rowsPerSecond() / copy.rowsPerSecond()));
    }

    static BigDecimal seconds(Duration time) {
        return BigDecimal.valueOf(time.toMillis()).divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP);
    }
}
