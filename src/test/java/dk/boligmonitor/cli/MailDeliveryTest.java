package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.CronExpression;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import dk.boligmonitor.TestDatabase;
import dk.boligmonitor.config.ConfigLoader;
import dk.boligmonitor.config.ConfigLoaderTestSupport;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.ScheduledRun;
import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.pipeline.ExitCodes;
import dk.boligmonitor.pipeline.Scheduler;

/**
 * The board's packet and the data officer's word by mail, through a real SMTP server (GreenMail) that is down for
 * the first scheduled run and up after it, on sample-data with a copy of jobs/ whose Slagelse programme names a
 * board of two and a data officer. The steps build on each other, so they run in order on one database, with the
 * pipeline run once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailDeliveryTest {

    private static final String ANNA = "anna.jensen@slagelse.example.dk";
    private static final String BO = "Bo.Nielsen@fob.example.dk";
    private static final String KARIN = "karin.holm@slagelse.example.dk";
    private static final String PROGRAMME = "Boligsocial helhedsplan for Skælskør, Korsør og Slagelse (2017–2021)";
    /** A correction whose every figure is text: refused, as more than 10 % of its rows are rejected. */
    private static final String REFUSED_FILE = "dst_noegletal_afgoerelser_2013-2021_rettelse.csv";

    @TempDir
    static Path work;

    static Path jobs;
    static Path inbox;
    static Path out;
    static Path packet;
    static TestDatabase database;
    static JdbcTemplate jdbc;
    static MonitorConfig config;
    static GreenMail smtp;
    static List<String> mailServer;

    @BeforeAll
    static void aBoardAndADataOfficerWithTheMailServerDown() throws IOException {
        jobs = work.resolve("jobs");
        ConfigLoaderTestSupport.copy(Path.of("jobs"), jobs);
        Files.writeString(jobs.resolve("programmes/slagelse.yml"), """

                board:
                  - {name: Anna Jensen, email: %s}
                  - {name: Bo Nielsen, email: %s}
                data_officer: {name: Karin Holm, email: %s}
                """.formatted(ANNA, BO, KARIN), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        config = ConfigLoader.load(jobs);
        inbox = work.resolve("inbox");
        ConfigLoaderTestSupport.copy(Path.of("sample-data"), inbox);
        out = work.resolve("out");
        packet = out.resolve("slagelse/bestyrelsespakke.pdf");
        database = TestDatabase.fresh(work);
        jdbc = database.jdbc();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailServer = List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
                "--boligmonitor.delivery.from=boligmonitor@slagelse.example.dk");
    }

    @AfterAll
    static void stopTheMailServer() {
        smtp.stop();
    }

    @Test
    @Order(1)
    void aScheduledRunWithTheMailServerDownSucceedsAndTheDeliveryWaits() {
        List<String> log = scheduled("run", mailServer);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM source_file WHERE status = 'LOADED'", Integer.class))
                .isEqualTo(12);
        assertThat(packet).isRegularFile();
        assertThat(jdbc.queryForList("SELECT programme_code, recipient, outcome, error FROM packet_delivery"))
                .hasSize(2).allSatisfy(row -> {
                    assertThat(row.get("programme_code")).isEqualTo("slagelse");
                    assertThat(row.get("outcome")).isEqualTo("FAILED");
                    assertThat((String) row.get("error")).isNotBlank();
                });
        assertThat(log).anyMatch(line -> line.contains("Bestyrelsespakken for slagelse")
                && line.contains("kunne ikke sendes til 2 af 2") && line.contains("prøves igen"));

        CommandLine.Result status = CommandLine.run(database, "status", "--config", jobs.toString());
        assertThat(status.exitCode()).isZero();
        assertThat(status.output()).contains("Bestyrelsespakker sendt med post",
                "slagelse: 2 i bestyrelsen venter på pakken", "deliver --programme slagelse");
        assertThat(status.output().toLowerCase(Locale.ROOT)).doesNotContain("anna", "bo.nielsen");
    }

    @Test
    @Order(2)
    void theNextScheduledRunWithTheServerUpDeliversThePacketToEachMember() throws Exception {
        smtp.start();

        scheduled("ingest", mailServer);

        List<MimeMessage> mails = received();
        assertThat(mails).hasSize(2);
        assertThat(mails).extracting(MailDeliveryTest::to).containsExactlyInAnyOrder(ANNA, BO);
        byte[] pdf = Files.readAllBytes(packet);
        String written = DanishFormat.dateTime(LocalDateTime.ofInstant(Files.getLastModifiedTime(packet).toInstant(),
                ZoneId.systemDefault()));
        for (MimeMessage mail : mails) {
            assertThat(mail.getSubject()).isEqualTo("Bestyrelsespakke: " + PROGRAMME);
            assertThat(mail.getFrom()[0].toString()).isEqualTo("boligmonitor@slagelse.example.dk");
            Contents contents = contents(mail);
            assertThat(contents.text()).contains(to(mail).equals(ANNA) ? "Kære Anna Jensen" : "Kære Bo Nielsen",
                    "Her er bestyrelsespakken for " + PROGRAMME + ", skrevet " + written + ".");
            assertThat(contents.attachments()).containsOnlyKeys("slagelse-bestyrelsespakke.pdf");
            assertThat(contents.attachments().get("slagelse-bestyrelsespakke.pdf")).isEqualTo(pdf);
        }
        assertThat(jdbc.queryForList("SELECT recipient FROM packet_delivery WHERE outcome = 'SENT'", String.class))
                .containsExactlyInAnyOrder(ANNA, BO.toLowerCase(Locale.ROOT));
        assertThat(CommandLine.run(database, "status", "--config", jobs.toString()).output())
                .contains("Bestyrelsespakker sendt med post").doesNotContain("venter på pakken");
    }

    @Test
    @Order(3)
    void aScheduledRunWithNothingNewSendsNothing() throws Exception {
        scheduled("ingest", mailServer);

        assertThat(received()).isEmpty();
    }

    @Test
    @Order(4)
    void deliverSendsAVersionOnceAndAChangedPacketAgain() throws Exception {
        CommandLine.Result again = deliver(mailServer);
        assertThat(again.exitCode()).isZero();
        assertThat(again.output()).contains("Alle 2 i bestyrelsen har allerede denne udgave; intet sendt.");
        assertThat(received()).isEmpty();

        // written again: a PDF may take a comment after its end
        byte[] rewritten = (new String(Files.readAllBytes(packet), StandardCharsets.ISO_8859_1) + "% skrevet igen\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(packet, rewritten);
        CommandLine.Result changed = deliver(mailServer);

        assertThat(changed.exitCode()).as(changed.errors()).isZero();
        assertThat(changed.output()).contains("Sendt til 2 af 2 i bestyrelsen (0 havde den allerede).");
        List<MimeMessage> mails = received();
        assertThat(mails).extracting(MailDeliveryTest::to).containsExactlyInAnyOrder(ANNA, BO);
        for (MimeMessage mail : mails) {
            assertThat(contents(mail).attachments().get("slagelse-bestyrelsespakke.pdf")).isEqualTo(rewritten);
        }
    }

    @Test
    @Order(5)
    void aScheduledRunThatRefusesAFileMailsTheDataOfficerItsSummaryAndRejectedRows() throws Exception {
        Files.writeString(inbox.resolve(REFUSED_FILE), """
                OMRÅDE;NØGLETAL;TID;INDHOLD
                Motalavej;Kriminalretlige afgørelser;2020;ikke oplyst
                Sydbyen;Kriminalretlige afgørelser;2020;ikke oplyst
                """, Charset.forName("windows-1252"));

        scheduled("ingest", mailServer);

        List<MimeMessage> mails = received();
        assertThat(mails).extracting(MailDeliveryTest::to).containsExactly(KARIN);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo("boligmonitor: den planlagte kørsel 'proeve' afviste 1 fil(er)");
        Contents contents = contents(mail);
        assertThat(contents.text()).contains("Kære Karin Holm", "Filer afvist:     1", REFUSED_FILE,
                "afviste-raekker.csv").doesNotContain("Rapporter");
        String csv = new String(contents.attachments().get("afviste-raekker.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFFil;Ark;Række;Kolonne;Værdi;Årsag")
                .contains(REFUSED_FILE + ";;2;INDHOLD;ikke oplyst;ikke et tal", REFUSED_FILE + ";;3;INDHOLD")
                .hasLineCount(3);
    }

    @Test
    @Order(6)
    void withoutAMailHostNothingIsSentAndTheRunSaysSoOnce() throws Exception {
        // the refused file is still in the inbox: the run refuses it again, and would tell the data officer
        List<String> log = scheduled("ingest", List.of());

        assertThat(log.stream().filter(line -> line.contains("spring.mail.host er ikke sat"))).hasSize(1);
        CommandLine.Result deliver = deliver(List.of());
        assertThat(deliver.exitCode()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(deliver.errors().split("spring.mail.host er ikke sat", -1)).hasSize(2);
        assertThat(received()).isEmpty();
    }

    /** A scheduled run of {@code command} on the inbox, as the schedule starts it; returns what it logged. */
    private static List<String> scheduled(String command, List<String> mail) {
        ScheduledRun run = new ScheduledRun("proeve", CronExpression.parse("0 0 6 1 3 *"), command, inbox, out);
        List<String> arguments = new ArrayList<>(database.springArguments());
        arguments.addAll(mail);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger logger = (Logger) LoggerFactory.getLogger("dk.boligmonitor");
        try (ConfigurableApplicationContext context = Commands.start(config, arguments)) {
            logger.addAppender(log);
            context.getBean(Scheduler.class).execute(run);
        } finally {
            logger.detachAppender(log);
        }
        List<String> lines = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        // names and addresses are never logged
        assertThat(String.join("\n", lines).toLowerCase(Locale.ROOT))
                .doesNotContain("anna", "bo.nielsen", "karin", "example.dk");
        return lines;
    }

    private static CommandLine.Result deliver(List<String> mail) {
        List<String> arguments = new ArrayList<>(List.of("deliver", "--programme", "slagelse", "--config",
                jobs.toString(), "--out", out.toString()));
        arguments.addAll(mail);
        return CommandLine.run(database, arguments.toArray(String[]::new));
    }

    /** The mails received since last asked. */
    private static List<MimeMessage> received() throws Exception {
        if (!smtp.isRunning()) {
            return List.of();
        }
        List<MimeMessage> mails = List.of(smtp.getReceivedMessages());
        smtp.purgeEmailFromAllMailboxes();
        return mails;
    }

    private static String to(MimeMessage mail) {
        try {
            assertThat(mail.getRecipients(Message.RecipientType.TO)).hasSize(1);
            assertThat(mail.getRecipients(Message.RecipientType.CC)).isNull();
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private record Contents(String text, Map<String, byte[]> attachments) {
    }

    private static Contents contents(MimeMessage mail) throws Exception {
        StringBuilder text = new StringBuilder();
        Map<String, byte[]> attachments = new LinkedHashMap<>();
        collect(mail, text, attachments);
        return new Contents(text.toString(), attachments);
    }

    private static void collect(Part part, StringBuilder text, Map<String, byte[]> attachments) throws Exception {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (InputStream in = part.getInputStream()) {
                attachments.put(part.getFileName(), in.readAllBytes());
            }
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), text, attachments);
            }
        } else if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        }
    }
}
