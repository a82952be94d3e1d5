package dk.boligmonitor.bench;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.format.TextTable;

/**
 * The bench's figures as a table for the terminal: stages, each ingest file and report step under its stage,
 * then totals.
 */
final class BenchTable {

    /** What the rows of each stage are; see BenchStages for how they are counted. */
    private static final Map<String, String> ROWS = Map.of("ingest", Messages.get("bench.rows.read"),
            "warehouse", Messages.get("bench.rows.facts"), "targets", Messages.get("bench.rows.judgements"),
            "report", Messages.get("bench.rows.pdfs"));
    private static final String WRITTEN = Messages.get("bench.rows.written");
    private static final long MEGABYTE = 1024 * 1024;

    private BenchTable() {
    }

    static void print(PrintStream out, String database, List<BenchStages.Stage> stages,
                      Optional<BenchCopyCeiling.Ceiling> ceiling, String moveoutCsv) {
        TextTable table = new TextTable(Messages.get("bench.table.headings").split("\\|"));
        for (BenchStages.Stage stage : stages) {
            BenchStages.Figures figures = stage.figures();
            add(table, figures.name(), ROWS.getOrDefault(figures.name(), WRITTEN), figures, null);
            for (BenchStages.Figures part : stage.parts()) {
                add(table, "  " + part.name(), ROWS.getOrDefault(stage.figures().name(), WRITTEN), part,
                        part.commits());
            }
        }
        out.println();
        out.println(Messages.get("bench.table.heading", database));
        table.print(out);
        stages.stream().filter(s -> s.figures().name().equals("report")).findFirst().ifPresent(report ->
                out.println("  " + Messages.get("bench.table.pdfs_per_second",
                        DanishFormat.number(report.figures().rowsPerSecond(), 2))));
        out.println("  " + Messages.get("bench.table.bookkeeping"));
        ceiling.ifPresent(copy -> printCeiling(out, copy, stages, moveoutCsv));
    }

    private static void add(TextTable table, String name, String rowsAre, BenchStages.Figures figures, Long commits) {
        table.add(name, rowsAre, figures.rows(), seconds(figures.time()), Math.round(figures.rowsPerSecond()), commits,
                seconds(figures.bookkeeping()), BigDecimal.valueOf(figures.bookkeepingPercent()).setScale(1,
                        RoundingMode.HALF_UP), figures.peakHeap() == 0 ? null : figures.peakHeap() / MEGABYTE);
    }

    private static void printCeiling(PrintStream out, BenchCopyCeiling.Ceiling copy, List<BenchStages.Stage> stages,
                                     String moveoutCsv) {
        out.println("  " + Messages.get("bench.table.copy_ceiling", copy.rows(), seconds(copy.time()),
                Math.round(copy.rowsPerSecond())));
        stages.stream().flatMap(s -> s.parts().stream())
                .filter(file -> file.name().equals(moveoutCsv)).findFirst()
                .ifPresent(file -> out.println("  " + Messages.get("bench.table.copy_share",
                        DanishFormat.number(100 * file.rowsPerSecond() / copy.rowsPerSecond(), 1))));
    }

    static BigDecimal seconds(Duration time) {
        return BigDecimal.valueOf(time.toMillis()).divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP);
    }
}
