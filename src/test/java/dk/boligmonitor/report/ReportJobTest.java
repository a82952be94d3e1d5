package dk.boligmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.boligmonitor.StageRun;
import dk.boligmonitor.registry.ReportOutputs;
import dk.boligmonitor.config.Area;
import dk.boligmonitor.config.Programme;

/**
 * The report job alone, after the real ingest, warehouse and targets jobs on one DST extract (decisions per
 * 1,000 residents). What it owns is the output folder, report_output and report_due: a PDF for every area and a
 * board packet per programme, each recorded where it was written, the figures of the warehouse in them, the
 * programmes no longer due, and nothing written again when nothing is due and every PDF is there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportJobTest {

    @TempDir
    static Path work;

    static StageRun stage;
    static JdbcTemplate jdbc;
    static List<String> dueBefore;
    static JobExecution report;

    @BeforeAll
    static void reportOnAJudgedWarehouse() throws Exception {
        stage = StageRun.start(work, "dst_noegletal_afgoerelser_2013-2021.csv");
        jdbc = stage.jdbc();
        stage.completed("ingestJob", "warehouseJob", "targetsJob");
        dueBefore = jdbc.queryForList("SELECT programme_code FROM report_due", String.class);
        report = stage.launch("reportJob");
    }

    @AfterAll
    static void stop() {
        stage.close();
    }

    @Test
    void everyAreaAndEveryProgrammesBoardPacketIsWrittenAsAPdf() throws IOException {
        assertThat(report.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Path> expected = expectedPdfs();
        assertThat(expected).hasSizeGreaterThan(stage.config().programmes().size());
        List<Path> workbooks = stage.config().programmes().stream().map(p -> pdf(p, FiguresWorkbook.FILE)).toList();
        // each packet written is kept in the programme's archive too
        List<Path> archived = stage.config().programmes().stream()
                .map(p -> pdf(p, ReportOutputs.ARCHIVE + "/bestyrelsespakke-" + LocalDate.now() + ".pdf")).toList();
        try (Stream<Path> files = Files.walk(stage.out())) {
            assertThat(files.filter(Files::isRegularFile).toList()).containsExactlyInAnyOrderElementsOf(
                    Stream.of(expected, workbooks, archived).flatMap(List::stream).toList());
        }
        for (Path workbook : workbooks) {
            // an xlsx file is a zip archive
            byte[] bytes = Files.readAllBytes(workbook);
            assertThat(new String(bytes, 0, 2, StandardCharsets.ISO_8859_1)).as(workbook.toString()).isEqualTo("PK");
        }
        for (Path pdf : expected) {
            byte[] bytes = Files.readAllBytes(pdf);
            assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).as(pdf.toString())
                    .isEqualTo("%PDF-");
        }
    }

    @Test
    void everyPdfIsRecordedWithItsProgrammeAndArea() {
        Map<String, String> expected = new HashMap<>();
        for (Programme programme : stage.config().programmes()) {
            for (Area area : programme.areas()) {
                expected.put(pdf(programme, area.code() + ".pdf").toString(), programme.code() + "/" + area.code());
            }
            expected.put(pdf(programme, "bestyrelsespakke.pdf").toString(), programme.code() + "/null");
        }
        Map<String, String> recorded = new HashMap<>();
        jdbc.query("SELECT path, programme_code, area_code FROM report_output", rs -> {
            recorded.put(rs.getString(1), rs.getString(2) + "/" + rs.getString(3));
        });
        assertThat(recorded).isEqualTo(expected);
    }

    @Test
    void theProgrammesThatWereDueAreDueNoLonger() {
        assertThat(dueBefore).containsExactlyInAnyOrderElementsOf(stage.config().programmes().stream()
                .map(Programme::code).toList());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report_due", Integer.class)).isZero();
    }

    @Test
    void anAreaReportShowsTheWarehousesFiguresForTheArea() {
        Programme programme = stage.config().programmes().get(0);
        Area area = programme.areas().get(0);
        int decimals = stage.config().indicator("afgoerelser").orElseThrow().decimals();
        List<String> figures = jdbc.queryForList("SELECT value FROM fact_indicator WHERE area_code = ?"
                        + " AND indicator_code = 'afgoerelser' AND state = 'VALUE' AND disclosure = 'SHOWN'"
                        + " ORDER BY year", BigDecimal.class, area.code()).stream()
                .map(value -> value.setScale(decimals, RoundingMode.HALF_UP).toPlainString().replace('.', ','))
                .toList();
        assertThat(figures).hasSizeGreaterThan(3);

        String text = PdfContent.read(pdf(programme, area.code() + ".pdf")).text();

        assertThat(text).contains(area.name());
        assertThat(text).contains(figures);
        String packet = PdfContent.read(pdf(programme, "bestyrelsespakke.pdf")).text();
        assertThat(packet).contains(programme.areas().stream().map(Area::name).toList());
    }

    /** Last: it launches the job again, with nothing due and every PDF in place. */
    @Test
    @Order(Integer.MAX_VALUE)
    void nothingIsWrittenAgainWhenNothingIsDue() throws Exception {
        Map<String, Object> before = jdbc.queryForMap("SELECT COUNT(*) AS n, MAX(written_at) AS last"
                + " FROM report_output");
        Map<Path, Long> modified = new HashMap<>();
        for (Path pdf : expectedPdfs()) {
            modified.put(pdf, Files.getLastModifiedTime(pdf).toMillis());
        }

        assertThat(stage.launch("reportJob").getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForMap("SELECT COUNT(*) AS n, MAX(written_at) AS last FROM report_output"))
                .isEqualTo(before);
        for (Path pdf : expectedPdfs()) {
            assertThat(Files.getLastModifiedTime(pdf).toMillis()).as(pdf.toString()).isEqualTo(modified.get(pdf));
        }
    }

    private static List<Path> expectedPdfs() {
        List<Path> pdfs = new ArrayList<>();
        for (Programme programme : stage.config().programmes()) {
            for (Area area : programme.areas()) {
                pdfs.add(pdf(programme, area.code() + ".pdf"));
            }
            pdfs.add(pdf(programme, "bestyrelsespakke.pdf"));
        }
        return pdfs;
    }

    private static Path pdf(Programme programme, String name) {
        return stage.out().resolve(programme.code()).resolve(name);
    }
}
