package dk.boligmonitor.bench;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.context.ApplicationContext;

import dk.boligmonitor.format.Messages;
import dk.boligmonitor.format.TextTable;
import dk.boligmonitor.pipeline.Rerun;

/**
 * After the bench's run: a rerun of one source for one year, exactly as the rerun command does it, timed as a
 * whole and per stage against the whole run. The issue wants it under 5 % of the run.
 */
final class BenchRerun {

    private BenchRerun() {
    }

    static int run(ApplicationContext context, BenchStages stages, String source, int year, Path reports,
                   Duration wholeRun, PrintStream out, PrintStream err) throws Exception {
        int before = stages.stages().size();
        out.println();
        long started = System.nanoTime();
        int exitCode = context.getBean(Rerun.class).run(source, year, reports, out, err);
        Duration time = Duration.ofNanos(System.nanoTime() - started);
        List<BenchStages.Stage> rerun = stages.stages().subList(before, stages.stages().size());
        TextTable table = new TextTable(Messages.get("bench.rerun.headings").split("\\|"));
        for (BenchStages.Stage stage : rerun) {
            table.add(stage.figures().name(), stage.figures().rows(), BenchTable.seconds(stage.figures().time()),
                    percent(stage.figures().time(), wholeRun));
        }
        table.add(Messages.get("bench.rerun.total"), null, BenchTable.seconds(time), percent(time, wholeRun));
        out.println();
        out.println(Messages.get("bench.rerun.heading", source, year, BenchTable.seconds(wholeRun)));
        table.print(out);
        return exitCode;
    }

    private static BigDecimal percent(Duration part, Duration whole) {
        return BigDecimal.valueOf(100.0 * part.toNanos() / Math.max(1, whole.toNanos())).setScale(1,
                RoundingMode.HALF_UP);
    }
}
