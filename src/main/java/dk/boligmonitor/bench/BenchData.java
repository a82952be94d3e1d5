package dk.boligmonitor.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;

import dk.boligmonitor.config.Municipalities;
import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.format.Messages;

/**
 * Writes the benchmark's synthetic configuration and inbox under {@code <out>/bench-<scale>/}, the same bytes
 * every time (fixed seed), so figures from two runs or two machines are about the same input. The folder is
 * the bench's own and is emptied first: a database or an inbox left by the last run would make this run load
 * nothing (files are known by their content).
 */
public final class BenchData {

    private static final long SEED = 20_250_601L;

    private final Path folder;
    private final BenchScale scale;

    private BenchData(Path folder, BenchScale scale) {
        this.folder = folder;
        this.scale = scale;
    }

    public static BenchData generate(BenchScale scale, Path out, Path shippedConfig, PrintStream log)
            throws IOException {
        BenchData data = new BenchData(out.resolve("bench-" + scale.key()), scale);
        long started = System.nanoTime();
        deleteRecursively(data.folder);
        Random random = new Random(SEED);
        BenchAreas areas = new BenchAreas(scale, Municipalities.load(), random);
        BenchConfig.write(shippedConfig, data.config(), areas, scale);
        Files.createDirectories(data.inbox());
        String years = scale.firstYear + "-" + scale.lastYear;
        RegisterCsv.write(data.inbox(), areas, scale, random);
        MoveoutGenerator moveouts = new MoveoutGenerator(areas, scale, random);
        MoveoutCsv.write(data.moveoutCsv(), moveouts, scale.csvMoveouts);
        MoveoutWorkbook.write(data.inbox().resolve(BenchConfig.XLSX_PATTERN.replace("*", years)), moveouts,
                scale.xlsxMoveouts);
        log.println(Messages.get("bench.data.written", scale.key(), areas.programmes.size(), areas.all().size(),
                areas.estates, scale.csvMoveouts, scale.xlsxMoveouts, scale.firstYear, scale.lastYear,
                DanishFormat.number((System.nanoTime() - started) / 1e9, 1), data.folder));
        return data;
    }

    public Path folder() {
        return folder;
    }

    public Path config() {
        return folder.resolve("jobs");
    }

    public Path inbox() {
        return folder.resolve("inbox");
    }

    /** Where the reports go, inside the bench's folder so they never land among a real run's PDFs. */
    public Path reports() {
        return folder.resolve("reports");
    }

    /** The embedded database's file, when no other database is given. */
    public Path database() {
        return folder.resolve("db").resolve("boligmonitor");
    }

    /** The source the bench reruns for one year after its run: the register figures, one file a year. */
    public String rerunSource() {
        return RegisterCsv.SOURCE;
    }

    /** The year the bench reruns: the latest, the one a corrected delivery is most likely for. */
    public int rerunYear() {
        return scale.lastYear;
    }

    /** The layout-A file, which the PostgreSQL COPY ceiling loads too. */
    public Path moveoutCsv() {
        return inbox().resolve(BenchConfig.CSV_PATTERN.replace("*", scale.firstYear + "-" + scale.lastYear));
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
