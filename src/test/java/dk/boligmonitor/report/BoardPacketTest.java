package dk.boligmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;

import dk.boligmonitor.config.Area;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Programme;
import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.report.AreaReport.Chart;
import dk.boligmonitor.report.AreaReport.ChartPoint;
import dk.boligmonitor.report.AreaReport.IndicatorRow;
import dk.boligmonitor.report.BoardPacket.ListStanding;
import dk.boligmonitor.rules.Criterion;
import dk.boligmonitor.rules.Status;

/**
 * The board packet of the README's run: the command line on sample-data into a fresh database, then the
 * packet is read back (overview, the three series, sources appendix, bookmarks, fonts, disclosure control),
 * and the assembler is checked on warehouse columns the sample run leaves empty.
 */
class BoardPacketTest {

    @TempDir
    static Path work;

    static JdbcTemplate jdbc;
    static MonitorConfig config;
    static Programme slagelse;
    static PdfContent packet;
    static int officialListRows;

    @BeforeAll
    static void runThePipelineOnSampleData() {
        SampleDataRun run = SampleDataRun.into(work);
        jdbc = run.jdbc();
        config = run.config();
        slagelse = run.slagelse();
        packet = PdfContent.read(work.resolve("out/slagelse/bestyrelsespakke.pdf"));
        officialListRows = jdbc.queryForObject("SELECT COUNT(*) FROM official_list_status WHERE criteria_set = ?",
                Integer.class, ProgrammeOverview.OFFICIAL_LIST);
    }

    @Test
    void overviewMarksEveryCriterionOfEveryAreaInTheLatestYear() {
        String overview = packet.pages().get(1);
        int year = jdbc.queryForObject("SELECT MAX(year) FROM criterion_result WHERE programme_code = 'slagelse'"
                + " AND criteria_set = 'programme'", Integer.class);
        assertThat(overview).contains("Oversigt", "Succeskriterier i " + year, "Hele programmet",
                "1 " + slagelse.criteria().get(0).name(), "Tidlig varsling: den officielle liste");
        for (Area area : slagelse.areas()) {
            // empty cells (criteria that are not the area's) leave no text, so the marks follow each other
            assertThat(overview).contains(area.name() + " " + marks(area.code(), year));
        }
        if (officialListRows == 0) {
            assertThat(overview).contains("Der er ingen data for listens kriterier for programmets områder.");
        } else {
            assertThat(overview).contains(" af 4");
        }
    }

    @Test
    void everyAreaIsComparedWithItsMunicipalityAndTheWholeCountry() {
        String text = packet.text();
        for (Area area : slagelse.areas()) {
            assertThat(text).contains(area.name() + "\nsammenlignet med Slagelse Kommune og hele landet");
        }
        String country = IntStream.rangeClosed(slagelse.firstYear(), slagelse.lastYear())
                .mapToObj(year -> value("dk", "afgoerelser", year))
                .collect(Collectors.joining(" "));
        assertThat(text).contains("Hele landet " + country, "Kommunen ", "Boligområdet ");
        assertThat(text).contains("Ændring", (slagelse.lastYear() - 1) + "–" + slagelse.lastYear() % 100);
    }

    @Test
    void sourcesAppendixListsEveryLoadedFileWithTheStartOfItsHash() {
        String appendix = packet.pages().get(packet.pages().size() - 1);
        assertThat(appendix).contains("Kilder", "SHA-256");
        List<Map<String, Object>> files = jdbc.queryForList("SELECT file_name, sha256 FROM source_file WHERE status = 'LOADED'");
        assertThat(files).hasSize(12);
        for (Map<String, Object> file : files) {
            assertThat(appendix).contains((String) file.get("file_name"), ((String) file.get("sha256")).substring(0, 12));
        }
        // notes wrap at the page's width, so they are read as one line
        assertThat(packet.text().replaceAll("\\s+", " ")).contains("Kriminalretlige afgørelser pr. 1.000 beboere:"
                + " Danmarks Statistik – kriminalretlige afgørelser og beboere, dst_noegletal_afgoerelser_2013-2021.csv"
                + " (2013–2021).");
    }

    @Test
    void bookmarksLeadToCoverOverviewEveryAreaAndTheSources() {
        List<String> expected = new ArrayList<>(List.of("Forside", "Oversigt", "Siden sidste pakke",
                "Hele programmet"));
        slagelse.areas().forEach(area -> expected.add(area.name()));
        expected.add("Kilder");
        assertThat(packet.bookmarkTitles()).containsExactlyElementsOf(expected);
        for (Area area : slagelse.areas()) {
            assertThat(packet.bookmark(area.name()).children()).extracting(PdfContent.Bookmark::title)
                    .containsExactly("Indikatorer", "Udvikling", "Succeskriterier", "Noter og kilder");
        }
    }

    @Test
    void everyFontIsEmbedded() {
        assertThat(packet.fonts()).isNotEmpty().allSatisfy(font ->
                assertThat(font.isEmbedded()).as(font.getName()).isTrue());
    }

    @Test
    void aFigureHiddenByDisclosureNeverAppearsInTheAreasRow() {
        // Skælskør 2014: 2 of 4 ninth graders judged ready, so 50,0 % must not be printed
        assertThat(disclosure("skaelskoer", "uddannelsesparat", 2014)).isEqualTo("PRIMARY");
        String hidden = value("skaelskoer", "uddannelsesparat", 2014);
        String row = IntStream.rangeClosed(slagelse.firstYear(), slagelse.lastYear())
                .mapToObj(year -> disclosure("skaelskoer", "uddannelsesparat", year).equals("SHOWN")
                        ? value("skaelskoer", "uddannelsesparat", year) : "..")
                .collect(Collectors.joining(" "));
        assertThat(row).contains("..");
        List<String> lines = packet.text().lines().filter(line -> line.contains(row)).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("Boligområdet " + row).doesNotContain(hidden);
        assertThat(packet.text()).contains(".. = diskretioneret: tallet bygger på for få personer");
    }

    /**
     * The move-out lists' economics reach an area's report and the packet through the indicators' table: a row
     * for the area with the warehouse's figures as printed, and no municipality or country row, as there are none.
     */
    @Test
    void theMoveoutListsEconomicsAreRowsOfTheAreaReportWithoutAComparison() {
        Area ringparken = area("ringparken");
        String report = PdfContent.read(work.resolve("out/slagelse/ringparken.pdf")).text();
        AreaReport assembled = assembler().assemble(assembler().subjectOf(slagelse, ringparken), LocalDate.now());
        for (String code : List.of("tomgangsdage", "tomgangsdage_pr_fraflytning", "tomgangsprocent", "tab_fraflytning",
                "tab_pr_fraflytning")) {
            var indicator = config.indicator(code).orElseThrow();
            List<IndicatorRow> rows = assembled.table().stream().filter(r -> r.indicator().equals(indicator.name()))
                    .toList();
            assertThat(rows).as(code).extracting(IndicatorRow::series).containsExactly(ReportAssembler.AREA_LABEL);
            String printed = IntStream.rangeClosed(slagelse.firstYear(), slagelse.lastYear())
                    .mapToObj(year -> shown(ringparken.code(), code, year, indicator.decimals()))
                    .collect(Collectors.joining(" "));
            assertThat(String.join(" ", rows.get(0).texts().values())).as(code).isEqualTo(printed);
            assertThat(report).as(code).contains("Boligområdet " + printed);
            assertThat(report.replaceAll("\\s+", " ")).contains(indicator.name());
            assertThat(packet.text().replaceAll("\\s+", " ")).contains(indicator.name());
        }
        assertThat(report.replaceAll("\\s+", " ")).contains("findes kun for boligområderne: der er ingen tal for"
                + " kommunen eller hele landet at sammenligne med");
        // every sample move-out gives its vacancy days and loss: the average is a figure in every year
        assertThat(shown("ringparken", "tomgangsdage_pr_fraflytning", slagelse.lastYear(), 1))
                .isNotEqualTo(DanishFormat.MISSING);
    }

    /** A fact as the table prints it: its value rounded, or "–" where there is none. */
    private static String shown(String unit, String indicator, int year, int decimals) {
        List<BigDecimal> values = jdbc.queryForList("SELECT value FROM fact_indicator WHERE area_code = ? AND"
                + " indicator_code = ? AND year = ? AND state = 'VALUE'", BigDecimal.class, unit, indicator, year);
        return values.isEmpty() ? DanishFormat.MISSING : DanishFormat.number(values.get(0), decimals);
    }

    /** The sample run leaves change_abs empty, so this sets it where the warehouse will, then reads the table. */
    @Test
    void changeIsShownOnlyWhenBothYearsAreAndAHiddenFigureIsNeverCharted() {
        int last = slagelse.lastYear();
        // the change is that of the figures as printed: 22,9 → 21,5 is −1,4 (unrounded −1,32); 57,7 → 60,0 is
        // +2,3 (unrounded +2,38)
        setValue("motalavej", "afgoerelser", last - 1, "22.86");
        setValue("motalavej", "afgoerelser", last, "21.54");
        setValue("motalavej", "uddannelsesparat", last - 1, "57.66");
        setValue("motalavej", "uddannelsesparat", last, "60.04");
        setChange("motalavej", "afgoerelser", last, "-1.32");
        setChange("motalavej", "uddannelsesparat", last, "2.38");
        setChange("motalavej", "tryghed", last, "3");
        setChange("motalavej", "dagtilbud", last, null);
        jdbc.update("UPDATE fact_indicator SET disclosure = 'PRIMARY' WHERE area_code = 'motalavej'"
                + " AND indicator_code = 'tryghed' AND year = ?", last - 1);

        AreaReport motalavej = assembler().assemble(assembler().subjectOf(slagelse, area("motalavej")), LocalDate.now());

        assertThat(change(motalavej, "Kriminalretlige afgørelser pr. 1.000 beboere")).isEqualTo("−1,4");
        assertThat(change(motalavej, "Andel 9.-klasseelever vurderet uddannelsesparate")).isEqualTo("+2,3 pp");
        assertThat(change(motalavej, "Andel beboere over 18 år, der føler sig trygge")).isEqualTo("–");
        assertThat(change(motalavej, "Andel 1–5-årige i dagtilbud")).isEqualTo("–");
        Chart safety = motalavej.charts().stream().filter(c -> c.title().startsWith("Andel beboere over 18 år, der føler sig trygge"))
                .findFirst().orElseThrow();
        assertThat(safety.points()).filteredOn(p -> p.year() == last - 1 && p.series().equals(ReportAssembler.AREA_LABEL))
                .extracting(ChartPoint::value).containsExactly((Double) null);
        assertThat(motalavej.charts()).extracting(Chart::title).startsWith("Kriminalretlige afgørelser pr. 1.000 beboere",
                "Fraflytningsprocent");
    }

    @Test
    void officialListIsReadInTheProgrammesOrderOfAreas() {
        jdbc.update("DELETE FROM official_list_status");
        insertStanding("sydbyen", 2019, 1, 4, "IKKE_PAA_LISTEN");
        insertStanding("motalavej", 2020, 2, 3, "UDSAT");
        insertStanding("motalavej", 2019, 3, 4, "PARALLELSAMFUND");

        List<ListStanding> standings = new ProgrammeOverview(jdbc).officialList(slagelse);

        assertThat(standings).containsExactly(
                new ListStanding("Motalavej", 2019, 3, 4, ListStatus.PARALLELSAMFUND),
                new ListStanding("Motalavej", 2020, 2, 3, ListStatus.UDSAT),
                new ListStanding("Sydbyen", 2019, 1, 4, ListStatus.IKKE_PAA_LISTEN));
    }

    private static String marks(String unit, int year) {
        List<String> marks = new ArrayList<>();
        for (Criterion criterion : slagelse.criteria()) {
            List<String> status = jdbc.queryForList("SELECT status FROM criterion_result WHERE programme_code = 'slagelse'"
                    + " AND criteria_set = 'programme' AND criterion_code = ? AND area_code = ? AND year = ?",
                    String.class, criterion.code(), unit, year);
            status.forEach(s -> marks.add(StatusMark.glyph(Status.valueOf(s))));
        }
        return String.join(" ", marks);
    }

    private static ReportAssembler assembler() {
        return new ReportAssembler(jdbc, config, new Footnotes(jdbc, config));
    }

    private static Area area(String code) {
        return slagelse.areas().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    private static String change(AreaReport report, String indicator) {
        return report.table().stream().filter(row -> row.indicator().equals(indicator) && row.seriesOrder() == 0)
                .map(IndicatorRow::change).findFirst().orElseThrow();
    }

    private static void setValue(String unit, String indicator, int year, String value) {
        jdbc.update("UPDATE fact_indicator SET value = ? WHERE area_code = ? AND indicator_code = ? AND year = ?",
                new BigDecimal(value), unit, indicator, year);
    }

    private static void setChange(String unit, String indicator, int year, String change) {
        jdbc.update("UPDATE fact_indicator SET change_abs = ? WHERE area_code = ? AND indicator_code = ? AND year = ?",
                new SqlParameterValue(Types.NUMERIC, change == null ? null : new BigDecimal(change)), unit, indicator, year);
    }

    private static void insertStanding(String area, int year, int met, int known, String status) {
        jdbc.update("INSERT INTO official_list_status (criteria_set, area_code, year, criteria_met, criteria_known,"
                + " status, explanation) VALUES (?, ?, ?, ?, ?, ?, ?)",
                ProgrammeOverview.OFFICIAL_LIST, area, year, met, known, status, "");
    }

    /** A figure as the report prints it with one decimal. */
    private static String value(String unit, String indicator, int year) {
        return DanishFormat.number(jdbc.queryForObject("SELECT value FROM fact_indicator WHERE area_code = ? AND"
                + " indicator_code = ? AND year = ?", BigDecimal.class, unit, indicator, year), 1);
    }

    private static String disclosure(String unit, String indicator, int year) {
        return jdbc.queryForObject("SELECT disclosure FROM fact_indicator WHERE area_code = ? AND indicator_code = ?"
                + " AND year = ?", String.class, unit, indicator, year);
    }
}
