package dk.boligmonitor.report;

import dk.boligmonitor.report.AreaReport.Chart;
import dk.boligmonitor.report.AreaReport.ChartPoint;
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
    void areaReportShowsTheAreaAgainstItsMunicipalityAndTheCountry() {
        Path pdf = dir.resolve("nested/folders/motalavej.pdf");

        renderer.writeAreaReport(renderer.layOut(SampleReports.motalavej()), pdf);

        PdfContent content = PdfContent.read(pdf);
        assertThat(content.pages()).hasSize(2);
        assertThat(content.text())
                .contains(PROGRAMME, "Programperiode 2017–2021", "24. november 2026")
                .contains(MOTALAVEJ, "sammenlignet med " + MUNICIPALITY + " og hele landet")
                .contains("Kriminalretlige afgørelser pr.", "1.000 beboere", "(18–64")
                .contains("2013", "2017", "2021", "Ændring", "2020–21")
                .contains("55,1 38,8 34,2 29,0 27,4 25,9 24,1 22,8 21,5 −1,3", "11,8 10,3 11,4", "Hele landet 10,1 9,9")
                .contains("1.000 1.020 – 985 .. 940", "56,2 57,9 +1,7 pp")
                .contains("– = ingen data, .. = diskretioneret (for få personer)")
                .contains("Side 1 af 2", "Side 2 af 2")
                .contains("æ", "ø", "å")
                .doesNotContain("null");
    }

    @Test
    void criteriaAreOneBlockEachWithTheRuleOnceAndAMarkedStatusPerYear() {
        Path pdf = dir.resolve("motalavej.pdf");

        renderer.writeAreaReport(renderer.layOut(SampleReports.motalavej()), pdf);

        String text = PdfContent.read(pdf).text();
        assertThat(text.split("Regel: Mindst 25 % færre afgørelser", -1)).hasSize(2);
        assertThat(text).contains("Færre kriminalretlige afgørelser\nRegel: Mindst 25 % færre afgørelser end i basisåret 2016\n"
                        + "2018 21,8 21,5 → På rette spor\n2019")
                .contains("2021 21,8 21,5 ✔ Opfyldt", "2021 64,2 57,9 ✘ Ikke opfyldt", "951 ↘ Ikke på rette spor",
                        "74,1 ≈ Ikke signifikant", "– Ingen data", ".. Diskretioneret");
    }

    @Test
    void footnotesNameEachFigureSourceFileAndItsYears() {
        Path pdf = dir.resolve("motalavej.pdf");

        renderer.writeAreaReport(renderer.layOut(SampleReports.motalavej()), pdf);

        assertThat(PdfContent.read(pdf).text()).contains("Noter og kilder",
                "Kriminalretlige afgørelser pr. 1.000 beboere: Danmarks Statistik, særkørsel for Landsbyggefonden, "
                        + SampleReports.CRIME_FILE, "(2013–2021).",
                ".. = diskretioneret: tallet bygger på for få personer");
    }

    @Test
    void chartsStandSideBySideAndEachIsDrawn() {
        Path pdf = dir.resolve("motalavej.pdf");

        renderer.writeAreaReport(renderer.layOut(SampleReports.motalavej()), pdf);

        // Side by side, the two charts' year labels share a line; only the education chart's axis reaches 60.
        List<String> lines = PdfContent.read(pdf).text().lines().map(String::strip).toList();
        String years = "2013 2014 2015 2016 2017 2018 2019 2020 2021";
        assertThat(lines).contains("Udvikling", "60", years + " " + years, "Motalavej Slagelse Kommune Hele landet Motalavej");
    }

    @Test
    void indicatorRowsFollowIndicatorThenSeriesOrderWhateverOrderTheCellsCameIn() {
        Path pdf = dir.resolve("motalavej.pdf");

        renderer.writeAreaReport(renderer.layOut(SampleReports.motalavej()), pdf);

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

        renderer.writeAreaReport(renderer.layOut(SampleReports.generated("Nørrebro Park", 2013, 2024, 2)), pdf);

        assertThat(PdfContent.read(pdf).text())
                .contains("2013", "2018", "2024", "21,4", "Side 1 af");
    }

    @Test
    void longReportsAreNumberedPageByPageOutOfTheTotal() {
        Path pdf = dir.resolve("long.pdf");

        renderer.writeAreaReport(renderer.layOut(SampleReports.generated("Æblehaven", 2013, 2021, 40)), pdf);

        PdfContent content = PdfContent.read(pdf);
        int pages = content.pages().size();
        assertThat(pages).isGreaterThan(1);
        for (int page = 1; page <= pages; page++) {
            assertThat(content.pages().get(page - 1)).contains("Side " + page + " af " + pages);
        }
        assertThat(content.text()).contains("Indikator nr. 40 for Æblehaven").doesNotContain("null");
    }

    @Test
    void chartLabelsAreDanishTextInTheEmbeddedFontAndManyYearsStayReadable() {
        Path pdf = dir.resolve("chart.pdf");
        AreaReport sample = SampleReports.generated("Æblehaven", 2010, 2024, 1);
        // The line climbs from 1,0 to 2,4, so the value axis ticks every 0,5.
        List<ChartPoint> points = IntStream.rangeClosed(2010, 2024)
                .mapToObj(year -> new ChartPoint("Æblehaven", year, 1.0 + (year - 2010) / 10.0)).toList();
        AreaReport report = new AreaReport(sample.programmeName(), sample.programmePeriod(), sample.areaName(),
                sample.comparedWith(), sample.generatedOn(), sample.table(), sample.changeYear(),
                List.of(new Chart("Andel", "pct.", points)), sample.criteria(), sample.footnotes());

        renderer.writeAreaReport(renderer.layOut(report), pdf);

        List<String> lines = PdfContent.read(pdf).text().lines().map(String::strip).toList();
        assertThat(lines).contains("0,5", "1,5", "2,5").doesNotContain("0.5", "1.5");
        // fifteen years do not fit side by side under a half-width chart: upright, not shortened to "..."
        assertThat(String.join("\n", lines)).doesNotContain("...");
    }

    @Test
    void boardPacketHasCoverOverviewEveryAreaOnItsOwnPagesAndTheSources() {
        Path pdf = dir.resolve("bestyrelsespakke.pdf");

        renderer.writeBoardPacket(SampleReports.packet(renderer), pdf);

        PdfContent content = PdfContent.read(pdf);
        List<String> pages = content.pages();
        assertThat(pages).hasSize(8);
        assertThat(pages.get(0)).contains("Bestyrelsespakke", PROGRAMME, "Programperiode 2017–2021", "24. november 2026",
                "Indhold", "Oversigt", "Siden sidste pakke", MOTALAVEJ, RINGPARKEN, "Kilder").doesNotContain("Side ");
        assertThat(pages.get(1)).contains("Oversigt", "Succeskriterier i 2021", "Tidlig varsling", "Side 2 af 8");
        assertThat(pages.get(2)).contains("Siden sidste pakke", "Dette er programmets første bestyrelsespakke",
                "Side 3 af 8");
        assertThat(pages.get(3)).contains(MOTALAVEJ, "sammenlignet med " + MUNICIPALITY, "34,2", "1.000", "Side 4 af 8");
        assertThat(pages.get(5)).contains(RINGPARKEN, "Opfyldt", "Side 6 af 8");
        assertThat(pages.get(7)).contains("Kilder", "Fil", "Kilde", "År", "Rækker", "Indlæst", "SHA-256",
                SampleReports.CRIME_FILE, "Danmarks Statistik –", "2013–2021 216 24.11.2026 09:15 e9b4efdfa2e2",
                SampleReports.EMPLOYMENT_FILE, "2013,", "2015,", "2017–2021", "1.708", "394cf055f2f1", "Side 8 af 8");
        assertThat(content.text()).doesNotContain("null");
    }

    @Test
    void overviewMarksEveryCriterionOfEveryUnitReadableInBlackAndWhite() {
        Path pdf = dir.resolve("bestyrelsespakke.pdf");

        renderer.writeBoardPacket(SampleReports.packet(renderer), pdf);

        String overview = PdfContent.read(pdf).pages().get(1);
        assertThat(overview)
                .contains("Område / kriterium nr. 1 2 3 4 5")
                // the programme's second criterion is not its own: an empty cell, not a mark
                .contains("Hele programmet ✔ → ↘ ≈", "Motalavej – .. ✔ ✘ →", "Ringparken og Schackenborgvænge ↘ ≈ – .. ✔")
                .contains("✔ opfyldt", "✘ ikke opfyldt", "→ på rette spor", "↘ ikke på rette spor", "≈ ikke signifikant",
                        "– ingen data", ".. diskretioneret")
                .contains("1 Færre kriminalretlige afgørelser", "5 Fraflytningsprocenten skal falde 10 % om året");
    }

    @Test
    void officialListShowsCriteriaMetAndTheStandingPerAreaAndYear() {
        Path pdf = dir.resolve("bestyrelsespakke.pdf");

        renderer.writeBoardPacket(SampleReports.packet(renderer), pdf);

        String overview = PdfContent.read(pdf).pages().get(1);
        assertThat(overview).contains("Tidlig varsling: den officielle liste", "almenboligloven § 61 a")
                .contains("2018 3 af 4 2 af 4", "Parallelsamfund Udsat", "2020 1 af 4 2 af 4*", "Ikke på listen Udsat",
                        "2021 1 af 4 –", "Ikke på listen Ingen data")
                .contains("* Ikke alle fire kriterier kunne vurderes det år");
    }

    @Test
    void officialListWithoutDataIsOneLine() {
        Path pdf = dir.resolve("bestyrelsespakke.pdf");

        renderer.writeBoardPacket(SampleReports.packet(renderer, List.of(SampleReports.motalavej()), List.of()), pdf);

        assertThat(PdfContent.read(pdf).pages().get(1))
                .contains("Der er ingen data for listens kriterier for programmets områder.")
                .doesNotContain("af 4", "Ikke alle fire kriterier");
    }

    @Test
    void aPacketBeforeAnyResultsOrFilesSaysSoInsteadOfShowingEmptyTables() {
        Path pdf = dir.resolve("bestyrelsespakke.pdf");
        BoardPacket packet = new BoardPacket(PROGRAMME, SampleReports.PERIOD, SampleReports.GENERATED_ON,
                new BoardPacket.CriteriaOverview(null, List.of("Færre kriminalretlige afgørelser"), List.of()),
                List.of(), List.of(renderer.layOut(SampleReports.motalavej())), List.of(), PacketChanges.first());

        renderer.writeBoardPacket(packet, pdf);

        List<String> pages = PdfContent.read(pdf).pages();
        assertThat(pages.get(1)).contains("Der er endnu ingen resultater for programmets succeskriterier.")
                .doesNotContain("Succeskriterier i", "Område / kriterium nr.");
        assertThat(pages.get(pages.size() - 1)).contains("Kilder", "Ingen filer er indlæst.").doesNotContain("Rækker Indlæst");
        assertThat(String.join("", pages)).doesNotContain("null");
    }

    @Test
    void bookmarksAndTheCoversContentsLeadToOverviewEveryAreaAndItsPartsAndTheSources() {
        Path packet = dir.resolve("bestyrelsespakke.pdf");
        Path area = dir.resolve("motalavej.pdf");

        renderer.writeBoardPacket(SampleReports.packet(renderer), packet);
        renderer.writeAreaReport(renderer.layOut(SampleReports.motalavej()), area);

        PdfContent content = PdfContent.read(packet);
        assertThat(content.bookmarkTitles()).containsExactly("Forside", "Oversigt", "Siden sidste pakke", MOTALAVEJ,
                RINGPARKEN, "Kilder");
        // the cover's contents link to the same places: overview, changes, each area's first page, the sources
        assertThat(content.links()).containsExactly(2, 3, 4, 6, 8);
        assertThat(content.pages().get(3)).contains(MOTALAVEJ + "\nsammenlignet med");
        assertThat(content.pages().get(5)).contains(RINGPARKEN + "\nsammenlignet med");
        for (String name : List.of(MOTALAVEJ, RINGPARKEN)) {
            assertThat(content.bookmark(name).children()).extracting(PdfContent.Bookmark::title)
                    .containsExactly("Indikatorer", "Udvikling", "Succeskriterier", "Noter og kilder");
        }
        assertThat(PdfContent.read(area).bookmarkTitles()).containsExactly(MOTALAVEJ);
    }

    @Test
    void packetPagesAreNumberedAcrossAreasThatRunOverSeveralPages() {
        Path pdf = dir.resolve("long-packet.pdf");
        BoardPacket packet = SampleReports.packet(renderer,
                List.of(SampleReports.generated("Æblehaven", 2013, 2021, 40), SampleReports.ringparken()),
                SampleReports.officialList());

        renderer.writeBoardPacket(packet, pdf);

        List<String> pages = PdfContent.read(pdf).pages();
        assertThat(pages.size()).isGreaterThan(6);
        for (int page = 2; page <= pages.size(); page++) {
            assertThat(pages.get(page - 1)).contains("Side " + page + " af " + pages.size());
        }
        assertThat(String.join("", pages.subList(pages.size() - 4, pages.size() - 1))).contains(RINGPARKEN);
        assertThat(pages.get(pages.size() - 1)).contains("Kilder");
    }

    @Test
    void everyFontIsEmbeddedDejaVuChartsIncluded() {
        Path area = dir.resolve("motalavej.pdf");
        Path packet = dir.resolve("bestyrelsespakke.pdf");

        renderer.writeAreaReport(renderer.layOut(SampleReports.motalavej()), area);
        renderer.writeBoardPacket(SampleReports.packet(renderer), packet);

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
                        AreaReport area = i % 2 == 0 ? SampleReports.motalavej() : SampleReports.ringparken();
                        renderer.writeAreaReport(renderer.layOut(area), pdf);
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

        renderer.writeAreaReport(renderer.layOut(empty), pdf);

        assertThat(PdfContent.read(pdf).text())
                .contains("Nyt område", "Ingen indikatorer for området.", "Ingen succeskriterier for området.",
                        "Side 1 af 1")
                .doesNotContain("null");
    }

    @Test
    void anAreaThatCannotBeLaidOutIsNamed() {
        AreaReport broken = new AreaReport(PROGRAMME, "2017–2021", "Skovparken", MUNICIPALITY,
                SampleReports.GENERATED_ON, null, 2021, List.of(), List.of(), List.of());

        assertThatThrownBy(() -> renderer.layOut(broken))
                .isInstanceOf(ReportRenderingException.class)
                .hasMessageContaining("områderapporten")
                .hasMessageContaining("Skovparken");
    }

    @Test
    void packetFailureNamesTheProgrammeAndLeavesNoPartialFile() throws Exception {
        BoardPacket packet = SampleReports.packet(renderer, List.of(SampleReports.motalavej()), List.of());
        BoardPacket damaged = new BoardPacket(packet.programmeName(), packet.programmePeriod(), packet.generatedOn(),
                packet.overview(), packet.officialList(),
                List.of(new AreaPages("Skovparken", PROGRAMME, "not a PDF".getBytes())), packet.sources(),
                packet.changes());

        assertThatThrownBy(() -> renderer.writeBoardPacket(damaged, dir.resolve("packet.pdf")))
                .isInstanceOf(ReportRenderingException.class)
                .hasMessageContaining("bestyrelsespakken")
                .hasMessageContaining(PROGRAMME);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void failureNamesTheReportAndTheAreaAndLeavesNoPartialFile() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("occupied"), "a file, not a folder");
        Path pdf = notADirectory.resolve("motalavej.pdf");

        assertThatThrownBy(() -> renderer.writeAreaReport(renderer.layOut(SampleReports.motalavej()), pdf))
                .isInstanceOf(ReportRenderingException.class)
                .hasMessageContaining("områderapporten")
                .hasMessageContaining(MOTALAVEJ);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(notADirectory);
        }
    }
}
