package dk.boligmonitor.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dk.boligmonitor.format.Messages;

/**
 * Runs and reports in the browser: a data officer starts the whole pipeline on the sample data through the page,
 * as a terminal would run it, follows it and reads its summary; a board member reads and downloads the reports of
 * the programme they sit on and nothing else. One console and one real run for the whole class.
 */
class RunsAndReportsTest {

    private static final String PASSWORD = "rigtig-lang-adgangskode";
    private static final Duration LONGEST_RUN = Duration.ofMinutes(5);
    private static final String REFRESH = "<meta http-equiv=\"refresh\" content=\"2\">";

    @TempDir
    static Path work;
    static RunningConsole console;
    static MockMvc mvc;
    static JdbcTemplate jdbc;
    static RequestPostProcessor officer;
    static RequestPostProcessor slagelseBoard;

    static String pageWhileRunning;
    static MvcResult secondStart;
    static String pageWhenDone;

    @BeforeAll
    static void runTheSampleDataThroughTheConsole() throws Exception {
        console = RunningConsole.start(work)
                .withUser("dorte", PASSWORD, Set.of(Role.DATA_OFFICER), Set.of())
                .withUser("bente", PASSWORD, Set.of(Role.BOARD), Set.of("slagelse"));
        mvc = console.mockMvc();
        jdbc = console.database().jdbc();
        ConsoleUsers users = console.context().getBean(ConsoleUsers.class);
        officer = user(users.loadUserByUsername("dorte"));
        slagelseBoard = user(users.loadUserByUsername("bente"));
        try (Stream<Path> files = Files.list(Path.of("sample-data"))) {
            for (Path file : files.toList()) {
                Files.copy(file, console.inbox().resolve(file.getFileName()));
            }
        }

        mvc.perform(post("/koersler/start").param("kind", "RUN").with(csrf()).with(officer))
                .andExpect(redirectedUrl("/koersler/aktuel"));
        secondStart = mvc.perform(post("/koersler/start").param("kind", "INGEST").with(csrf()).with(officer))
                .andExpect(redirectedUrl("/koersler")).andReturn();
        pageWhileRunning = page("/koersler/aktuel", officer);
        pageWhenDone = awaitTheEnd();
    }

    @AfterAll
    static void stop() {
        console.close();
    }

    @Test
    void theRunStartedInTheBrowserLoadsEveryFileAndSaysSo() {
        assertThat(pageWhenDone).contains(Messages.get("console.runs.last.ok")).doesNotContain(REFRESH);
        assertThat(figure(pageWhenDone, "console.runs.summary.files_loaded")).isEqualTo("12");
        assertThat(figure(pageWhenDone, "console.runs.summary.files_refused")).isEqualTo("0");
        assertThat(figure(pageWhenDone, "console.runs.summary.rows_rejected")).isEqualTo("0");
        assertThat(pageWhenDone).contains("href=\"/afviste\"", "href=\"/rapporter\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = 'dorte'"
                + " AND action = 'RUN' AND target = 'run' AND outcome = 'OK'", Integer.class)).isOne();
    }

    @Test
    void theProgressPageRefreshesItselfWhileTheRunGoesOn() {
        assertThat(pageWhileRunning).contains(REFRESH, Messages.get("console.runs.current.title"));
    }

    @Test
    void aSecondStartWhileTheRunGoesOnIsRefused() {
        assertThat((String) secondStart.getFlashMap().get("error"))
                .startsWith(Messages.get("console.runs.busy", "dorte", "X").substring(0, 40));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'RUN' AND target = 'ingest'"
                + " AND outcome = 'REFUSED'", Integer.class)).isOne();
    }

    @Test
    void theRunsPageListsTheJobsAndOffersNoRestartWhenNothingFailed() throws Exception {
        String page = page("/koersler", officer);
        assertThat(page).contains("ingest", "warehouse", "targets", "report", "COMPLETED", "dst-61a")
                .doesNotContain("/koersler/genstart");
        MvcResult restart = mvc.perform(post("/koersler/genstart").with(csrf()).with(officer))
                .andExpect(redirectedUrl("/koersler")).andReturn();
        assertThat(restart.getFlashMap().get("error")).isEqualTo(Messages.get("console.runs.nothing_to_restart"));
    }

    @Test
    void aRunATerminalHoldsTurnsTheStartAwayWithItsMessage() throws Exception {
        DataSource dataSource = jdbc.getDataSource();
        try (Connection terminal = dataSource.getConnection(); Statement lock = terminal.createStatement()) {
            terminal.setAutoCommit(false);
            lock.executeQuery("SELECT lock_name FROM run_lock WHERE lock_name = 'pipeline' FOR UPDATE").close();
            MvcResult refused = mvc.perform(post("/koersler/start").param("kind", "RUN").with(csrf()).with(officer))
                    .andExpect(redirectedUrl("/koersler")).andReturn();
            terminal.rollback();
            String message = (String) refused.getFlashMap().get("error");
            assertThat(message).startsWith(Messages.get("pipeline.lock.held", "X").substring(0, 30));
            assertThat(page("/koersler", officer, refused)).contains(message);
        }
        assertThat(console.context().getBean(ConsoleRuns.class).current()).isEmpty();
    }

    @Test
    void aRerunThatFindsNoFilesShowsWhatTheCommandLineWouldPrint() throws Exception {
        mvc.perform(post("/koersler/genkoer").param("source", "dst-61a").param("year", "1990").with(csrf())
                .with(officer)).andExpect(redirectedUrl("/koersler/aktuel"));
        String page = awaitTheEnd();
        assertThat(page).contains(Messages.get("pipeline.rerun.no_files", "dst-61a", 1990)
                .replace("'", "&#39;"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'RUN'"
                + " AND target = 'rerun --source dst-61a --year 1990' AND outcome = 'REFUSED'", Integer.class))
                .isOne();
    }

    @Test
    void aBoardMemberSeesNoRunsAndCannotStartOne() throws Exception {
        mvc.perform(get("/koersler").with(slagelseBoard)).andExpect(status().isForbidden());
        mvc.perform(post("/koersler/start").param("kind", "RUN").with(csrf()).with(slagelseBoard))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = 'bente'"
                + " AND action = 'ACCESS_DENIED' AND target = 'POST /koersler/start'", Integer.class)).isOne();
    }

    @Test
    void aStartWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/koersler/start").param("kind", "RUN").with(officer)).andExpect(status().isForbidden());
    }

    @Test
    void aBoardMemberSeesTheirProgrammesReportsAndNoOther() throws Exception {
        String list = page("/rapporter", slagelseBoard);
        assertThat(list).contains("/rapporter/slagelse").doesNotContain("/rapporter/vestegnen");
        String slagelse = page("/rapporter/slagelse", slagelseBoard);
        assertThat(slagelse).contains("bestyrelsespakke.pdf", "tal.xlsx");
        for (Map<String, Object> output : outputs("slagelse")) {
            assertThat(slagelse).contains("/rapporter/fil/" + output.get("output_id"),
                    Path.of((String) output.get("path")).getFileName().toString());
        }
        mvc.perform(get("/rapporter/vestegnen").with(slagelseBoard)).andExpect(status().isForbidden());
        mvc.perform(get("/rapporter/ingen-saadan").with(slagelseBoard)).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = 'bente'"
                + " AND action = 'ACCESS_DENIED' AND target = 'GET /rapporter/vestegnen'", Integer.class)).isOne();
    }

    @Test
    void aBoardMemberDownloadsTheirPacketAndItsFiguresAsTheyLieOnDisk() throws Exception {
        Map<String, Object> packet = outputs("slagelse").get(0);
        assertThat(packet.get("area_code")).isNull();
        Path file = Path.of((String) packet.get("path"));
        MockHttpServletResponse pdf = mvc.perform(get("/rapporter/fil/" + packet.get("output_id"))
                        .with(slagelseBoard))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"bestyrelsespakke.pdf\"")))
                .andReturn().getResponse();
        assertThat(new String(pdf.getContentAsByteArray(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        assertThat(pdf.getContentAsByteArray()).isEqualTo(Files.readAllBytes(file));

        MockHttpServletResponse xlsx = mvc.perform(get("/rapporter/fil/" + packet.get("output_id") + "/tal")
                        .with(slagelseBoard))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", ReportsController.WORKBOOK.toString()))
                .andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"tal.xlsx\"")))
                .andReturn().getResponse();
        assertThat(xlsx.getContentAsByteArray()).isEqualTo(Files.readAllBytes(file.resolveSibling("tal.xlsx")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = 'bente'"
                + " AND action = 'DOWNLOAD' AND outcome = 'OK' AND target LIKE ?", Integer.class,
                "GET /rapporter/fil/" + packet.get("output_id") + "%")).isEqualTo(2);
    }

    @Test
    void anotherProgrammesFilesAndNumbersThatDoNotExistAreNotFoundAndLogged() throws Exception {
        List<Map<String, Object>> vestegnen = outputs("vestegnen");
        assertThat(vestegnen).isNotEmpty();
        for (Map<String, Object> output : vestegnen) {
            mvc.perform(get("/rapporter/fil/" + output.get("output_id")).with(slagelseBoard))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/rapporter/fil/" + vestegnen.get(0).get("output_id") + "/tal").with(slagelseBoard))
                .andExpect(status().isNotFound());
        long missing = jdbc.queryForObject("SELECT MAX(output_id) + 1000 FROM report_output", Long.class);
        mvc.perform(get("/rapporter/fil/" + missing).with(slagelseBoard)).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = 'bente'"
                + " AND action = 'DOWNLOAD' AND outcome = 'REFUSED' AND target LIKE 'GET /rapporter/fil/%(vestegnen)'", Integer.class))
                .isEqualTo(vestegnen.size() + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = 'bente'"
                + " AND action = 'DOWNLOAD' AND outcome = 'REFUSED' AND target = ?", Integer.class,
                "GET /rapporter/fil/" + missing)).isOne();
    }

    @Test
    void earlierPacketsComeFromTheArchiveForTheirOwnProgrammesReadersOnly() throws Exception {
        long slagelse = jdbc.queryForObject("SELECT MAX(edition_id) FROM packet_edition WHERE programme_code = 'slagelse'",
                Long.class);
        long vestegnen = jdbc.queryForObject(
                "SELECT MAX(edition_id) FROM packet_edition WHERE programme_code = 'vestegnen'", Long.class);
        assertThat(page("/rapporter/slagelse", slagelseBoard)).contains("/rapporter/arkiv/" + slagelse,
                "bestyrelsespakke-" + LocalDate.now() + ".pdf").doesNotContain("/rapporter/arkiv/" + vestegnen);

        byte[] archived = mvc.perform(get("/rapporter/arkiv/" + slagelse).with(slagelseBoard))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(archived).isEqualTo(Files.readAllBytes(console.out().resolve("slagelse/arkiv/bestyrelsespakke-"
                + LocalDate.now() + ".pdf")));
        mvc.perform(get("/rapporter/arkiv/" + vestegnen).with(slagelseBoard)).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = 'bente'"
                + " AND action = 'DOWNLOAD' AND outcome = 'REFUSED' AND target = ?", Integer.class,
                "GET /rapporter/arkiv/" + vestegnen + " (vestegnen)")).isOne();
    }

    @Test
    void aDataOfficerDownloadsEveryPdf() throws Exception {
        List<Map<String, Object>> all = jdbc.queryForList("SELECT output_id, path FROM report_output");
        assertThat(all).hasSizeGreaterThan(2);
        for (Map<String, Object> output : all) {
            byte[] body = mvc.perform(get("/rapporter/fil/" + output.get("output_id")).with(officer))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(body).isEqualTo(Files.readAllBytes(Path.of((String) output.get("path"))));
        }
    }

    @Test
    void aRecordedPathOutsideTheOutputFolderIsNeverServed() throws Exception {
        Path outside = Files.writeString(work.resolve("hemmelig.pdf"), "%PDF- ikke en rapport");
        jdbc.update("INSERT INTO report_output (path, programme_code, area_code, written_at) VALUES (?, 'slagelse',"
                + " 'motalavej', CURRENT_TIMESTAMP)", outside.toAbsolutePath().toString());
        try {
            long id = jdbc.queryForObject("SELECT output_id FROM report_output WHERE path = ?", Long.class,
                    outside.toAbsolutePath().toString());
            mvc.perform(get("/rapporter/fil/" + id).with(officer)).andExpect(status().isNotFound());
            assertThat(page("/rapporter/slagelse", officer)).doesNotContain("hemmelig.pdf");
        } finally {
            jdbc.update("DELETE FROM report_output WHERE path = ?", outside.toAbsolutePath().toString());
        }
    }

    /** The programme's recorded reports, the board packet first. */
    private static List<Map<String, Object>> outputs(String programme) {
        return jdbc.queryForList("SELECT output_id, path, area_code FROM report_output WHERE programme_code = ?"
                + " ORDER BY area_code NULLS FIRST", programme);
    }

    /** Follows the progress page, as a browser would, until it stops refreshing itself. */
    private static String awaitTheEnd() throws Exception {
        Instant deadline = Instant.now().plus(LONGEST_RUN);
        String page = page("/koersler/aktuel", officer);
        while (page.contains(REFRESH)) {
            assertThat(Instant.now()).as("the run ends within " + LONGEST_RUN).isBefore(deadline);
            Thread.sleep(500);
            page = page("/koersler/aktuel", officer);
            }
        return page;
    }

    private static String page(String path, RequestPostProcessor user) throws Exception {
        return mvc.perform(get(path).with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The page as it shows after a redirect that carried a message. */
    private static String page(String path, RequestPostProcessor user, MvcResult redirected) throws Exception {
        return mvc.perform(get(path).with(user).flashAttrs(redirected.getFlashMap())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The figure in the summary table's row with the given label. */
    private static String figure(String page, String labelKey) {
        String label = "<th scope=\"row\">" + Messages.get(labelKey) + "</th>";
        int row = page.indexOf(label);
        assertThat(row).as(label).isNotNegative();
        int start = page.indexOf(">", page.indexOf("<td", row)) + 1;
        return page.substring(start, page.indexOf("</td>", start)).trim();
    }
}
