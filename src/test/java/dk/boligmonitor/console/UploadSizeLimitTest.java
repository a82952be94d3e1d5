package dk.boligmonitor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upload over the size limit, through the real server as a browser sends it: the container stops reading the
 * form at the limit and answers before the CSRF check or a controller, and the data officer must still be told in
 * Danish what went wrong. MockMvc cannot show this (it never applies the limit), so this console has a limit of
 * 1 kB and is spoken to over HTTP.
 */
class UploadSizeLimitTest {

    private static final String PASSWORD = "rigtig-lang-adgangskode";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern UPLOAD_FORM = Pattern.compile("(<form action=\"/filer\".*?</form>)", Pattern.DOTALL);

    @TempDir
    static Path work;
    static RunningConsole console;
    static HttpClient browser;

    @BeforeAll
    static void start() throws Exception {
        console = RunningConsole.start(work, "--spring.servlet.multipart.max-file-size=1KB")
                .withUser("dorte", PASSWORD, Set.of(Role.DATA_OFFICER), Set.of());
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = browser.send(HttpRequest.newBuilder(URI.create(console.url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(console.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=dorte&password=" + PASSWORD + "&_csrf="
                        + URLEncoder.encode(find(CSRF_FIELD, login), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    }

    @AfterAll
    static void stop() {
        console.close();
    }

    @Test
    void aFileOverTheLimitIsTurnedAwayWithTheLimitInDanish() throws Exception {
        HttpResponse<String> sent = upload("fraflytninger_fob_2013-2021.csv",
                Files.readAllBytes(Path.of("sample-data/fraflytninger_fob_2013-2021.csv")));

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/filer"));
        assertThat(get("/filer")).contains("konsollen tager imod højst 1 kB pr. fil");
        assertThat(console.inbox().resolve("fraflytninger_fob_2013-2021.csv")).doesNotExist();
        assertThat(console.database().jdbc().queryForObject("SELECT COUNT(*) FROM audit_event"
                + " WHERE action = 'UPLOAD' AND outcome = 'REFUSED' AND username = 'dorte'", Integer.class)).isOne();
    }

    @Test
    void aFileUnderTheLimitComesInThroughTheSameForm() throws Exception {
        String lines = String.join("\n", Files.readAllLines(Path.of("sample-data/fraflytninger_fob_2013-2021.csv"),
                StandardCharsets.UTF_8).subList(0, 5)) + "\n";

        HttpResponse<String> sent = upload("fraflytninger_fob_2013.csv", lines.getBytes(StandardCharsets.UTF_8));

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(console.inbox().resolve("fraflytninger_fob_2013.csv")).hasContent(lines);
        assertThat(get("/filer")).contains("Lagt i indbakken", "fraflytninger_fob_2013.csv");
    }

    /** The files page's upload form sent as a browser sends it, to the address the form names. */
    private static HttpResponse<String> upload(String name, byte[] content) throws Exception {
        String token = find(CSRF_FIELD, find(UPLOAD_FORM, get("/filer")));
        String boundary = UUID.randomUUID().toString();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"" + name
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return browser.send(HttpRequest.newBuilder(URI.create(console.url("/filer")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(console.url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private static String find(Pattern pattern, String page) {
        Matcher found = pattern.matcher(page);
        assertThat(found.find()).as(pattern.pattern()).isTrue();
        return found.group(1);
    }
}
