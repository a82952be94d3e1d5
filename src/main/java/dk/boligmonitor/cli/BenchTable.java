package dk.boligmonitor.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The bench's figures as a table for the terminal: stages, each ingest file under its stage, then totals. */
final class BenchTable {

    /** What the rows of each stage are; see BenchStages for how they are counted. */
    private static final Map<String, String> ROWS = Map.of("ingest", "læste rækker", "warehouse", "fakta",
            "targets", "vurderinger", "report", "PDF'er");
    private static final long MEGABYTE = 1024 * 1024;

    private BenchTable() {
    }

    static void print(PrintStream out, String database, BenchStages stages,
                      Optional<BenchCopyCeiling.Ceiling> ceiling, String moveoutCsv) {
        TextTable table = new TextTable("Trin / fil", "Rækker er", "Rækker", "Sekunder", "Rækker/s", "Maks. heap MB");
        for (BenchStages.Stage stage : stages.stages()) {
            BenchStages.Figures figures = stage.figures();
            table.add(figures.name(), ROWS.getOrDefault(figures.name(), "skrevne rækker"), figures.rows(),
                    seconds(figures.time()), Math.round(figures.rowsPerSecond()), figures.peakHeap() / MEGABYTE);
            for (BenchStages.Figures file : stage.files()) {
                table.add("  " + file.name(), "læste rækker",
                        file.rows(), seconds(file.time()), Math.round(file.rowsPerSecond()), file.peakHeap() / MEGABYTE);
            }
        }
        out.println();
        out.println("Benchmark på " + database + " (én kørsel)");
        table.print(out);
        stages.stages().stream().filter(s -> s.figures().name().equals("report")).findFirst().ifPresent(report ->
                out.printf("  PDF'er pr. sekund: %.2f%n", report.figures().rowsPerSecond()));
        ceiling.ifPresent(copy -> printCeiling(out, copy, stages, moveoutCsv));
    }

    private static void printCeiling(PrintStream out, BenchCopyCeiling.Ceiling copy, BenchStages stages,
                                     String moveoutCsv) {
        out.printf("  COPY-loft (PostgreSQL, samme CSV, uindekseret tabel): %d rækker på %s s, %d rækker/s%n",
                copy.rows(), seconds(copy.time()), Math.round(copy.rowsPerSecond()));
        stages.stages().stream().flatMap(s -> s.files().stream())
                .filter(file -> file.name().equals(moveoutCsv)).findFirst()
                .ifPresent(file -> out.printf("  boligmonitors indlæsning af filen: %.1f %% af COPY-loftet%n",
                        100 * file.rowsPerSecond() / copy.rowsPerSecond()));
    }

    private static BigDecimal seconds(Duration time) {
        return BigDecimal.valueOf(time.toMillis()).divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP);
    }
}
