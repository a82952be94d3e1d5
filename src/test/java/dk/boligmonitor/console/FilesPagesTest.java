package dk.boligmonitor.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dk.boligmonitor.config.ConfigLoader;
import dk.boligmonitor.config.ConfigLoaderTestSupport;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.pipeline.PipelineRunner;

/**
 * The data officer's files, rejects and configuration pages on a running console: who may see them, what an
 * upload may and may not put in the inbox (checked on the file system), the preview of what lies there, the
 * rejects of a real ingest and their CSV, and jobs/ as it is now.
 */
class FilesPagesTest {

    private static final Path SAMPLE_DATA = Path.of("sample-data");
    private static final Path BAD_INPUT = Path.of("src/test/resources/bad-input");
    private static final String MOVEOUTS = "fraflytninger_fob_2013-2021.csv";
    /** Loaded with one row rejected in Tomgangsdage, one in Afdeling, and refused for a missing column. */
    private static final String BAD_VACANCY = "fraflytninger_sab_2016_kontonummer_i_tomgang.csv";
    private static final String BAD_ESTATE = "fraflytninger_fob_2020_ukendt_afdeling.csv";
    private static final String NO_DATE_COLUMN = "fraflytninger_fob_2021_manglende_kolonne.csv";
    private static final RequestPostProcessor OFFICER = user("dorte").roles(Role.DATA_OFFICER.name());
    private static final RequestPostProcessor BOARD = user("bo").roles(Role.BOARD.name());

    @TempDir
    static Path work;
    static RunningConsole console;
    static MockMvc mvc;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void start() throws Exception {
        // a copy of jobs/ the configuration test may break while the console runs with what it read at start
        ConfigLoaderTestSupport.copy(Path.of("jobs"), work.resolve("jobs"));
        console = RunningConsole.start(work, ConfigLoader.load(work.resolve("jobs")));
        mvc = console.mockMvc();
        jdbc = console.database().jdbc();
        // rejects and a refusal from a real ingest, of a folder of their own so the inbox stays the uploads'
        Path deliveries = Files.createDirectories(work.resolve("leveringer"));
        for (String name : List.of(BAD_VACANCY, BAD_ESTATE, NO_DATE_COLUMN)) {
            Files.copy(BAD_INPUT.resolve(name), deliveries.resolve(name));
        }
        console.context().getBean(PipelineRunner.class).ingest(deliveries);
    }

    @AfterAll
    static void stop() {
        console.close();
    }

    private static final List<String> PAGES = List.of("/filer", "/filer/forhaandsvisning?navn=" + MOVEOUTS, "/afviste",
            "/afviste/csv", "/konfiguration");

    @Test
    void everyPageAsksForLogin() throws Exception {
        for (String page : PAGES) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void aBoardMemberIsRefusedEveryPageAndEachRefusalIsAudited() throws Exception {
        int before = deniedFor("bo");
        for (String page : PAGES) {
            mvc.perform(get(page).with(BOARD)).andExpect(status().isForbidden());
        }
        mvc.perform(multipart("/filer").file(csv(MOVEOUTS, sample(MOVEOUTS))).with(csrf()).with(BOARD))
                .andExpect(status().isForbidden());
        assertThat(deniedFor("bo")).isEqualTo(before + PAGES.size() + 1);
        assertThat(jdbc.queryForList("SELECT target FROM audit_event WHERE username = 'bo'", String.class))
                .contains("GET /konfiguration", "POST /filer");
    }

    @Test
    void anUploadWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(multipart("/filer").file(csv("fraflytninger_fob_2019.csv", sample(MOVEOUTS))).with(OFFICER))
                .andExpect(status().isForbidden());
        assertThat(console.inbox().resolve("fraflytninger_fob_2019.csv")).doesNotExist();
    }

    @Test
    void aDeliveryLandsInTheInboxUnderItsNameAndThePreviewShowsItsMapping() throws Exception {
        byte[] content = sample(MOVEOUTS);
        mvc.perform(multipart("/filer").file(csv(MOVEOUTS, content)).with(csrf()).with(OFFICER))
                .andExpect(redirectedUrl("/filer"))
                .andExpect(flash().attribute("stored", List.of(MOVEOUTS)))
                .andExpect(flash().attribute("refused", List.of()));

        assertThat(console.inbox().resolve(MOVEOUTS)).hasBinaryContent(content);
        assertNothingStaged();
        String files = page(get("/filer").with(OFFICER).flashAttr("stored", List.of(MOVEOUTS))
                .flashAttr("replaced", List.of()));
        assertThat(files).contains(MOVEOUTS, "/filer/forhaandsvisning?navn=" + MOVEOUTS);

        String preview = page(get("/filer/forhaandsvisning").param("navn", MOVEOUTS).with(OFFICER));
        assertThat(preview).contains("Mapping fraflytninger-csv", "fraflytninger_fob_*.csv", "sources/fraflytninger-csv.yml",
                "Fraflytningsdato", "Overskrift i række", "Filen ville blive indlæst", "<td>fob-23</td>", "<td>23-119</td>");
        assertThat(audited("UPLOAD", "OK")).contains(MOVEOUTS);
        assertThat(audited("PREVIEW", "OK")).contains(MOVEOUTS);
    }

    @Test
    void aCorrectedDeliveryReplacesTheFileOfItsName() throws Exception {
        String name = "fraflytninger_sab_2014.csv";
        mvc.perform(multipart("/filer").file(csv(name, bad(BAD_VACANCY))).with(csrf()).with(OFFICER))
                .andExpect(flash().attribute("replaced", List.of()));
        byte[] corrected = sample("fraflytninger_sab_2013-2021.csv");
        mvc.perform(multipart("/filer").file(csv(name, corrected)).with(csrf()).with(OFFICER))
                .andExpect(flash().attribute("stored", List.of(name)))
                .andExpect(flash().attribute("replaced", List.of(name)));
        assertThat(console.inbox().resolve(name)).hasBinaryContent(corrected);
    }

    @Test
    void aNameNeverLeadsOutOfTheInbox() throws Exception {
        byte[] content = sample(MOVEOUTS);
        Map<String, String> cleaned = Map.of(
                "../../etc/passwd.csv", "passwd.csv",
                "/abs/absolut.csv", "absolut.csv",
                "..\\..\\baglaens.csv", "baglaens.csv",
                "C:\\Users\\dorte\\Skrivebord\\skrivebord.csv", "skrivebord.csv",
                "nul\u0000tegn.csv", "nultegn.csv");
        for (var name : cleaned.entrySet()) {
            mvc.perform(multipart("/filer").file(csv(name.getKey(), content)).with(csrf()).with(OFFICER))
                    .andExpect(flash().attribute("stored", List.of(name.getValue())));
            assertThat(console.inbox().resolve(name.getValue())).hasBinaryContent(content);
        }
        for (String name : List.of(".hidden.csv", "..", "../", "a/..", "semikolon;rm.csv", "<script>.csv")) {
            mvc.perform(multipart("/filer").file(csv(name, content)).with(csrf()).with(OFFICER))
                    .andExpect(flash().attribute("stored", List.of()));
        }
        try (Stream<Path> everything = Files.walk(work)) {
            List<Path> written = everything.filter(Files::isRegularFile).filter(f -> Set.of(".hidden.csv",
                    "semikolon;rm.csv", "<script>.csv").contains(f.getFileName().toString())
                    || cleaned.containsValue(f.getFileName().toString())).toList();
            assertThat(written).hasSize(cleaned.size())
                    .allSatisfy(f -> assertThat(f.getParent()).isEqualTo(console.inbox()));
        }
        assertThat(Path.of("/abs/absolut.csv")).doesNotExist();
        assertThat(work.resolve("etc")).doesNotExist();
        assertNothingStaged();
        assertThat(audited("UPLOAD", "REFUSED")).anySatisfy(t -> assertThat(t).startsWith(".hidden.csv: "))
                .allSatisfy(t -> assertThat(t).doesNotContain("\u0000"));
    }

    @Test
    void onlyFilesTheIngestReadsAreTaken() throws Exception {
        for (String name : List.of("program.exe", "noter.txt", "fraflytninger_fob_2019.CSV.exe", "csv")) {
            List<String> refused = refusedUploading(name, sample(MOVEOUTS));
            assertThat(refused).singleElement().asString().contains("kun .csv, .xlsx og .xls");
            assertThat(console.inbox().resolve(name)).doesNotExist();
        }
        // the extension in any case, as Windows writes it
        mvc.perform(multipart("/filer").file(csv("FRAFLYTNINGER_FOB_2012.CSV", sample(MOVEOUTS))).with(csrf())
                .with(OFFICER)).andExpect(flash().attribute("stored", List.of("FRAFLYTNINGER_FOB_2012.CSV")));
    }

    @Test
    void personalDataNeverLiesInTheInbox() throws Exception {
        // a column of CPR numbers and names; CPR numbers under an innocent header; and the latter under a name no
        // mapping takes, so no mapping's header says where to look
        assertThat(refusedUploading("fraflytninger_fob_2018.csv", bad("fraflytninger_fob_2018_med_cpr.csv")))
                .singleElement().asString().contains("'CPR-nr.' indeholder personoplysninger");
        assertThat(refusedUploading("fraflytninger_sab_2020.csv", bad("fraflytninger_sab_2020_cpr_i_lejer-id.csv")))
                .singleElement().asString().contains("række 2, kolonne 'Lejer-id' indeholder et CPR-nummer");
        assertThat(refusedUploading("lejerliste.csv", bad("fraflytninger_sab_2020_cpr_i_lejer-id.csv")))
                .singleElement().asString().contains("indeholder et CPR-nummer");
        assertThat(console.inbox().resolve("fraflytninger_fob_2018.csv")).doesNotExist();
        assertThat(console.inbox().resolve("fraflytninger_sab_2020.csv")).doesNotExist();
        assertThat(console.inbox().resolve("lejerliste.csv")).doesNotExist();
        assertNothingStaged();
        assertThat(audited("UPLOAD", "REFUSED")).anySatisfy(t -> assertThat(t).startsWith("lejerliste.csv: ")
                .contains("CPR-nummer"));
    }

    @Test
    void aZipBombAndAFileThatIsNotWhatItsNameSaysAreRefused() throws Exception {
        assertThat(refusedUploading("fraflytninger_boligkorsoer_2021.xlsx",
                bad("fraflytninger_boligkorsoer_2021_zipbombe.xlsx")))
                .singleElement().asString().contains("zipbombe");
        assertThat(refusedUploading("ukendt_2021.xlsx", bad("dst_afgoerelser_2018_csv_omdoebt.xlsx")))
                .singleElement().asString().contains("er tekst, ikke en Excel-arbejdsbog");
        assertThat(console.inbox().resolve("fraflytninger_boligkorsoer_2021.xlsx")).doesNotExist();
        assertNothingStaged();
    }

    @Test
    void aFileNoMappingTakesIsPreviewedWithTheNearestMappings() throws Exception {
        mvc.perform(multipart("/filer").file(csv("fob_udtraek.csv", sample(MOVEOUTS))).with(csrf()).with(OFFICER))
                .andExpect(flash().attribute("stored", List.of("fob_udtraek.csv")));
        String preview = page(get("/filer/forhaandsvisning").param("navn", "fob_udtraek.csv").with(OFFICER));
        assertThat(preview).contains("Ingen mapping tager filen", "Nærmeste mappings", "Nærmest er fraflytninger-csv",
                "har alle mappingens kolonner");
    }

    @Test
    void thePreviewShowsOnlyFilesTheInboxLists() throws Exception {
        Files.writeString(work.resolve("hemmelig.csv"), "a;b\n1;2\n");
        for (String name : List.of("../hemmelig.csv", "/etc/passwd", "ingen_saadan.csv", ".upload")) {
            mvc.perform(get("/filer/forhaandsvisning").param("navn", name).with(OFFICER))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void theFilesPageListsWhatTheRegistryKnowsInDanish() throws Exception {
        String files = page(get("/filer").with(OFFICER));
        assertThat(files).contains(BAD_VACANCY, BAD_ESTATE, NO_DATE_COLUMN, "fraflytninger-csv", ">indlæst<",
                ">afvist<", "Fraflytningsdato", "Læg filer i indbakken", "50 MB");
    }

    @Test
    void rejectsAreNarrowedByFileColumnAndReason() throws Exception {
        assertThat(page(get("/afviste").with(OFFICER))).contains(BAD_VACANCY, BAD_ESTATE);

        String bySab = page(get("/afviste").param("fil", "SAB_2016").with(OFFICER));
        assertThat(bySab).contains(BAD_VACANCY).doesNotContain(BAD_ESTATE)
                .contains("Viser " + rejected("sab_2016") + " af " + rejected("sab_2016") + " afviste rækker");

        String byColumn = page(get("/afviste").param("kolonne", "afdeling").with(OFFICER));
        assertThat(byColumn).contains(BAD_ESTATE, "ukendt afdeling").doesNotContain(BAD_VACANCY);

        String byReason = page(get("/afviste").param("aarsag", "tomgangsdage skal").with(OFFICER));
        assertThat(byReason).contains(BAD_VACANCY).doesNotContain(BAD_ESTATE);

        assertThat(page(get("/afviste").param("fil", "ingen_saadan").with(OFFICER)))
                .contains("Ingen afviste rækker passer på filteret");
    }

    @Test
    void theRejectsCsvHasTheFilteredRowsAsExcelReadsThem() throws Exception {
        var response = mvc.perform(get("/afviste/csv").param("fil", "sab_2016").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"afviste-raekker.csv\""))
                .andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        String csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFFil;Ark;Række;Kolonne;Værdi;Årsag\r\n")
                .contains(BAD_VACANCY + ";;6;Tomgangsdage;").doesNotContain(BAD_ESTATE);
        assertThat(csv.lines().count() - 1).isEqualTo(rejected("sab_2016"));
        assertThat(audited("DOWNLOAD", "OK")).anySatisfy(t -> assertThat(t).contains("afviste-raekker.csv", "sab_2016"));
    }

    @Test
    void theConfigurationShowsJobsAndWhatIsWrongWithTheFolderNow() throws Exception {
        String shown = page(get("/konfiguration").with(OFFICER));
        assertThat(shown).contains("fraflytninger-csv", "fraflytninger_fob_*.csv (FOB)", "natlig-indlaesning",
                "0 30 2 * * *", "Europe/Copenhagen", "kan læses uden fejl", "indtil den genstartes");
        console.context().getBean(MonitorConfig.class).programmes()
                .forEach(p -> assertThat(shown).contains(p.name()));

        Path source = work.resolve("jobs/sources/fraflytninger-csv.yml");
        String original = Files.readString(source);
        try {
            Files.writeString(source, original + "kolonner: Afdeling\n");
            assertThat(page(get("/konfiguration").with(OFFICER)))
                    .contains("fraflytninger-csv.yml", "kolonner", "en genstart ville ikke lykkes")
                    .doesNotContain("kan læses uden fejl");
        } finally {
            Files.writeString(source, original);
        }
    }

    private static List<String> refusedUploading(String name, byte[] content) throws Exception {
        @SuppressWarnings("unchecked")
        List<String> refused = (List<String>) mvc.perform(multipart("/filer").file(csv(name, content)).with(csrf())
                        .with(OFFICER))
                .andExpect(redirectedUrl("/filer")).andExpect(flash().attribute("stored", List.of()))
                .andReturn().getFlashMap().get("refused");
        return refused;
    }

    private static String page(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockMultipartFile csv(String name, byte[] content) {
        return new MockMultipartFile("fil", name, "application/octet-stream", content);
    }

    private static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(SAMPLE_DATA.resolve(name));
    }

    private static byte[] bad(String name) throws IOException {
        return Files.readAllBytes(BAD_INPUT.resolve(name));
    }

    private static void assertNothingStaged() throws IOException {
        Path staging = console.inbox().resolve(Inbox.STAGING);
        if (Files.exists(staging)) {
            try (Stream<Path> left = Files.list(staging)) {
                assertThat(left).isEmpty();
            }
        }
    }

    private static int deniedFor(String username) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND action = 'ACCESS_DENIED'",
                Integer.class, username);
    }

    private static List<String> audited(String action, String outcome) {
        return jdbc.queryForList("SELECT target FROM audit_event WHERE action = ? AND outcome = ?", String.class,
                action, outcome);
    }

    private static long rejected(String fileNameContains) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM rejected_row r JOIN source_file f ON f.file_id = r.file_id"
                + " WHERE LOWER(f.file_name) LIKE ?", Long.class, "%" + fileNameContains + "%");
    }
}
