package dk.boligmonitor.console;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.boligmonitor.console.AuditLog.Action;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.ingest.LoadHistory;
import dk.boligmonitor.ingest.LoadHistory.RejectsFilter;
import dk.boligmonitor.ingest.RejectsCsv;

/**
 * The rows files were loaded without, so the data officer can mend them at the source: the newest first, narrowed
 * by file, column and reason, and all of them that match as the CSV the rejects command writes.
 */
@Controller
class RejectsController {

    /** The rows a page shows; the CSV holds every one. */
    static final int SHOWN = 200;

    private final LoadHistory history;
    private final AuditLog audit;

    RejectsController(LoadHistory history, AuditLog audit) {
        this.history = history;
        this.audit = audit;
    }

    @GetMapping("/afviste")
    String rejects(@RequestParam(name = "fil", defaultValue = "") String file,
                   @RequestParam(name = "kolonne", defaultValue = "") String column,
                   @RequestParam(name = "aarsag", defaultValue = "") String reason, Model model) {
        RejectsFilter filter = filter(file, column, reason);
        model.addAttribute("filter", filter);
        model.addAttribute("rows", history.rejectedRows(filter, SHOWN));
        model.addAttribute("count", history.countRejectedRows(filter));
        // the CSV's own headings, so the page and the file it offers name the columns alike
        model.addAttribute("headings", Messages.get("ingest.rejects.headings").split("\\|"));
        return "rejects";
    }

    @GetMapping("/afviste/csv")
    void csv(@RequestParam(name = "fil", defaultValue = "") String file,
             @RequestParam(name = "kolonne", defaultValue = "") String column,
             @RequestParam(name = "aarsag", defaultValue = "") String reason,
             HttpServletResponse response) throws IOException {
        RejectsFilter filter = filter(file, column, reason);
        audit.record(Action.DOWNLOAD, RejectsCsv.FILE_NAME + described(filter), AuditLog.Outcome.OK);
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(RejectsCsv.FILE_NAME).build().toString());
        Writer writer = response.getWriter();
        RejectsCsv.write(writer, history.rejectedRows(filter));
    }

    /** What was typed, without the control characters a database will not take in a query. */
    private static RejectsFilter filter(String file, String column, String reason) {
        return new RejectsFilter(Printable.text(file), Printable.text(column), Printable.text(reason));
    }

    /** The filter as the audit log keeps it beside the download. */
    private static String described(RejectsFilter filter) {
        return " [" + String.join("|", filter.fileName(), filter.column(), filter.reason()) + "]";
    }
}
