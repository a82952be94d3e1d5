package dk.boligmonitor.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import dk.boligmonitor.console.AuditLog.Action;
import dk.boligmonitor.console.AuditLog.Event;
import dk.boligmonitor.console.AuditLog.Outcome;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.sso.TestIdentityProvider;
import dk.boligmonitor.sso.TestIdentityProvider.Person;

/**
 * Single sign-on with OpenID Connect, end to end: an identity provider and the console each on their own port,
 * and a browser's part played by an HTTP client with a cookie jar that follows every redirect of the
 * authorization-code flow itself, typing into the provider's login form as a user would.
 */
class SingleSignOnTest {

    private static final String PROVIDER_NAME = "Slagelse Kommunes login";
    private static final String PASSWORD = "kommunens-kode";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @TempDir
    static Path work;
    static ConfigurableApplicationContext provider;
    static RunningConsole console;

    @BeforeAll
    static void start() throws Exception {
        provider = TestIdentityProvider.start(
                new Person("sara", PASSWORD, List.of("BOARD"), List.of("slagelse", "andeby")),
                new Person("dorthe", PASSWORD, List.of("BOARD"), List.of("slagelse")),
                new Person("ingen", PASSWORD, List.of(), List.of("slagelse")),
                new Person("ukendt-rolle", PASSWORD, List.of("BORGMESTER"), List.of("slagelse")));
        String registration = "--spring.security.oauth2.client.registration.kommune.";
        console = RunningConsole.start(work,
                registration + "client-id=" + TestIdentityProvider.CLIENT_ID,
                registration + "client-secret=" + TestIdentityProvider.CLIENT_SECRET,
                registration + "client-name=" + PROVIDER_NAME,
                registration + "authorization-grant-type=authorization_code",
                registration + "scope=openid,profile",
                "--spring.security.oauth2.client.provider.kommune.issuer-uri=" + TestIdentityProvider.issuer(provider));
        // dorthe is the data officer here, whatever the provider says; with single sign-on she needs no password
        console.mockMvc().perform(post("/admin/brugere").with(user("admin").roles(Role.ADMIN.name())).with(csrf())
                        .param("username", "dorthe").param("password", "").param("roles", "DATA_OFFICER"))
                .andExpect(redirectedUrl("/admin/brugere"));
    }

    @AfterAll
    static void stop() {
        if (console != null) {
            console.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void theLoginPageOffersTheMunicipalitysLogin() throws Exception {
        HttpBrowser browser = new HttpBrowser();
        String page = browser.get(console.url("/login")).body();
        assertThat(page).contains(Messages.get("console.login.sso", PROVIDER_NAME), "/oauth2/authorization/kommune");
    }

    @Test
    void aBoardMemberByTheProvidersClaimsSeesOnlyTheirProgrammeAndNoAdministration() throws Exception {
        HttpBrowser browser = new HttpBrowser();
        HttpResponse<String> home = browser.signInThroughProvider("sara");
        assertThat(home.uri().toString()).isEqualTo(console.url("/"));
        assertThat(home.body()).contains("/rapporter/slagelse").doesNotContain("/rapporter/vestegnen", "andeby");
        assertThat(browser.get(console.url("/admin/brugere")).statusCode()).isEqualTo(403);
        assertThat(browser.sessionCookie()).containsIgnoringCase("SameSite=Lax");
        assertThat(events("sara", Action.LOGIN)).extracting(Event::outcome).containsExactly(Outcome.OK);
        assertThat(events("sara", Action.ACCESS_DENIED)).extracting(Event::target)
                .containsExactly("GET /admin/brugere");
    }

    @Test
    void aUserInTheUserTableHasTheRolesTheTableGivesWhateverTheProviderClaims() throws Exception {
        HttpResponse<String> home = new HttpBrowser().signInThroughProvider("dorthe");
        assertThat(home.uri().toString()).isEqualTo(console.url("/"));
        assertThat(home.body()).contains(Messages.get("console.home.data_officer"), "/rapporter/slagelse",
                "/rapporter/vestegnen");
        assertThat(events("dorthe", Action.LOGIN)).extracting(Event::outcome).containsExactly(Outcome.OK);
    }

    @Test
    void aUserWithoutARoleTheConsoleKnowsIsTurnedAwayAndTheRefusalIsOnRecord() throws Exception {
        for (String username : List.of("ingen", "ukendt-rolle")) {
            HttpBrowser browser = new HttpBrowser();
            HttpResponse<String> page = browser.signInThroughProvider(username);
            assertThat(page.uri().toString()).isEqualTo(console.url("/login?fejl-sso"));
            assertThat(page.body()).contains(Messages.get("console.login.sso_failed"));
            assertThat(browser.get(console.url("/")).headers().firstValue("Location")).hasValue(console.url("/login"));
            assertThat(events(username, Action.LOGIN)).extracting(Event::outcome, Event::target)
                    .containsExactly(tuple(Outcome.FAILED, "sso access_denied"));
        }
    }

    private static List<Event> events(String username, Action action) {
        return console.context().getBean(AuditLog.class).latest(AuditLogController.SHOWN, username, action);
    }

    /** A browser's cookie jar and its way of following redirects, one per user. */
    private static final class HttpBrowser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final List<String> consoleCookies = new ArrayList<>();

        /** From the console's login link through the provider's login form and back, to the page it ends on. */
        HttpResponse<String> signInThroughProvider(String username) throws Exception {
            HttpResponse<String> loginForm = follow(get(console.url("/oauth2/authorization/kommune")));
            assertThat(loginForm.uri().toString()).startsWith(TestIdentityProvider.issuer(provider) + "/login");
            Matcher csrf = CSRF.matcher(loginForm.body());
            assertThat(csrf.find()).as("the provider's login form has its CSRF token").isTrue();
            String form = form(Map.of("username", username, "password", PASSWORD, "_csrf", csrf.group(1)));
            return follow(send(HttpRequest.newBuilder(loginForm.uri())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))));
        }

        HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(url)).GET());
        }

        /** As a browser asks, for a page: the provider sends a page's request, not an API's, to its login. */
        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return send(request.header("Accept", "text/html").build());
        }

        /** The console's last Set-Cookie for its session, attributes and all. */
        String sessionCookie() {
            return consoleCookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).reduce((a, b) -> b)
                    .orElse("");
        }

        private HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
            HttpResponse<String> current = response;
            for (int hops = 0; current.statusCode() / 100 == 3; hops++) {
                assertThat(hops).as("redirects").isLessThan(10);
                URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
                current = get(next.toString());
            }
            return current;
        }

        private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (request.uri().toString().startsWith(console.url(""))) {
                consoleCookies.addAll(response.headers().allValues("Set-Cookie"));
            }
            return response;
        }

        private static String form(Map<String, String> fields) {
            return fields.entrySet().stream().map(field -> field.getKey() + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        }
    }
}
