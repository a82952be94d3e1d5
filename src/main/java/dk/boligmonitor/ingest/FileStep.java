package dk.boligmonitor.ingest;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;

/**
 * A step built afresh for each execution, from what that execution is about (a partition's file), and run in
 * it. Its reader, processor and writer are then plain objects of this execution: as beans of step scope they
 * would be proxies that look the execution's instance up on every call, and a file's reader and processor are
 * called for each of its millions of rows.
 */
public final class FileStep implements Step {

    private final String name;
    private final Function<StepExecution, AbstractStep> build;
    /** Listeners added from outside (the bench's), given to every step built; executions run side by side. */
    private final List<StepExecutionListener> listeners = new CopyOnWriteArrayList<>();

    FileStep(String name, Function<StepExecution, AbstractStep> build) {
        this.name = name;
        this.build = build;
    }

    /** Listens to every execution of the step, after the step's own listeners. */
    public void registerStepExecutionListener(StepExecutionListener listener) {
        listeners.add(listener);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void execute(StepExecution stepExecution) throws JobInterruptedException {
        AbstractStep step = build.apply(stepExecution);
        listeners.forEach(step::registerStepExecutionListener);
        step.execute(stepExecution);
    }
}
