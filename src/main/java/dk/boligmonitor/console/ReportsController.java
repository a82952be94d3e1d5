package dk.boligmonitor.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

import dk.boligmonitor.config.Area;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Programme;
import dk.boligmonitor.console.AuditLog.Action;
import dk.boligmonitor.console.AuditLog.Outcome;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.registry.ReportOutputs;
import dk.boligmonitor.registry.ReportOutputs.ArchivedPacket;
import dk.boligmonitor.registry.ReportOutputs.Output;
import dk.boligmonitor.report.FiguresWorkbook;

/**
 * The reports: the programmes a user may read, each with its board packet, the packet's figures as a workbook and
 * the area reports, as the last run wrote them, and the earlier packets from the programme's archive, for download. Every programme and every file is checked against
 * the user's programmes here on the server, whatever the URL asks for; a file is served only from the console's
 * output folder. Every download and every refusal is in the audit log. A file another programme's reader asks for
 * is answered as one that does not exist, so its number tells nothing.
 */
@Controller
@RequestMapping("/rapporter")
class ReportsController {

    static final MediaType WORKBOOK = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** A programme as the list shows it: when its packet was written, and whether its figures changed since. */
    record ProgrammeRow(Programme programme, LocalDateTime packetWritten, boolean due) {
    }

    /** A file of a programme's reports, as its page lists it. */
    record ReportFile(String title, String fileName, LocalDateTime writtenAt, String href) {
    }

    private final MonitorConfig config;
    private final ProgrammeAccess access;
    private final ReportOutputs outputs;
    private final AuditLog audit;
    private final Path out;

    ReportsController(MonitorConfig config, ProgrammeAccess access, ReportOutputs outputs, AuditLog audit,
                      ConsoleApplication.Folders folders) {
        this.config = config;
        this.access = access;
        this.outputs = outputs;
        this.audit = audit;
        this.out = folders.out().toAbsolutePath().normalize();
    }

    @GetMapping
    String programmes(Authentication user, Model model) {
        Set<String> due = outputs.due();
        model.addAttribute("programmes", access.readable(user).stream()
                .map(p -> new ProgrammeRow(p, packet(outputs.of(p.code())).map(Output::writtenAt).orElse(null),
                        due.contains(p.code())))
                .toList());
        return "reports";
    }

    @GetMapping("/{code}")
    String programme(@PathVariable String code, Authentication user, HttpServletRequest request, Model model) {
        Programme programme = config.programmes().stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!access.mayRead(user, code)) {
            audit.record(Action.ACCESS_DENIED, target(request), Outcome.REFUSED);
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        List<Output> written = outputs.of(code);
        List<ReportFile> files = new ArrayList<>();
        packet(written).ifPresent(packet -> {
            servable(packet.path()).ifPresent(pdf -> files.add(new ReportFile(
                    Messages.get("console.reports.packet"), pdf.getFileName().toString(), packet.writtenAt(),
                    "/rapporter/fil/" + packet.id())));
            servable(workbookOf(packet)).ifPresent(xlsx -> files.add(new ReportFile(
                    Messages.get("console.reports.workbook"), xlsx.getFileName().toString(), packet.writtenAt(),
                    "/rapporter/fil/" + packet.id() + "/tal")));
        });
        written.stream().filter(output -> output.area() != null).forEach(area -> servable(area.path())
                .ifPresent(pdf -> files.add(new ReportFile(areaName(programme, area.area()),
                        pdf.getFileName().toString(), area.writtenAt(), "/rapporter/fil/" + area.id()))));
        model.addAttribute("programme", programme);
        model.addAttribute("files", files);
        model.addAttribute("archive", outputs.archive(code).stream()
                .filter(packet -> servable(packet.path(out)).isPresent()).toList());
        model.addAttribute("due", outputs.due().contains(code));
        return "programme-reports";
    }

    /** A PDF as it was recorded: a board packet or an area report. */
    @GetMapping("/fil/{id}")
    ResponseEntity<Resource> file(@PathVariable long id, Authentication user, HttpServletRequest request) {
        return download(outputs.find(id), Output::path, user, request);
    }

    /** The figures workbook beside the board packet whose number is given. */
    @GetMapping("/fil/{id}/tal")
    ResponseEntity<Resource> workbook(@PathVariable long id, Authentication user, HttpServletRequest request) {
        return download(outputs.find(id).filter(output -> output.area() == null), ReportsController::workbookOf, user,
                request);
    }

    /** A packet as it was written on a day, from the programme's archive. */
    @GetMapping("/arkiv/{id}")
    ResponseEntity<Resource> archived(@PathVariable long id, Authentication user, HttpServletRequest request) {
        return download(outputs.archived(id), ArchivedPacket::programme, packet -> packet.path(out), user, request);
    }

    private ResponseEntity<Resource> download(Optional<Output> output, Function<Output, Path> file,
                                              Authentication user, HttpServletRequest request) {
        return download(output, Output::programme, file, user, request);
    }

    private <T> ResponseEntity<Resource> download(Optional<T> output, Function<T, String> programmeOf,
                                                  Function<T, Path> file, Authentication user,
                                                  HttpServletRequest request) {
        Optional<T> readable = output.filter(o -> access.mayRead(user, programmeOf.apply(o)));
        Optional<Path> served = readable.map(file).flatMap(this::servable);
        Optional<MediaType> type = served.flatMap(ReportsController::contentType);
        if (type.isEmpty()) {
            // another programme's file is named in the log, and answered as if it did not exist
            audit.record(Action.DOWNLOAD, target(request) + output.filter(o -> readable.isEmpty())
                    .map(o -> " (" + programmeOf.apply(o) + ")").orElse(""), Outcome.REFUSED);
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        audit.record(Action.DOWNLOAD, target(request) + " " + served.get(), Outcome.OK);
        return ResponseEntity.ok().contentType(type.get())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(served.get().getFileName().toString(), StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(served.get()));
    }

    /**
     * The file, if it lies inside the console's output folder (as its real path too, past any link) and is there:
     * a path in the database is never trusted to stay inside it.
     */
    private Optional<Path> servable(Path recorded) {
        Path file = recorded.toAbsolutePath().normalize();
        if (!file.startsWith(out) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return file.toRealPath().startsWith(out.toRealPath()) ? Optional.of(file) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<MediaType> contentType(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".pdf")) {
            return Optional.of(MediaType.APPLICATION_PDF);
        }
        return name.endsWith(".xlsx") ? Optional.of(WORKBOOK) : Optional.empty();
    }

    private static Optional<Output> packet(List<Output> written) {
        return written.stream().filter(output -> output.area() == null).findFirst();
    }

    /** The packet's figures lie beside it. */
    private static Path workbookOf(Output packet) {
        return packet.path().resolveSibling(FiguresWorkbook.FILE);
    }

    private static String areaName(Programme programme, String code) {
        return programme.areas().stream().filter(area -> area.code().equals(code)).map(Area::name).findFirst()
                .orElse(code);
    }

    private static String target(HttpServletRequest request) {
        return request.getMethod() + " " + request.getRequestURI();
    }
}
