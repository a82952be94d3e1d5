package dk.boligmonitor.console;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.pipeline.Scheduler;

/**
 * jobs/schedule.yml runs inside the console's process, as the schedule command would run it alone: one run at a
 * time (the run lock also keeps it from a run started in the browser or a terminal).
 */
@Component
class ConsoleSchedule implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ConsoleSchedule.class);

    private final Scheduler scheduler;
    private final MonitorConfig config;
    private Thread thread;

    ConsoleSchedule(Scheduler scheduler, MonitorConfig config) {
        this.scheduler = scheduler;
        this.config = config;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (config.schedule().runs().isEmpty()) {
            log.info(Messages.get("console.schedule.none"));
            return;
        }
        thread = new Thread(() -> {
            try {
                scheduler.serve(Clock.systemDefaultZone());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "skema");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void destroy() {
        if (thread != null) {
            thread.interrupt();
        }
    }
}
