package dk.boligmonitor.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dk.boligmonitor.format.Messages;
import dk.boligmonitor.report.ReportJobConfiguration;

/**
 * A run that fails in the browser is restarted there: the reports could not be written (the output folder is a
 * file), the page says so and offers the restart, and once the folder is put right the restart finishes the same
 * report job where it stopped.
 */
class ConsoleRestartTest {

    private static final String REFRESH = "<meta http-equiv=\"refresh\"";
    private static final String FILE = "dst_noegletal_afgoerelser_2013-2021.csv";

    @TempDir
    Path work;
    RunningConsole console;

    @AfterEach
    void stop() {
        console.close();
    }

    @Test
    void aFailedRunIsRestartedFromTheBrowserAndFinishesWhereItStopped() throws Exception {
        console = RunningConsole.start(work).withUser("dorte", "rigtig-lang-adgangskode", Set.of(Role.DATA_OFFICER),
                Set.of());
        MockMvc mvc = console.mockMvc();
        RequestPostProcessor officer = user(console.context().getBean(ConsoleUsers.class).loadUserByUsername("dorte"));
        Files.copy(Path.of("sample-data", FILE), console.inbox().resolve(FILE));
        Files.delete(console.out());
        Files.writeString(console.out(), "ikke en mappe");

        mvc.perform(post("/koersler/start").param("kind", "RUN").with(csrf()).with(officer))
                .andExpect(redirectedUrl("/koersler/aktuel"));
        assertThat(awaitTheEnd(mvc, officer)).contains(Messages.get("console.runs.last.not_ok").substring(0, 20));
        String runs = page(mvc, "/koersler", officer);
        assertThat(runs).contains("action=\"/koersler/genstart\"", ReportJobConfiguration.JOB_NAME);

        Files.delete(console.out());
        mvc.perform(post("/koersler/genstart").with(csrf()).with(officer)).andExpect(redirectedUrl("/koersler/aktuel"));
        assertThat(awaitTheEnd(mvc, officer)).contains(Messages.get("console.runs.last.ok"));

        assertThat(console.out().resolve("slagelse/bestyrelsespakke.pdf")).isRegularFile();
        assertThat(page(mvc, "/koersler", officer)).doesNotContain("action=\"/koersler/genstart\"");
        // the report job of the failed run was finished, not begun again as a run of its own
        assertThat(console.database().jdbc().queryForList("""
                SELECT e.status FROM batch_job_execution e JOIN batch_job_instance i
                  ON i.job_instance_id = e.job_instance_id WHERE i.job_name = ? ORDER BY e.job_execution_id
                """, String.class, ReportJobConfiguration.JOB_NAME)).containsExactly("FAILED", "COMPLETED");
        assertThat(console.database().jdbc().queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'RUN'"
                + " AND target = ? AND outcome = 'OK'", Integer.class,
                Messages.get("console.runs.audit.restart", "run"))).isOne();
    }

    private static String awaitTheEnd(MockMvc mvc, RequestPostProcessor officer) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        String page = page(mvc, "/koersler/aktuel", officer);
        while (page.contains(REFRESH)) {
            assertThat(Instant.now()).as("the run ends within three minutes").isBefore(deadline);
            Thread.sleep(300);
            page = page(mvc, "/koersler/aktuel", officer);
        }
        return page;
    }

    private static String page(MockMvc mvc, String path, RequestPostProcessor user) throws Exception {
        return mvc.perform(get(path).with(user)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
