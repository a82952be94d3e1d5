package dk.boligmonitor.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * The time Spring Batch spends on its own bookkeeping: every call on the job repository (creating and updating
 * step executions and their execution contexts, and the queries for a restart), summed in all and per step
 * execution. A chunk's update of its step execution runs in the chunk's transaction, so its share of the
 * commit is not in the figure; the repository's own transactions between steps are. Installed in the
 * bench's application context only: the repository bean is wrapped as it is created, so every job, step and
 * the job operator use the timed one.
 */
final class BenchBookkeeping implements InvocationHandler {

    private final AtomicLong total = new AtomicLong();
    private final Map<Long, AtomicLong> perStep = new ConcurrentHashMap<>();
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private JobRepository repository;
    private StepEvents events = new StepEvents() {
    };

    /** Hears of a step execution when the repository first stores it running, and when it is stored ended. */
    interface StepEvents {
        default void started(StepExecution step) {
        }

        default void ended(StepExecution step) {
        }
    }

    /** From now on, step executions' starts and ends go to {@code events}. */
    void tell(StepEvents events) {
        this.events = events;
    }

    /** Wraps the context's job repository in this timer. */
    ApplicationContextInitializer<ConfigurableApplicationContext> installer() {
        return context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JobRepository jobRepository ? wrap(jobRepository) : bean;
            }
        });
    }

    private Object wrap(JobRepository jobRepository) {
        repository = jobRepository;
        return Proxy.newProxyInstance(getClass().getClassLoader(),
                ClassUtils.getAllInterfacesForClass(jobRepository.getClass(), getClass().getClassLoader()), this);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        // a proxy is only dispatched equals, hashCode and toString of Object's methods
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "timed " + repository;
            };
        }
        long start = System.nanoTime();
        try {
            return method.invoke(repository, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            long spent = System.nanoTime() - start;
            total.addAndGet(spent);
            if (args != null && args.length == 1 && args[0] instanceof StepExecution step) {
                perStep.computeIfAbsent(step.getId(), id -> new AtomicLong()).addAndGet(spent);
                if (method.getName().equals("update")) {
                    heard(step);
                }
            }
        }
    }

    /**
     * A step stores itself as it starts, after each chunk and once more when it ends, stamped with its end: the
     * first update is its start, the stamped one its end.
     */
    private void heard(StepExecution step) {
        if (running.add(step.getId())) {
            events.started(step);
        }
        if (step.getEndTime() != null) {
            events.ended(step);
        }
    }

    /** Nanoseconds spent in the repository so far, all jobs and steps together. */
    long totalNanos() {
        return total.get();
    }

    /** Nanoseconds spent in the repository on one step execution's own rows. */
    long stepNanos(long stepExecutionId) {
        AtomicLong spent = perStep.get(stepExecutionId);
        return spent == null ? 0 : spent.get();
    }
}
