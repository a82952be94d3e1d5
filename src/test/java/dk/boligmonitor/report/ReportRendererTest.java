package dk.boligmonitor.report;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static dk.boligmonitor.report.SampleReports.MOTALAVEJ;
import static dk.boligmonitor.report.SampleReports.MUNICIPALITY;
import static dk.boligmonitor.report.SampleReports.PROGRAMME;
import static dk.boligmonitor.report.SampleReports.RINGPARKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportRendererTest {

    private static ReportRenderer renderer;

    @TempDir
    Path dir;

    @BeforeAll
    static void compileOnce() {
        renderer = new ReportRenderer();
    }

    @Test
    void areaReportShowsTheAreaAgainstItsMunicipality() {
        Path pdf = dir.resolve("nested/folders/motalavej.pdf");

        renderer.writeAreaReport(SampleReports.motalavej(), pdf);

        PdfContent content = PdfContent.read(pdf);
        assertThat(content.pages()).hasSize(1);
        assertThat(content.text())
                .contains(PROGRAMME, "Programperiode 2017–2021", "24. november 2026")
                .contains(MOTALAVEJ, "sammenlignet med " + MUNICIPALITY)
                .contains("Kriminalretlige afgørelser pr.", "1.000 beboere", "(18–64")
                .contains("2013", "2017", "2021")
                .contains("55,1 38,8 34,2", "11,8 10,3 11,4")
                .contains("1.000 1.020 – 985 .. 940")
                .contains("– = ingen data, .. = diskretioneret (for få personer)")
                .contains("✔ Opfyldt", "✘ Ikke opfyldt", "– Ingen data")
                .contains("Kilde: Danmarks Statistik")
                .contains("Side 1 af 1")
                .contains("æ", "ø", "å")
                .doesNotContain("null");
    }

    @Test
    void indicatorRowsFollowIndicatorThenSeriesOrderWhateverOrderTheCellsCameIn() {
        Path pdf = dir.resolve("motalavej.pdf");

        renderer.writeAreaReport(SampleReports.motalavej(), pdf);

        String text = PdfContent.read(pdf).text();
        assertThat(text.indexOf("55,1")).isLessThan(text.indexOf("11,8"));
        assertThat(text.indexOf("Kriminalretlige afgørelser"))
                .isLessThan(text.indexOf("Personer uden for"));
        assertThat(text.indexOf("Personer uden for"))
                .isLessThan(text.indexOf("erhvervskompetencegivende"));
    }

    @Test
    void everyYearGetsAColumnHoweverManyThereAre() {
        Path pdf = dir.resolve("twelve-years.pdf");

        renderer.writeAreaReport(SampleReports.generated("Nørrebro Park", 2013, 2024, 2), pdf);

        assertThat(PdfContent.read(pdf).text())
                .contains("2013", "2018", "2024", "21,4", "Side 1 af");
    }

    @Test
    void longReportsAreNumberedPageByPageOutOfTheTotal() {
        Path pdf = dir.resolve("long.pdf");

        renderer.writeAreaReport(SampleReports.generated("Æblehaven", 2013, 2021, 40), pdf);

        PdfContent content = PdfContent.read(pdf);
        int pages = content.pages().size();
        assertThat(pages).isGreaterThan(1);
        for (int page = 1; page <= pages; page++) {
            assertThat(content.pages().get(page - 1)).contains("Side " + page + " af " + pages);
        }
        assertThat(content.text()).contains("Indikator nr. 40 for Æblehaven").doesNotContain("null");
    }

    @Test
    void chartLabelsAreDanishTextInTheEmbeddedFont() {
        Path pdf = dir.resolve("chart.pdf");

        // The area's line climbs from 10 to 24, so the value axis ticks every 2,5.
        renderer.writeAreaReport(SampleReports.generated("Æblehaven", 2010, 2024, 1), pdf);

        List<String> lines = PdfContent.read(pdf).text().lines().map(String::strip).toList();
        assertThat(lines).contains("2,5", "7,5", "12,5", "22,5").doesNotContain("2.5", "12.5");
    }

    @Test
    void boardPacketHasCoverSummaryAndEveryAreaOnItsOwnPages() {
        Path pdf = dir.resolve("bestyrelsespakke.pdf");

        renderer.writeBoardPacket(SampleReports.packet(), pdf);

        PdfContent content = PdfContent.read(pdf);
        List<String> pages = content.pages();
        assertThat(pages).hasSize(4);
        assertThat(pages.get(0)).contains("Bestyrelsespakke", PROGRAMME, "Programperiode 2017–2021", "24. november 2026")
                .doesNotContain("Side ");
        // Long names wrap in the narrow summary columns, so the second area is looked for word by word.
        assertThat(pages.get(1)).contains("Oversigt", MOTALAVEJ, "Ringparken og", "Schackenborgvænge",
                "21,5", "25,2", "10,9", "Side 2 af 4");
        assertThat(pages.get(2)).contains(MOTALAVEJ, "sammenlignet med " + MUNICIPALITY, "34,2", "1.000", "Side 3 af 4");
        assertThat(pages.get(3)).contains(RINGPARKEN, "Opfyldt", "Side 4 af 4");
        assertThat(content.text()).doesNotContain("null");
    }

    @Test
    void packetPagesAreNumberedAcrossAreasThatRunOverSeveralPages() {
        Path pdf = dir.resolve("long-packet.pdf");
        BoardPacket packet = SampleReports.packet(
                List.of(SampleReports.generated("Æblehaven", 2013, 2021, 40), SampleReports.ringparken()),
                SampleReports.officialList());

        renderer.writeBoardPacket(packet, pdf);

        List<String> pages = PdfContent.read(pdf).pages();
        assertThat(pages.size()).isGreaterThan(4);
        for (int page = 2; page <= pages.size(); page++) {
            assertThat(pages.get(page - 1)).contains("Side " + page + " af " + pages.size());
        }
        assertThat(pages.get(pages.size() - 1)).contains(RINGPARKEN);
    }

    @Test
    void everyFontIsEmbeddedDejaVuChartsIncluded() {
        Path area = dir.resolve("motalavej.pdf");
        Path packet = dir.resolve("bestyrelsespakke.pdf");

        renderer.writeAreaReport(SampleReports.motalavej(), area);
        renderer.writeBoardPacket(SampleReports.packet(), packet);

        for (Path pdf : List.of(area, packet)) {
            List<PDFont> fonts = PdfContent.read(pdf).fonts();
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(font -> {
                assertThat(font.isEmbedded()).as("%s embedded in %s", font.getName(), pdf).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });
        }
    }

    @Test
    void rendersFromSeveralThreadsWithOneRenderer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Path>> jobs = IntStream.range(0, 8)
                    .<Callable<Path>>mapToObj(i -> () -> {
                        Path pdf = dir.resolve("parallel-" + i + ".pdf");
                        renderer.writeAreaReport(i % 2 == 0 ? SampleReports.motalavej() : SampleReports.ringparken(), pdf);
                        return pdf;
                    })
                    .toList();
            for (Future<Path> done : pool.invokeAll(jobs)) {
                Path pdf = done.get();
                assertThat(PdfContent.read(pdf).text())
                        .contains(pdf.toString().matches(".*-\\d*[02468]\\.pdf") ? MOTALAVEJ : RINGPARKEN);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAreaWithoutFiguresStillGetsItsReport() {
        Path pdf = dir.resolve("empty.pdf");
        AreaReport empty = new AreaReport(PROGRAMME, "2017–2021", "Nyt område", MUNICIPALITY,
                SampleReports.GENERATED_ON, List.of(), 2021, List.of(), List.of(), List.of());

        renderer.writeAreaReport(empty, pdf);

        assertThat(PdfContent.read(pdf).text())
                .contains("Nyt område", "Ingen indikatorer for området.", "Ingen succeskriterier for området.",
                        "Side 1 af 1")
                .doesNotContain("null");
    }

    @Test
    void packetFailureNamesTheAreaItWasOn() {
        AreaReport broken = new AreaReport(PROGRAMME, "2017–2021", "Skovparken", MUNICIPALITY,
                SampleReports.GENERATED_ON, null, 2021, List.of(), List.of(), List.of());
        BoardPacket packet = SampleReports.packet(List.of(SampleReports.motalavej(), broken), List.of());

        assertThatThrownBy(() -> renderer.writeBoardPacket(packet, dir.resolve("packet.pdf")))
                .isInstanceOf(ReportRenderingException.class)
                .hasMessageContaining("board packet")
                .hasMessageContaining("Skovparken");
        assertThat(dir.resolve("packet.pdf")).doesNotExist();
    }

    @Test
    void failureNamesTheReportAndTheAreaAndLeavesNoPartialFile() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("occupied"), "a file, not a folder");
        Path pdf = notADirectory.resolve("motalavej.pdf");

        assertThatThrownBy(() -> renderer.writeAreaReport(SampleReports.motalavej(), pdf))
                .isInstanceOf(ReportRenderingException.class)
                .hasMessageContaining("area report")
                .hasMessageContaining(MOTALAVEJ);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(notADirectory);
        }
    }
}
