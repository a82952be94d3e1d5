package dk.boligmonitor.pipeline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

import dk.boligmonitor.format.Messages;
import dk.boligmonitor.ingest.LoadRegistry.RegisteredFile;
import dk.boligmonitor.ingest.Reloads;
import dk.boligmonitor.registry.Rebuilds;

/**
 * The rerun command: one source's files with figures for one year are loaded again from where they were
 * registered; then the warehouse rebuilds the years of the files loaded since its last rebuild (these among
 * them), the criteria are judged again, and the reports of the programmes whose figures changed are written
 * again.
 */
@Component
public class Rerun {

    private final Reloads reloads;
    private final Rebuilds rebuilds;
    private final PipelineRunner pipeline;

    Rerun(Reloads reloads, Rebuilds rebuilds, PipelineRunner pipeline) {
        this.reloads = reloads;
        this.rebuilds = rebuilds;
        this.pipeline = pipeline;
    }

    public int run(String source, int year, Path outDir, PrintStream out, PrintStream err) throws Exception {
        List<RegisteredFile> files;
        try {
            files = reloads.markForReload(source, year);
        } catch (Reloads.CannotReload e) {
            err.println(Messages.get("pipeline.rerun.cannot_reload", e.getMessage()));
            return ExitCodes.REFUSED;
        }
        if (files.isEmpty()) {
            err.println(Messages.get("pipeline.rerun.no_files", source, year));
            return ExitCodes.REFUSED;
        }
        out.println(Messages.get("pipeline.rerun.reloading", source, year));
        files.forEach(f -> out.println("  - " + f.fileName() + " (" + f.path() + ")"));
        RunSummary summary = pipeline.rerun(source, year, outDir, rebuilds::scopeForRerun);
        summary.print(out);
        return summary.exitCode();
    }
}
