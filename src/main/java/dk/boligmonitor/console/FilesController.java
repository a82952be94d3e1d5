package dk.boligmonitor.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.SourceMapping;
import dk.boligmonitor.console.AuditLog.Action;
import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.ingest.FilePreview;
import dk.boligmonitor.ingest.FilePreview.Candidate;
import dk.boligmonitor.ingest.FilePreview.Findings;
import dk.boligmonitor.ingest.FilePreview.Outcome;
import dk.boligmonitor.ingest.LoadHistory;
import dk.boligmonitor.ingest.LoadHistory.KnownFile;
import dk.boligmonitor.ingest.LoadHistory.SkippedRows;

/**
 * The data officer's files: what lies in the inbox and what the registry knows of every file loaded, the upload
 * of new deliveries, and the preview of what a load would make of one, as the preview command shows it.
 */
@Controller
class FilesController {

    /** The bundle's word for each registry status, under this prefix. */
    private static final String STATUS_WORDS = "console.files.status.";
    /** The first rows the preview shows mapped, as the preview command does by default. */
    static final int PREVIEW_ROWS = 10;

    private final Inbox inbox;
    private final LoadHistory history;
    private final MonitorConfig config;
    private final AuditLog audit;
    private final UploadLimit uploadLimit;
    private final double maxRejectedPercent;

    FilesController(Inbox inbox, LoadHistory history, MonitorConfig config, AuditLog audit, UploadLimit uploadLimit,
                    @Value("${boligmonitor.ingest.max-rejected-percent}") double maxRejectedPercent) {
        this.inbox = inbox;
        this.uploadLimit = uploadLimit;
        this.history = history;
        this.config = config;
        this.audit = audit;
        this.maxRejectedPercent = maxRejectedPercent;
    }

    /** A registration as the page shows it: its status in Danish beside the registry's own word, its counts. */
    record ShownFile(KnownFile file, String status, String read, String accepted, String rejected) {

        static ShownFile of(KnownFile file) {
            return new ShownFile(file, Messages.get(STATUS_WORDS + file.status()), count(file.rowsRead()),
                    count(file.rowsAccepted()), count(file.rowsRejected()));
        }
    }

    /** Skipped rows, counted as a Danish reader reads a number. */
    record ShownSkipped(SkippedRows skipped, String rows) {
    }

    /** A file in the inbox with its size as a person reads it. */
    record ShownInboxFile(Inbox.InboxFile file, String size) {
    }

    /** What one mapping would make of the file, with the mapping's file in jobs/ and the pattern that took it. */
    record ShownOutcome(Outcome outcome, Path mappingFile, String pattern) {
    }

    /** A mapping the file may be meant for, with its file in jobs/. */
    record ShownCandidate(Candidate candidate, Path mappingFile) {
    }

    @GetMapping("/filer")
    String files(Model model) {
        model.addAttribute("inbox", inbox.files().stream()
                .map(f -> new ShownInboxFile(f, FileSize.text(f.size()))).toList());
        model.addAttribute("known", history.files().stream().map(ShownFile::of).toList());
        model.addAttribute("skipped", history.skippedRows().stream()
                .map(s -> new ShownSkipped(s, count(s.rows()))).toList());
        model.addAttribute("extensions", String.join(", ", UploadName.EXTENSIONS));
        model.addAttribute("limit", uploadLimit.text());
        return "files";
    }

    /** Every file is let in or refused on its own; the page then says which, and offers each stored one's preview. */
    @PostMapping("/filer")
    String upload(@RequestParam(name = "fil", required = false) List<MultipartFile> files,
                  RedirectAttributes redirect) {
        List<MultipartFile> chosen = files == null ? List.of() : files.stream()
                .filter(f -> !(f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isEmpty())))
                .toList();
        List<String> stored = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        if (chosen.isEmpty()) {
            refused.add(Messages.get("console.upload.none_chosen"));
        }
        for (MultipartFile file : chosen) {
            String shown = Printable.text(file.getOriginalFilename());
            try (InputStream content = file.getInputStream()) {
                Inbox.Admitted admitted = inbox.admit(UploadName.clean(file.getOriginalFilename()), content);
                stored.add(admitted.name());
                if (admitted.replaced()) {
                    replaced.add(admitted.name());
                }
                audit.record(Action.UPLOAD, admitted.name(), AuditLog.Outcome.OK);
            } catch (UploadName.Refused e) {
                refused.add(Messages.get("console.upload.refused", shown, e.getMessage()));
                audit.record(Action.UPLOAD, shown + ": " + e.getMessage(), AuditLog.Outcome.REFUSED);
            } catch (IOException e) {
                refused.add(Messages.get("console.upload.failed", shown, e.getMessage()));
                audit.record(Action.UPLOAD, shown + ": " + e.getMessage(), AuditLog.Outcome.FAILED);
            }
        }
        redirect.addFlashAttribute("stored", stored);
        redirect.addFlashAttribute("replaced", replaced);
        redirect.addFlashAttribute("refused", refused);
        return "redirect:/filer";
    }

    /** One of the files the inbox lists, never a path the request makes up: read as a load would read it. */
    @GetMapping("/filer/forhaandsvisning")
    String preview(@RequestParam("navn") String name, Model model) {
        Path file = inbox.find(name).orElseThrow(() -> {
            audit.record(Action.PREVIEW, Printable.text(name), AuditLog.Outcome.REFUSED);
            return new ResponseStatusException(HttpStatus.NOT_FOUND);
        });
        Findings findings = FilePreview.of(file, config, PREVIEW_ROWS, maxRejectedPercent);
        audit.record(Action.PREVIEW, name, AuditLog.Outcome.OK);
        model.addAttribute("name", name);
        model.addAttribute("rows", PREVIEW_ROWS);
        model.addAttribute("outcomes", findings.outcomes().stream()
                .map(outcome -> new ShownOutcome(outcome, mappingFile(outcome.mapping()),
                        outcome.mapping().patternFor(file).orElseThrow().glob()))
                .toList());
        model.addAttribute("nearest", findings.nearest().stream()
                .map(candidate -> new ShownCandidate(candidate, mappingFile(candidate.fit().mapping()))).toList());
        model.addAttribute("sources", config.directory().resolve("sources"));
        return "preview";
    }

    private static String count(Integer rows) {
        return rows == null ? "" : DanishFormat.number(rows, 0);
    }

    private Path mappingFile(SourceMapping mapping) {
        return config.directory().relativize(mapping.file());
    }
}
