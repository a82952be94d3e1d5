package dk.boligmonitor.ingest;

import java.util.function.Function;

import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;

/**
 * A step built afresh for each execution, from what that execution is about (a partition's file), and run in
 * it. Its reader, processor and writer are then plain objects of this execution: as beans of step scope they
 * would be proxies that look the execution's instance up on every call, and a file's reader and processor are
 * called for each of its millions of rows.
 */
final class FileStep implements Step {

    private final String name;
    private final Function<StepExecution, AbstractStep> build;

    FileStep(String name, Function<StepExecution, AbstractStep> build) {
        this.name = name;
        this.build = build;
    }

    @Override
    public String getName() {
        return name;
    }

    /**
     * Which files load is the load registry's to say (see the partitioner), not Spring Batch's memory of the
     * step: a file set back to waiting after a kill must load again on the restart even where its step was last
     * seen completed. Skipped, it stayed waiting, and the job went round loadFiles for ever.
     */
    @Override
    public boolean isAllowStartIfComplete() {
        return true;
    }

    @Override
    public void execute(StepExecution stepExecution) throws JobInterruptedException {
        build.apply(stepExecution).execute(stepExecution);
    }
}
