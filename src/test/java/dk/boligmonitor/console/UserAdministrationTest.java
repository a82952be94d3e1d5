package dk.boligmonitor.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dk.boligmonitor.console.AuditLog.Action;
import dk.boligmonitor.console.AuditLog.Event;
import dk.boligmonitor.console.AuditLog.Outcome;
import dk.boligmonitor.format.Messages;

/**
 * The administrator's pages: only an administrator reaches them, every change is on record without its password,
 * the console is never left without an administrator, and what is granted here is what a user gets at login.
 */
class UserAdministrationTest {

    private static final String PASSWORD = "anne-har-en-lang-adgangskode";

    @TempDir
    static Path work;
    static RunningConsole console;
    static MockMvc mvc;
    static ConsoleUsers users;

    @BeforeAll
    static void start() throws Exception {
        console = RunningConsole.start(work)
                .withUser("anne", PASSWORD, Set.of(Role.ADMIN), Set.of())
                .withUser("dorte", PASSWORD, Set.of(Role.DATA_OFFICER), Set.of())
                .withUser("bo", PASSWORD, Set.of(Role.BOARD), Set.of("slagelse"));
        mvc = console.mockMvc();
        users = console.context().getBean(ConsoleUsers.class);
    }

    @AfterAll
    static void stop() {
        console.close();
    }

    /** The administrator as the user table has her: the checks compare the signed-in name with the one changed. */
    private static RequestPostProcessor anne() {
        return user("anne").roles(Role.ADMIN.name());
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
        for (String page : List.of("/admin/brugere", "/admin/brugere/anne", "/admin/log")) {
            mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(post("/admin/brugere").with(csrf()).param("username", "indtrænger").param("password", PASSWORD)
                .param("roles", "ADMIN")).andExpect(redirectedUrl("/login"));
        assertThat(users.find("indtrænger")).isEmpty();
    }

    @Test
    void aDataOfficerAndABoardMemberAreRefusedAndTheRefusalIsOnRecord() throws Exception {
        for (RequestPostProcessor other : List.of(user("dorte").roles(Role.DATA_OFFICER.name()),
                user("bo").roles(Role.BOARD.name()))) {
            mvc.perform(get("/admin/brugere").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/log").with(other)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/brugere/anne/fjern").with(other).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/admin/brugere").with(other).with(csrf()).param("username", "bagdoer")
                    .param("password", PASSWORD).param("roles", "ADMIN")).andExpect(status().isForbidden());
        }
        assertThat(users.find("anne")).isPresent();
        assertThat(users.find("bagdoer")).isEmpty();
        List<String> refused = console.database().jdbc().queryForList("""
                SELECT username || ' ' || target FROM audit_event
                 WHERE action = 'ACCESS_DENIED' AND outcome = 'REFUSED' ORDER BY event_id
                """, String.class);
        assertThat(refused).contains("dorte GET /admin/brugere", "dorte GET /admin/log",
                "dorte POST /admin/brugere/anne/fjern", "dorte POST /admin/brugere", "bo GET /admin/brugere",
                "bo POST /admin/brugere");
    }

    @Test
    void aChangeWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/brugere").with(anne()).param("username", "uden-token").param("password", PASSWORD)
                .param("roles", "BOARD")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/brugere/bo/fjern").with(anne())).andExpect(status().isForbidden());
        assertThat(users.find("uden-token")).isEmpty();
        assertThat(users.find("bo")).isPresent();
    }

    @Test
    void aBoardMemberAddedByTheAdministratorSeesOnlyTheirProgramme() throws Exception {
        mvc.perform(post("/admin/brugere").with(anne()).with(csrf()).param("username", "bente")
                        .param("password", "bentes-foerste-kode").param("roles", "BOARD").param("programmes", "slagelse"))
                .andExpect(redirectedUrl("/admin/brugere"))
                .andExpect(flash().attribute("done", Messages.get("console.admin.done.added", "bente")));
        String list = mvc.perform(get("/admin/brugere").with(anne())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(list).contains("bente", Role.BOARD.label());

        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("bente")
                .password("bentes-foerste-kode")).andExpect(authenticated()).andReturn().getRequest().getSession();
        String home = mvc.perform(get("/").session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(home).contains("/rapporter/slagelse").doesNotContain("/rapporter/vestegnen");
        mvc.perform(get("/admin/brugere").session(session)).andExpect(status().isForbidden());
        assertThat(changesBy("anne")).extracting(Event::target, Event::outcome)
                .contains(tuple(Messages.get("console.admin.audit.added", "bente", "BOARD", "slagelse"), Outcome.OK));
    }

    @Test
    void anAdministratorCanNeitherRemoveThemselfNorTakeAwayTheirOwnAdministratorRole() throws Exception {
        String removeSelf = Messages.get("console.admin.refused.remove_self");
        mvc.perform(post("/admin/brugere/anne/fjern").with(anne()).with(csrf()))
                .andExpect(redirectedUrl("/admin/brugere/anne")).andExpect(flash().attribute("refused", removeSelf));
        mvc.perform(post("/admin/brugere/anne/adgang").with(anne()).with(csrf()).param("roles", "DATA_OFFICER"))
                .andExpect(redirectedUrl("/admin/brugere/anne"))
                .andExpect(flash().attribute("refused", Messages.get("console.admin.refused.own_admin")));
        assertThat(users.find("anne").orElseThrow().roles()).containsExactly(Role.ADMIN);
        assertThat(changesBy("anne")).extracting(Event::target, Event::outcome)
                .contains(tuple(Messages.get("console.admin.audit.removed", "anne"), Outcome.REFUSED));
        // the refusal as the page shows it after the redirect
        String page = mvc.perform(get("/admin/brugere/anne").with(anne()).flashAttr("refused", removeSelf))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(removeSelf.replace("'", "&#39;"));
    }

    @Test
    void anAdministratorChangesAnotherUsersRolesAndProgrammesAndRemovesThem() throws Exception {
        String carl = "carl.c@slagelse.dk";
        console.withUser(carl, PASSWORD, Set.of(Role.BOARD), Set.of("slagelse"));
        mvc.perform(get("/admin/brugere/" + carl).with(anne())).andExpect(status().isOk());
        mvc.perform(post("/admin/brugere/" + carl + "/adgang").with(anne()).with(csrf()).param("roles", "BOARD", "ADMIN")
                .param("programmes", "vestegnen")).andExpect(redirectedUrl("/admin/brugere/" + carl));
        assertThat(users.find(carl).orElseThrow().roles()).containsExactlyInAnyOrder(Role.BOARD, Role.ADMIN);
        assertThat(users.find(carl).orElseThrow().programmes()).containsExactly("vestegnen");
        mvc.perform(post("/admin/brugere/" + carl + "/fjern").with(anne()).with(csrf()))
                .andExpect(redirectedUrl("/admin/brugere"));
        assertThat(users.find(carl)).isEmpty();
        assertThat(changesBy("anne")).extracting(Event::target, Event::outcome).contains(
                tuple(Messages.get("console.admin.audit.changed", carl, "BOARD, ADMIN", "vestegnen"), Outcome.OK),
                tuple(Messages.get("console.admin.audit.removed", carl), Outcome.OK));
    }

    @Test
    void whatTheUserTableRefusesIsSaidOnThePage() throws Exception {
        mvc.perform(post("/admin/brugere").with(anne()).with(csrf()).param("username", "kort")
                        .param("password", "kort").param("roles", "BOARD"))
                .andExpect(flash().attribute("refused",
                        Messages.get("console.users.password_short", ConsoleUsers.MIN_PASSWORD_LENGTH)));
        mvc.perform(post("/admin/brugere").with(anne()).with(csrf()).param("username", "dorte")
                        .param("password", PASSWORD).param("roles", "BOARD"))
                .andExpect(flash().attribute("refused", Messages.get("console.users.exists", "dorte")));
        mvc.perform(post("/admin/brugere").with(anne()).with(csrf()).param("username", "ukendt-plan")
                        .param("password", PASSWORD).param("roles", "BOARD").param("programmes", "andeby"))
                .andExpect(flash().attribute("refused", Messages.get("console.users.unknown_programme", "andeby",
                        "slagelse, vestegnen")));
        // without single sign-on every user needs a password
        mvc.perform(post("/admin/brugere").with(anne()).with(csrf()).param("username", "uden-kode")
                        .param("roles", "BOARD"))
                .andExpect(flash().attribute("refused", Messages.get("console.admin.refused.no_password",
                        ConsoleUsers.MIN_PASSWORD_LENGTH)));
        assertThat(users.find("kort")).isEmpty();
        assertThat(users.find("ukendt-plan")).isEmpty();
        assertThat(users.find("uden-kode")).isEmpty();
    }

    @Test
    void aNewPasswordLiftsALock() throws Exception {
        console.withUser("laase", PASSWORD, Set.of(Role.DATA_OFFICER), Set.of());
        for (int i = 0; i <= LoginAttempts.MAX_FAILURES; i++) {
            mvc.perform(formLogin("/login").user("laase").password("gaet-" + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user("laase").password(PASSWORD)).andExpect(unauthenticated());
        String locked = Messages.get("console.admin.edit.locked", "");
        String before = mvc.perform(get("/admin/brugere/laase").with(anne())).andReturn().getResponse()
                .getContentAsString();
        assertThat(before).contains(locked.substring(0, locked.indexOf(',')));

        mvc.perform(post("/admin/brugere/laase/adgangskode").with(anne()).with(csrf())
                        .param("password", "en-helt-ny-adgangskode"))
                .andExpect(redirectedUrl("/admin/brugere/laase"))
                .andExpect(flash().attribute("done", Messages.get("console.admin.done.password", "laase")));
        mvc.perform(formLogin("/login").user("laase").password("en-helt-ny-adgangskode")).andExpect(authenticated());
        String after = mvc.perform(get("/admin/brugere/laase").with(anne())).andReturn().getResponse()
                .getContentAsString();
        assertThat(after).doesNotContain(locked.substring(0, locked.indexOf(',')));
    }

    @Test
    void noPasswordReachesTheAuditLogOrAPage() throws Exception {
        String first = "foerste-hemmelige-kode";
        String second = "anden-hemmelige-kode";
        String tooShort = "kort-kode";
        mvc.perform(post("/admin/brugere").with(anne()).with(csrf()).param("username", "hemmelig-bruger")
                .param("password", first).param("roles", "BOARD").param("programmes", "vestegnen"));
        mvc.perform(post("/admin/brugere/hemmelig-bruger/adgangskode").with(anne()).with(csrf())
                .param("password", second));
        mvc.perform(post("/admin/brugere/hemmelig-bruger/adgangskode").with(anne()).with(csrf())
                .param("password", tooShort));
        assertThat(users.find("hemmelig-bruger")).isPresent();
        List<String> recorded = console.database().jdbc().queryForList(
                "SELECT COALESCE(target, '') FROM audit_event", String.class);
        assertThat(recorded).isNotEmpty().noneMatch(target -> target.contains(first) || target.contains(second)
                || target.contains(tooShort));
        for (String page : List.of("/admin/brugere", "/admin/brugere/hemmelig-bruger", "/admin/log")) {
            String shown = mvc.perform(get(page).with(anne())).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(shown).contains("hemmelig-bruger").doesNotContain(first, second, tooShort);
        }
    }

    @Test
    void theAuditLogListsTheNewestFirstFilteredByUserAndAction() throws Exception {
        mvc.perform(get("/admin/brugere").with(user("bo").roles(Role.BOARD.name()))).andExpect(status().isForbidden());
        mvc.perform(formLogin("/login").user("bo").password(PASSWORD)).andExpect(authenticated());
        List<Event> all = log("/admin/log");
        assertThat(all).extracting(Event::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        List<Event> bosRefusals = log("/admin/log?bruger=bo&handling=ACCESS_DENIED");
        assertThat(bosRefusals).isNotEmpty().allMatch(e -> e.username().equals("bo")
                && e.action() == Action.ACCESS_DENIED);
        assertThat(log("/admin/log?bruger=bo&handling=LOGIN")).isNotEmpty().allMatch(e -> e.username().equals("bo")
                && e.action() == Action.LOGIN);
        String page = mvc.perform(get("/admin/log?handling=ACCESS_DENIED").with(anne())).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("GET /admin/brugere", Action.ACCESS_DENIED.label());
    }

    @SuppressWarnings("unchecked")
    private static List<Event> log(String url) throws Exception {
        return (List<Event>) mvc.perform(get(url).with(anne())).andExpect(status().isOk()).andReturn()
                .getModelAndView().getModel().get("events");
    }

    private static List<Event> changesBy(String username) {
        return console.context().getBean(AuditLog.class).latest(AuditLogController.SHOWN, username,
                Action.USER_CHANGE);
    }
}
