package dk.boligmonitor.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Who gets in: nothing without login but the login page and health; passwords, lockout, CSRF, headers. */
class LoginSecurityTest {

    private static final String PASSWORD = "rigtig-lang-adgangskode";

    @TempDir
    static Path work;
    static RunningConsole console;
    static MockMvc mvc;

    @BeforeAll
    static void start() throws Exception {
        console = RunningConsole.start(work)
                .withUser("dorte", PASSWORD, Set.of(Role.DATA_OFFICER), Set.of())
                .withUser("laase", PASSWORD, Set.of(Role.DATA_OFFICER), Set.of());
        mvc = console.mockMvc();
    }

    @AfterAll
    static void stop() {
        console.close();
    }

    @Test
    void everyPageButLoginAndHealthAsksForLogin() throws Exception {
        for (String page : new String[] {"/", "/filer", "/koersler", "/afviste", "/rapporter", "/admin/brugere",
                "/actuator/env", "/actuator/beans"}) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        // the firewall turns away a path that climbs out of an open one before any rule is asked
        mvc.perform(get("/css/../filer")).andExpect(status().isBadRequest());
    }

    @Test
    void healthShowsNoDetailsWithoutLogin() throws Exception {
        String body = mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("UP").doesNotContain("db", "diskSpace", "components");
    }

    @Test
    void theRightPasswordLogsInAndTheWrongOneDoesNot() throws Exception {
        mvc.perform(formLogin("/login").user("dorte").password(PASSWORD)).andExpect(authenticated());
        mvc.perform(formLogin("/login").user("dorte").password("forkert")).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?fejl"));
        mvc.perform(formLogin("/login").user("ingen-saadan").password(PASSWORD)).andExpect(unauthenticated());
    }

    @Test
    void theSessionGetsANewIdAtLoginAndEndsAtLogout() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        MvcResult login = mvc.perform(post("/login").session(session).with(csrf()).param("username", "dorte")
                .param("password", PASSWORD)).andExpect(authenticated()).andReturn();
        MockHttpSession signedIn = (MockHttpSession) login.getRequest().getSession(false);
        assertThat(signedIn.getId()).isNotEqualTo(before);

        mvc.perform(post("/logout").session(signedIn).with(csrf())).andExpect(redirectedUrl("/login?logget-ud"));
        assertThat(signedIn.isInvalid()).isTrue();
        mvc.perform(get("/").session(signedIn)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anIdleSessionEndsAfterHalfAnHour() {
        Container context = ((TomcatWebServer) ((ServletWebServerApplicationContext) console.context()).getWebServer())
                .getTomcat().getHost().findChildren()[0];
        assertThat(((Context) context).getSessionTimeout()).isEqualTo(30);
    }

    @Test
    void aLoginWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "dorte").param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            mvc.perform(formLogin("/login").user("laase").password("gaet-" + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user("laase").password(PASSWORD)).andExpect(unauthenticated());
        assertThat(console.database().jdbc().queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE username = 'laase' AND action = 'LOGIN' AND outcome = 'FAILED'",
                Integer.class)).isEqualTo(LoginAttempts.MAX_FAILURES + 1);
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void thePasswordIsStoredAsABcryptHashNeverAsTyped() {
        String hash = console.database().jdbc().queryForObject(
                "SELECT password_hash FROM console_user WHERE username = 'dorte'", String.class);
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
    }
}
