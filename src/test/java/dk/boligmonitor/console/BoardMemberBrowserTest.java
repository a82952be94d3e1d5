package dk.boligmonitor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A board member in a real browser: logs in, sees only the programme they sit on, logs out. */
class BoardMemberBrowserTest {

    private static final String PASSWORD = "bestyrelsens-kodeord";

    @TempDir
    static Path work;
    static RunningConsole console;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        console = RunningConsole.start(work)
                .withUser("birthe", PASSWORD, Set.of(Role.BOARD), Set.of("slagelse"));
        browser = Browser.start(work);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        console.close();
    }

    @Test
    void aBoardMemberSeesOnlyTheProgrammeTheySitOn() throws Exception {
        browser.open(console.url("/"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
        browser.screenshot("login-laptop", Browser.LAPTOP);
        browser.screenshot("login-phone", Browser.PHONE);

        browser.logIn(console.url(""), "birthe", "forkert-kodeord");
        assertThat(browser.text()).contains("Login mislykkedes");

        browser.logIn(console.url(""), "birthe", PASSWORD);
        assertThat(browser.text()).contains("Skælskør, Korsør og Slagelse").doesNotContain("Vestegnen",
                "Herlev", "Filer", "Kørsler", "Brugere");
        browser.screenshot("board-home-laptop", Browser.LAPTOP);
        browser.screenshot("board-home-phone", Browser.PHONE);

        browser.logOut();
        assertThat(browser.text()).contains("Du er logget ud");
        browser.open(console.url("/"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
    }
}
