package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.boligmonitor.TestDatabase;
import dk.boligmonitor.pipeline.ExitCodes;

/**
 * The first administrator made with the user command, then the console started with serve in a process of its own
 * as a user starts it: it answers on the port given, and that administrator can log in.
 */
class ServeCommandTest {

    private static final String PASSWORD = "den-foerste-admins-kode";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path work;

    @Test
    void theUserCommandMakesUsersWithoutADefaultPassword() {
        TestDatabase database = TestDatabase.fresh(work);

        CommandLine.Result added = CommandLine.runWithInput(database, PASSWORD + "\n", "user", "add", "admin",
                "--role", "ADMIN,DATA_OFFICER");
        CommandLine.Result again = CommandLine.runWithInput(database, PASSWORD + "\n", "user", "add", "admin",
                "--role", "ADMIN");
        CommandLine.Result shortPassword = CommandLine.runWithInput(database, "kort\n", "user", "add", "bo",
                "--role", "BOARD", "--programme", "slagelse");
        CommandLine.Result noPassword = CommandLine.runWithInput(database, "", "user", "add", "bo", "--role", "BOARD");
        CommandLine.Result unknownProgramme = CommandLine.run(database, "user", "add", "bo", "--role", "BOARD",
                "--programme", "aarhus");
        CommandLine.Result unknownRole = CommandLine.run(database, "user", "add", "bo", "--role", "KONGE");
        CommandLine.Result removed = CommandLine.run(database, "user", "remove", "admin");

        assertThat(added.exitCode()).as(added.errors()).isEqualTo(ExitCodes.OK);
        assertThat(added.output()).contains("Brugeren admin er oprettet med rollerne [ADMIN, DATA_OFFICER]");
        assertThat(again.errors()).contains("Brugeren 'admin' findes allerede");
        assertThat(shortPassword.errors()).contains("mindst 12 tegn");
        assertThat(noPassword.errors()).contains("Der blev ikke givet en adgangskode");
        assertThat(unknownProgramme.errors()).contains("'aarhus' er ikke en helhedsplan", "slagelse, vestegnen");
        assertThat(unknownRole.errors()).contains("'KONGE' er ikke en rolle");
        assertThat(List.of(again, shortPassword, noPassword, unknownProgramme, unknownRole))
                .allMatch(r -> r.exitCode() == ExitCodes.CONFIGURATION);
        assertThat(removed.output()).contains("Brugeren admin er fjernet");
        assertThat(database.jdbc().queryForObject("SELECT COUNT(*) FROM console_user", Integer.class)).isZero();
    }

    @Test
    void serveStartsTheConsoleWhereTheFirstAdministratorLogsIn() throws Exception {
        TestDatabase database = TestDatabase.fresh(work);
        assertThat(CommandLine.runWithInput(database, PASSWORD + "\n", "user", "add", "admin", "--role", "ADMIN")
                .exitCode()).isEqualTo(ExitCodes.OK);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "serve", "--server.port=" + port,
                "--out", work.resolve("out").toString()));
        command.addAll(database.springArguments());
        Process serve = new ProcessBuilder(command).redirectError(work.resolve("err.txt").toFile()).start();
        try {
            String started = CompletableFuture.supplyAsync(() -> firstLine(serve)).get(2, TimeUnit.MINUTES);
            String base = "http://127.0.0.1:" + port;
            assertThat(started).isEqualTo("Konsollen kører på " + base + ". Stop den med Ctrl+C.");

            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            assertThat(get(http, base + "/actuator/health").body()).contains("\"status\":\"UP\"");
            HttpResponse<String> home = get(http, base + "/");
            assertThat(home.statusCode()).isEqualTo(302);
            assertThat(home.headers().firstValue("Location")).hasValue(base + "/login");

            Matcher csrf = CSRF.matcher(get(http, base + "/login").body());
            assertThat(csrf.find()).isTrue();
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + PASSWORD + "&_csrf="
                            + csrf.group(1))).build(), HttpResponse.BodyHandlers.ofString());
            // back to the page asked for before the login
            assertThat(login.headers().firstValue("Location").orElseThrow()).startsWith(base + "/?");
            assertThat(get(http, base + "/").body()).contains("<h1>Forside</h1>", "Administration");
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String firstLine(Process process) {
        try {
            return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
