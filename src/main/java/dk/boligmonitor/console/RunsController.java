package dk.boligmonitor.console;

import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.SourceMapping;
import dk.boligmonitor.console.ConsoleRuns.Kind;
import dk.boligmonitor.console.ConsoleRuns.Request;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.pipeline.RunHistory;
import dk.boligmonitor.pipeline.RunLock;

/**
 * The data officer's runs: start a run, an ingest or a rerun of one source and year as the command line would,
 * restart the latest failed run, follow the current one and read how the last one went. The progress page
 * refreshes itself while a run goes on (a meta refresh: the console runs no scripts).
 */
@Controller
@RequestMapping("/koersler")
class RunsController {

    private static final int LATEST_EXECUTIONS = 10;
    private static final String ERROR = "error";
    private static final int REFRESH_SECONDS = 2;

    private final ConsoleRuns runs;
    private final RunHistory history;
    private final MonitorConfig config;

    RunsController(ConsoleRuns runs, RunHistory history, MonitorConfig config) {
        this.runs = runs;
        this.history = history;
        this.config = config;
    }

    @GetMapping
    String overview(Model model) {
        List<JobExecution> executions = history.latest(LATEST_EXECUTIONS);
        progress(model);
        model.addAttribute("executions", executions);
        model.addAttribute("failed", runs.current().isEmpty() ? failed(executions) : Optional.empty());
        model.addAttribute("sources", config.sources().stream().map(SourceMapping::name).sorted().toList());
        model.addAttribute("year", Year.now().getValue() - 1);
        return "runs";
    }

    @GetMapping("/aktuel")
    String current(Model model) {
        if (progress(model)) {
            model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        }
        return "run-progress";
    }

    @PostMapping("/start")
    String start(@RequestParam Kind kind, RedirectAttributes redirect) throws Exception {
        if (kind == Kind.RERUN) {
            return refused(redirect, Messages.get("console.runs.rerun_needs_source"));
        }
        return start(Request.of(kind), false, redirect);
    }

    @PostMapping("/genkoer")
    String rerun(@RequestParam String source, @RequestParam int year, RedirectAttributes redirect) throws Exception {
        if (config.sources().stream().noneMatch(mapping -> mapping.name().equals(source))) {
            return refused(redirect, Messages.get("console.runs.unknown_source", source));
        }
        return start(Request.rerun(source, year), false, redirect);
    }

    /** The same kind of run as the latest failed one: run and ingest resume its failed job, a rerun starts anew. */
    @PostMapping("/genstart")
    String restart(RedirectAttributes redirect) throws Exception {
        Optional<JobExecution> failed = failed(history.latest(1));
        if (failed.isEmpty()) {
            return refused(redirect, Messages.get("console.runs.nothing_to_restart"));
        }
        return start(Request.like(failed.get().getJobParameters()), true, redirect);
    }

    private String start(Request request, boolean restart, RedirectAttributes redirect) throws Exception {
        try {
            runs.start(request, restart);
        } catch (ConsoleRuns.Refused | RunLock.Refused e) {
            return refused(redirect, e.getMessage());
        }
        return "redirect:/koersler/aktuel";
    }

    private static String refused(RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute(ERROR, message);
        return "redirect:/koersler";
    }

    /**
     * The console's run and the job running now (the console's, a terminal's or the schedule's), and the console's
     * last run; whether a run goes on.
     */
    private boolean progress(Model model) {
        Optional<ConsoleRuns.Started> current = runs.current();
        Optional<RunProgress> progress = history.running()
                .map(execution -> RunProgress.of(execution, LocalDateTime.now()));
        model.addAttribute("current", current.orElse(null));
        model.addAttribute("progress", progress.orElse(null));
        Optional<ConsoleRuns.Finished> last = runs.last();
        model.addAttribute("last", last.orElse(null));
        model.addAttribute("summary", last.filter(run -> run.summary() != null)
                .map(run -> SummaryTable.of(run.summary(), run.run().request().kind() != Kind.INGEST)).orElse(null));
        return current.isPresent() || progress.isPresent();
    }

    private static Optional<JobExecution> failed(List<JobExecution> latest) {
        return latest.stream().findFirst()
                .filter(e -> e.getStatus() == BatchStatus.FAILED || e.getStatus() == BatchStatus.STOPPED);
    }
}
