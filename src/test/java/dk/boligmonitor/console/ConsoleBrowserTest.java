package dk.boligmonitor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import dk.boligmonitor.config.ConfigLoaderTestSupport;

/**
 * The console in a real browser. A data officer's day: logs in, uploads a company's move-out list with a broken
 * date, previews it, runs the pipeline, follows it to its summary, reads the rejected row and downloads the board
 * packet. Then a board member of one programme: sees that programme's reports only, and is turned away from the
 * other's. Screenshots at laptop and phone width are kept under target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

    private static final String PASSWORD = "dataansvarliges-kode";
    private static final String BOARD_PASSWORD = "bestyrelsens-kodeord";
    private static final String MOVEOUTS = "fraflytninger_fob_2013-2021.csv";

    @TempDir
    static Path work;
    static RunningConsole console;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        console = RunningConsole.start(work).withUser("dorte", PASSWORD, Set.of(Role.DATA_OFFICER), Set.of())
                .withUser("birthe", BOARD_PASSWORD, Set.of(Role.BOARD), Set.of("slagelse"));
        ConfigLoaderTestSupport.copy(Path.of("sample-data"), console.inbox());
        Files.delete(console.inbox().resolve(MOVEOUTS));
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
    @Order(1)
    void aDataOfficerUploadsPreviewsRunsReadsTheRejectsAndDownloadsAPacket() throws Exception {
        // the company's list as it came: one move-out dated a day February never has
        Path upload = Files.createDirectories(work.resolve("downloads-from-mail")).resolve(MOVEOUTS);
        Files.writeString(upload, Files.readString(Path.of("sample-data", MOVEOUTS), StandardCharsets.UTF_8)
                .replace("23;23-0186;12-02-2013;", "23;23-0186;31-02-2013;"), StandardCharsets.UTF_8);
        browser.logIn(console.url(""), "dorte", PASSWORD);
        assertThat(browser.text()).contains("Data og kørsler");

        browser.open(console.url("/filer"));
        browser.find(By.id("fil")).sendKeys(upload.toString());
        browser.follow(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]"));
        assertThat(browser.text()).contains(MOVEOUTS);
        assertThat(console.inbox().resolve(MOVEOUTS)).exists();
        browser.screenshot("officer-files-laptop", Browser.LAPTOP);
        browser.screenshot("officer-files-phone", Browser.PHONE);

        browser.follow(By.cssSelector("a[href*='forhaandsvisning']"));
        assertThat(browser.text()).contains(MOVEOUTS, "31-02-2013");
        browser.screenshot("officer-preview", Browser.LAPTOP);

        browser.open(console.url("/koersler"));
        browser.screenshot("officer-runs", Browser.LAPTOP);
        browser.follow(By.xpath("//form[input[@name='kind' and @value='RUN']]//button"));
        browser.open(console.url("/koersler/aktuel"));
        browser.screenshot("officer-progress", Browser.LAPTOP);
        new WebDriverWait(browser.driver(), Duration.ofMinutes(4), Duration.ofSeconds(2)).until(driver -> {
            driver.navigate().refresh();
            return browser.text().contains("Kørslen er færdig") || browser.text().contains("blev ikke gennemført");
        });
        String summary = browser.text();
        assertThat(summary).contains("Kørslen er færdig", "Filer indlæst");
        browser.screenshot("officer-summary", Browser.LAPTOP);

        browser.open(console.url("/afviste"));
        assertThat(browser.text()).contains(MOVEOUTS, "31-02-2013");
        browser.screenshot("officer-rejects", Browser.LAPTOP);

        browser.open(console.url("/rapporter/slagelse"));
        browser.screenshot("officer-reports", Browser.LAPTOP);
        browser.find(By.linkText("bestyrelsespakke.pdf")).click();
        Path downloaded = browser.downloads().resolve("bestyrelsespakke.pdf");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> Files.isRegularFile(downloaded)
                && noPartialDownloads());
        assertThat(Files.readAllBytes(downloaded))
                .isEqualTo(Files.readAllBytes(console.out().resolve("slagelse/bestyrelsespakke.pdf")));
        browser.logOut();
    }

    @Test
    @Order(2)
    void aBoardMemberSeesOnlyTheProgrammeTheySitOn() throws Exception {
        browser.open(console.url("/"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
        browser.screenshot("login-laptop", Browser.LAPTOP);
        browser.screenshot("login-phone", Browser.PHONE);

        browser.logIn(console.url(""), "birthe", "forkert-kodeord");
        assertThat(browser.text()).contains("Login mislykkedes");

        browser.logIn(console.url(""), "birthe", BOARD_PASSWORD);
        assertThat(browser.text()).contains("Skælskør, Korsør og Slagelse").doesNotContain("Herlev", "Filer",
                "Kørsler", "Brugere");
        browser.screenshot("board-home-laptop", Browser.LAPTOP);
        browser.screenshot("board-home-phone", Browser.PHONE);

        browser.follow(By.partialLinkText("Skælskør, Korsør og Slagelse"));
        assertThat(browser.text()).contains("bestyrelsespakke.pdf", "motalavej.pdf", "Tidligere pakker");
        browser.screenshot("board-reports-laptop", Browser.LAPTOP);
        browser.screenshot("board-reports-phone", Browser.PHONE);

        browser.open(console.url("/rapporter/vestegnen"));
        assertThat(browser.text()).contains("Du har ikke adgang").doesNotContain("Hedeparken");
        browser.open(console.url("/filer"));
        assertThat(browser.text()).contains("Du har ikke adgang").doesNotContain(MOVEOUTS);
        browser.screenshot("board-refused", Browser.LAPTOP);

        browser.logOut();
        assertThat(browser.text()).contains("Du er logget ud");
        browser.open(console.url("/rapporter/slagelse"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
    }

    private static boolean noPartialDownloads() {
        try (Stream<Path> files = Files.list(browser.downloads())) {
            return files.noneMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
        } catch (IOException e) {
            return false;
        }
    }
}
