package dk.boligmonitor.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.boligmonitor.BoligmonitorApplication;
import dk.boligmonitor.config.ConfigException;
import dk.boligmonitor.config.ConfigLoader;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.pipeline.ExitCodes;
import dk.boligmonitor.pipeline.PipelineRunner;
import dk.boligmonitor.pipeline.RunSummary;


/**
 * The bench command: synthetic data of a chosen scale, then the whole pipeline on it exactly as `run` does,
 * with the figures of every stage and file printed as a table, then a rerun of one source for one year timed
 * against it. Unless a database is named, the bench uses an H2 file of its own inside its folder, so it never
 * mixes with the data officer's database.
 */
public final class BenchCommand {

    public static final Set<String> OPTIONS = Set.of("scale", "out", "config");
    private static final String DATASOURCE_URL = "--spring.datasource.url=";

    private final BenchData data;
    private final List<String> springArguments;
    private final BenchBookkeeping bookkeeping = new BenchBookkeeping();

    private BenchCommand(BenchData data, List<String> springArguments) {
        this.data = data;
        this.springArguments = springArguments;
    }

    /**
     * The bench from the command line's options: writes the synthetic data under {@code out}, starts the
     * application on it with the bench's own measuring hooks, runs it and prints the figures. A scale that is
     * neither programme nor national is an {@link IllegalArgumentException}.
     */
    public static int run(String scaleText, Path out, Path shippedConfig, List<String> springArguments,
                          PrintStream log, PrintStream err) throws Exception {
        BenchScale scale = BenchScale.parse(scaleText);
        if (scale == null) {
            throw new IllegalArgumentException(Messages.get("bench.scale.unknown", scaleText));
        }
        BenchData data = BenchData.generate(scale, out, shippedConfig, log);
        MonitorConfig config;
        try {
            config = ConfigLoader.load(data.config());
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return ExitCodes.CONFIGURATION;
        }
        BenchCommand bench = new BenchCommand(data, databaseArguments(springArguments, data));
        try (ConfigurableApplicationContext context = BoligmonitorApplication.builder(config)
                .initializers(bench.bookkeeping.installer()).run(bench.springArguments.toArray(String[]::new))) {
            return bench.run(context, log, err);
        }
    }

    private int run(ConfigurableApplicationContext context, PrintStream out, PrintStream err) throws Exception {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        DataSource dataSource = context.getBean(DataSource.class);
        String database = describe(dataSource);
        int known = jdbc.sql("SELECT COUNT(*) FROM source_file").query(Integer.class).single();
        if (known > 0) {
            err.println("boligmonitor: " + Messages.get("bench.database_not_empty", database, known));
            return ExitCodes.CONFIGURATION;
        }
        BenchStages stages = BenchStages.attach(context, id -> jdbc.sql(
                "SELECT file_name FROM source_file WHERE file_id = ?").param(id).query(String.class).single(),
                bookkeeping);
        long started = System.nanoTime();
        RunSummary summary = context.getBean(PipelineRunner.class).run(data.inbox(), data.reports());
        Duration wholeRun = Duration.ofNanos(System.nanoTime() - started);
        summary.print(out);
        Optional<BenchCopyCeiling.Ceiling> ceiling = BenchCopyCeiling.measure(dataSource, data.moveoutCsv());
        BenchTable.print(out, database, List.copyOf(stages.stages()), ceiling,
                data.moveoutCsv().getFileName().toString());
        if (summary.exitCode() != ExitCodes.OK) {
            return summary.exitCode();
        }
        return BenchRerun.run(context, stages, data.rerunSource(), data.rerunYear(), data.reports(), wholeRun, out,
                err);
    }

    /** The bench's own H2 file, unless a database was named on the command line or in the environment. */
    private static List<String> databaseArguments(List<String> given, BenchData data) {
        if (given.stream().anyMatch(a -> a.startsWith(DATASOURCE_URL)) || System.getenv("SPRING_DATASOURCE_URL") != null) {
            return given;
        }
        List<String> arguments = new ArrayList<>(given);
        arguments.add(DATASOURCE_URL + "jdbc:h2:file:" + data.database());
        return arguments;
    }

    private static String describe(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData()
                    .getDatabaseProductVersion() + " (" + connection.getMetaData().getURL() + ")";
        }
    }
}
