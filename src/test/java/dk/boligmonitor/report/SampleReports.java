package dk.boligmonitor.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.boligmonitor.report.AreaReport.Chart;
import dk.boligmonitor.report.AreaReport.ChartPoint;
import dk.boligmonitor.report.AreaReport.CriterionLine;
import dk.boligmonitor.report.AreaReport.IndicatorRow;
import dk.boligmonitor.report.BoardPacket.CriteriaOverview;
import dk.boligmonitor.report.BoardPacket.CriterionMark;
import dk.boligmonitor.report.BoardPacket.ListStanding;
import dk.boligmonitor.report.BoardPacket.LoadedFile;
import dk.boligmonitor.rules.Status;

/**
 * A realistic programme with two areas, built by hand: nine years, a missing and a suppressed figure, a chart gap,
 * every criterion status, an official list with an area on it, and two source files.
 */
final class SampleReports {

    static final String PROGRAMME = "Boligsocial helhedsplan for Skælskør, Korsør og Slagelse";
    static final String PERIOD = "2017–2021";
    static final String MUNICIPALITY = "Slagelse Kommune";
    static final String COUNTRY = "Hele landet";
    static final String MOTALAVEJ = "Motalavej";
    static final String RINGPARKEN = "Ringparken og Schackenborgvænge";
    static final LocalDate GENERATED_ON = LocalDate.of(2026, 11, 24);
    static final String CRIME_FILE = "kriminalitet_2013-2021.csv";
    static final String EMPLOYMENT_FILE = "beskaeftigelse_omraader.xlsx";

    private static final String CRIME = "Kriminalretlige afgørelser pr. 1.000 beboere";
    private static final String CRIME_UNIT = "afgørelser pr. 1.000 beboere (18–64 år)";
    private static final String UNEMPLOYED = "Personer uden for arbejdsmarkedet";
    private static final String EDUCATION = "Unge (18–29 år) med erhvervskompetencegivende uddannelse eller i gang med uddannelse";
    private static final int FIRST_YEAR = 2013;
    private static final int LAST_YEAR = 2021;

    private SampleReports() {
    }

    /** Writes the sample PDFs for a look at the layout: {@code target/report-samples} unless a directory is given. */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/report-samples");
        ReportRenderer renderer = new ReportRenderer();
        renderer.writeAreaReport(renderer.layOut(motalavej()), dir.resolve("motalavej.pdf"));
        renderer.writeAreaReport(renderer.layOut(ringparken()), dir.resolve("ringparken.pdf"));
        renderer.writeBoardPacket(packet(renderer), dir.resolve("bestyrelsespakke.pdf"));
        renderer.writeAreaReport(renderer.layOut(generated("Æblehaven", 2010, 2024, 40)), dir.resolve("long.pdf"));
    }

    static AreaReport motalavej() {
        return area(MOTALAVEJ,
                new String[]{"55,1", "38,8", "34,2", "29,0", "27,4", "25,9", "24,1", "22,8", "21,5"},
                new String[]{"1.000", "1.020", "–", "985", "..", "940", "951", "930", "918"},
                new Double[]{55.1, 38.8, 34.2, null, 27.4, 25.9, 24.1, 22.8, 21.5});
    }

    static AreaReport ringparken() {
        return area(RINGPARKEN,
                new String[]{"41,7", "40,2", "36,9", "35,5", "..", "30,8", "28,7", "27,0", "25,2"},
                new String[]{"2.140", "2.105", "2.080", "2.010", "1.990", "1.975", "–", "1.912", "1.890"},
                new Double[]{41.7, 40.2, 36.9, 35.5, null, 30.8, 28.7, 27.0, 25.2});
    }

    static BoardPacket packet(ReportRenderer renderer) {
        return packet(renderer, List.of(motalavej(), ringparken()), officialList());
    }

    /** The packet of {@code areas}, each laid out by {@code renderer} as the report job lays it out. */
    static BoardPacket packet(ReportRenderer renderer, List<AreaReport> areas, List<ListStanding> officialList) {
        List<String> criteria = List.of("Færre kriminalretlige afgørelser", "Flere i uddannelse",
                "Flere i beskæftigelse", "Tryghed i boligområdet", "Fraflytningsprocenten skal falde 10 % om året");
        List<Status> statuses = List.of(Status.values());
        List<CriterionMark> marks = new ArrayList<>();
        for (String unit : List.of("Hele programmet", MOTALAVEJ, RINGPARKEN)) {
            for (int number = 1; number <= criteria.size(); number++) {
                // every status once, and one criterion that is not the programme's own
                boolean notOwn = unit.equals("Hele programmet") && number == 2;
                marks.add(new CriterionMark(unit, number,
                        notOwn ? null : statuses.get((marks.size()) % statuses.size())));
            }
        }
        List<LoadedFile> sources = List.of(
                new LoadedFile(CRIME_FILE, "Danmarks Statistik – kriminalretlige afgørelser og beboere", "2013–2021",
                        216, LocalDateTime.of(2026, 11, 24, 9, 15), "e9b4efdfa2e2"),
                new LoadedFile(EMPLOYMENT_FILE, "Landsbyggefonden – Boligsociale data", "2013, 2015, 2017–2021",
                        1708, LocalDateTime.of(2026, 11, 24, 9, 16), "394cf055f2f1"));
        return new BoardPacket(PROGRAMME, PERIOD, GENERATED_ON, new CriteriaOverview(2021, criteria, marks),
                officialList, areas.stream().map(renderer::layOut).toList(), sources, PacketChanges.first());
    }

    /** Motalavej on the list in 2018 and 2019, Ringparken with a criterion unknown in 2020. */
    static List<ListStanding> officialList() {
        List<ListStanding> standings = new ArrayList<>();
        for (int year = 2018; year <= 2021; year++) {
            standings.add(new ListStanding(MOTALAVEJ, year, year <= 2019 ? 3 : 1, 4,
                    year == 2018 ? ListStatus.PARALLELSAMFUND : year == 2019 ? ListStatus.UDSAT : ListStatus.IKKE_PAA_LISTEN));
            standings.add(new ListStanding(RINGPARKEN, year, year == 2021 ? 0 : 2, year == 2020 ? 3 : 4,
                    year == 2021 ? ListStatus.INGEN_DATA : ListStatus.UDSAT));
        }
        return standings;
    }

    /**
     * An area with {@code indicators} indicators over {@code firstYear}..{@code lastYear}: enough of them run
     * over several pages, more years than fit run the table on below itself.
     */
    static AreaReport generated(String name, int firstYear, int lastYear, int indicators) {
        List<IndicatorRow> table = new ArrayList<>();
        List<ChartPoint> points = new ArrayList<>();
        for (int indicator = 1; indicator <= indicators; indicator++) {
            Map<Integer, String> area = new LinkedHashMap<>();
            Map<Integer, String> municipality = new LinkedHashMap<>();
            for (int year = firstYear; year <= lastYear; year++) {
                area.put(year, (10 * indicator + year - firstYear) + "," + (year % 10));
                municipality.put(year, "9,9");
            }
            String heading = "Indikator nr. " + indicator + " for " + name;
            table.add(new IndicatorRow(indicator, heading, "pct.", 1, name, area, "+1,0 pp"));
            table.add(new IndicatorRow(indicator, heading, "pct.", 2, MUNICIPALITY, municipality, ""));
        }
        for (int year = firstYear; year <= lastYear; year++) {
            points.add(new ChartPoint(name, year, 10.0 + year - firstYear));
            points.add(new ChartPoint(MUNICIPALITY, year, 9.9));
        }
        return new AreaReport(PROGRAMME, PERIOD, name, MUNICIPALITY + " og hele landet", GENERATED_ON, table, lastYear,
                List.of(new Chart("Indikator nr. 1 for " + name, "pct.", points)),
                List.of(new CriterionLine("Flere i uddannelse", "Andelen skal stige", lastYear, Status.MET, "10,0", "12,0")),
                List.of("Kilde: genererede tal."));
    }

    private static AreaReport area(String name, String[] crime, String[] unemployed, Double[] crimeChart) {
        String[] municipalityCrime = {"11,8", "10,3", "11,4", "11,0", "10,6", "10,8", "11,1", "10,2", "10,9"};
        String[] countryCrime = {"10,1", "9,9", "9,8", "9,6", "9,9", "9,7", "9,5", "9,4", "9,3"};
        String[] municipalityUnemployed = {"9.870", "9.910", "9.802", "9.755", "9.690", "9.604", "9.581", "9.511", "9.473"};
        String[] education = {"48,0", "49,5", "..", "52,1", "53,0", "–", "55,6", "56,2", "57,9"};
        String[] municipalityEducation = {"61,2", "61,8", "62,0", "62,5", "63,1", "63,0", "63,4", "64,0", "64,2"};

        List<IndicatorRow> table = new ArrayList<>();
        // Given out of order on purpose: the report must sort by indicator, then series.
        table.add(row(3, EDUCATION, "pct.", 2, MUNICIPALITY, municipalityEducation, ""));
        table.add(row(3, EDUCATION, "pct.", 1, name, education, "+1,7 pp"));
        table.add(row(1, CRIME, CRIME_UNIT, 3, COUNTRY, countryCrime, ""));
        table.add(row(1, CRIME, CRIME_UNIT, 2, MUNICIPALITY, municipalityCrime, ""));
        table.add(row(1, CRIME, CRIME_UNIT, 1, name, crime, "−1,3"));
        table.add(row(2, UNEMPLOYED, "antal personer", 1, name, unemployed, "–"));
        table.add(row(2, UNEMPLOYED, "antal personer", 2, MUNICIPALITY, municipalityUnemployed, ""));

        List<ChartPoint> crimePoints = new ArrayList<>();
        List<ChartPoint> educationPoints = new ArrayList<>();
        for (int i = 0; i < crimeChart.length; i++) {
            crimePoints.add(new ChartPoint(name, FIRST_YEAR + i, crimeChart[i]));
            crimePoints.add(new ChartPoint(MUNICIPALITY, FIRST_YEAR + i, parse(municipalityCrime[i])));
            crimePoints.add(new ChartPoint(COUNTRY, FIRST_YEAR + i, parse(countryCrime[i])));
            educationPoints.add(new ChartPoint(name, FIRST_YEAR + i,
                    education[i].matches("\\d[0-9,.]*") ? parse(education[i]) : null));
        }

        List<CriterionLine> criteria = new ArrayList<>();
        for (int year = 2018; year <= LAST_YEAR; year++) {
            criteria.add(new CriterionLine("Færre kriminalretlige afgørelser",
                    "Mindst 25 % færre afgørelser end i basisåret 2016", year,
                    year < LAST_YEAR ? Status.ON_TRACK : Status.MET, "21,8", "21,5"));
        }
        criteria.add(new CriterionLine("Flere i uddannelse",
                "Andelen skal nå kommunens niveau", LAST_YEAR, Status.NOT_MET, "64,2", "57,9"));
        criteria.add(new CriterionLine("Flere i beskæftigelse",
                "Færre uden for arbejdsmarkedet end året før", 2020, Status.NOT_ON_TRACK, "930", "951"));
        criteria.add(new CriterionLine("Flere i beskæftigelse",
                "Færre uden for arbejdsmarkedet end året før", LAST_YEAR, Status.SUPPRESSED, "930", ".."));
        criteria.add(new CriterionLine("Tryghed i boligområdet",
                "Trygheden måles i beboerundersøgelsen", 2020, Status.NOT_SIGNIFICANT, "75,0", "74,1"));
        criteria.add(new CriterionLine("Tryghed i boligområdet",
                "Trygheden måles i beboerundersøgelsen", LAST_YEAR, Status.NO_DATA, "75,0", "–"));

        return new AreaReport(PROGRAMME, PERIOD, name, MUNICIPALITY + " og hele landet", GENERATED_ON, table, LAST_YEAR,
                List.of(new Chart(CRIME, "afgørelser pr. 1.000 beboere", crimePoints),
                        new Chart(EDUCATION, "pct.", educationPoints)),
                criteria,
                List.of(CRIME + ": Danmarks Statistik, særkørsel for Landsbyggefonden, " + CRIME_FILE + " (2013–2021).",
                        UNEMPLOYED + ": Boligsociale data, Landsbyggefonden, " + EMPLOYMENT_FILE + " (2013–2021).",
                        Footnotes.SUPPRESSION));
    }

    private static IndicatorRow row(int indicatorOrder, String indicator, String unit, int seriesOrder, String series,
                                    String[] texts, String change) {
        Map<Integer, String> byYear = new LinkedHashMap<>();
        for (int i = 0; i < texts.length; i++) {
            byYear.put(FIRST_YEAR + i, texts[i]);
        }
        return new IndicatorRow(indicatorOrder, indicator, unit, seriesOrder, series, byYear, change);
    }

    private static Double parse(String danish) {
        return Double.valueOf(danish.replace(".", "").replace(',', '.'));
    }
}
