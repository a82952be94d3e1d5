package dk.boligmonitor.report;

import dk.boligmonitor.report.AreaReport.Chart;
import dk.boligmonitor.report.AreaReport.ChartPoint;
import dk.boligmonitor.report.AreaReport.CriterionLine;
import dk.boligmonitor.report.AreaReport.IndicatorCell;
import dk.boligmonitor.report.BoardPacket.SummaryLine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A realistic programme with two areas, built by hand: nine years, a missing and a suppressed figure, a chart gap. */
final class SampleReports {

    static final String PROGRAMME = "Boligsocial helhedsplan for Skælskør, Korsør og Slagelse";
    static final String PERIOD = "2017–2021";
    static final String MUNICIPALITY = "Slagelse Kommune";
    static final String MOTALAVEJ = "Motalavej";
    static final String RINGPARKEN = "Ringparken og Schackenborgvænge";
    static final LocalDate GENERATED_ON = LocalDate.of(2026, 11, 24);

    private static final String CRIME = "Kriminalretlige afgørelser pr. 1.000 beboere";
    private static final String CRIME_UNIT = "afgørelser pr. 1.000 beboere (18–64 år)";
    private static final String UNEMPLOYED = "Personer uden for arbejdsmarkedet";
    private static final String EDUCATION = "Unge (18–29 år) med erhvervskompetencegivende uddannelse eller i gang med uddannelse";
    private static final int FIRST_YEAR = 2013;

    private SampleReports() {
    }

    /** Writes the sample PDFs for a look at the layout: {@code target/report-samples} unless a directory is given. */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/report-samples");
        ReportRenderer renderer = new ReportRenderer();
        renderer.writeAreaReport(motalavej(), dir.resolve("motalavej.pdf"));
        renderer.writeAreaReport(ringparken(), dir.resolve("ringparken.pdf"));
        renderer.writeBoardPacket(packet(), dir.resolve("bestyrelsespakke.pdf"));
        renderer.writeAreaReport(generated("Æblehaven", 2010, 2024, 40), dir.resolve("long.pdf"));
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

    static BoardPacket packet() {
        return new BoardPacket(PROGRAMME, PERIOD, GENERATED_ON,
                List.of(new SummaryLine(MOTALAVEJ, MUNICIPALITY, CRIME, 2021, "21,5", "10,9", 2, 1, 1),
                        new SummaryLine(RINGPARKEN, MUNICIPALITY, CRIME, 2021, "25,2", "10,9", 1, 2, 1)),
                List.of(motalavej(), ringparken()));
    }

    /**
     * An area with {@code indicators} indicators over {@code firstYear}..{@code lastYear}: enough of them run
     * over several pages, more years than fit run the table on below itself.
     */
    static AreaReport generated(String name, int firstYear, int lastYear, int indicators) {
        List<IndicatorCell> table = new ArrayList<>();
        List<ChartPoint> points = new ArrayList<>();
        for (int indicator = 1; indicator <= indicators; indicator++) {
            for (int year = firstYear; year <= lastYear; year++) {
                String value = (10 * indicator + year - firstYear) + "," + (year % 10);
                table.add(new IndicatorCell(indicator, "Indikator nr. " + indicator + " for " + name, "pct.", 1, name, year, value));
                table.add(new IndicatorCell(indicator, "Indikator nr. " + indicator + " for " + name, "pct.", 2, MUNICIPALITY, year, "9,9"));
            }
        }
        for (int year = firstYear; year <= lastYear; year++) {
            points.add(new ChartPoint(name, year, 10.0 + year - firstYear));
            points.add(new ChartPoint(MUNICIPALITY, year, 9.9));
        }
        return new AreaReport(PROGRAMME, PERIOD, name, MUNICIPALITY, GENERATED_ON, table,
                new Chart("Indikator nr. 1 for " + name, "pct.", points),
                List.of(new CriterionLine("Flere i uddannelse", "Andelen skal stige", lastYear, "Opfyldt", "10,0", "12,0")),
                List.of("Kilde: genererede tal."));
    }

    private static AreaReport area(String name, String[] crime, String[] unemployed, Double[] crimeChart) {
        String[] municipalityCrime = {"11,8", "10,3", "11,4", "11,0", "10,6", "10,8", "11,1", "10,2", "10,9"};
        String[] municipalityUnemployed = {"9.870", "9.910", "9.802", "9.755", "9.690", "9.604", "9.581", "9.511", "9.473"};
        String[] education = {"48,0", "49,5", "..", "52,1", "53,0", "–", "55,6", "56,2", "57,9"};
        String[] municipalityEducation = {"61,2", "61,8", "62,0", "62,5", "63,1", "63,0", "63,4", "64,0", "64,2"};

        List<IndicatorCell> table = new ArrayList<>();
        // Given out of order on purpose: the report must sort by indicator, then series, then year.
        addRow(table, 3, EDUCATION, "pct.", 2, MUNICIPALITY, municipalityEducation);
        addRow(table, 3, EDUCATION, "pct.", 1, name, education);
        addRow(table, 1, CRIME, CRIME_UNIT, 2, MUNICIPALITY, municipalityCrime);
        addRow(table, 1, CRIME, CRIME_UNIT, 1, name, crime);
        addRow(table, 2, UNEMPLOYED, "antal personer", 1, name, unemployed);
        addRow(table, 2, UNEMPLOYED, "antal personer", 2, MUNICIPALITY, municipalityUnemployed);

        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < crimeChart.length; i++) {
            points.add(new ChartPoint(name, FIRST_YEAR + i, crimeChart[i]));
            points.add(new ChartPoint(MUNICIPALITY, FIRST_YEAR + i, parse(municipalityCrime[i])));
        }

        List<CriterionLine> criteria = List.of(
                new CriterionLine("Færre kriminalretlige afgørelser",
                        "Mindst 25 % færre afgørelser end i basisåret 2016", 2021, "Opfyldt", "21,8", "21,5"),
                new CriterionLine("Flere i uddannelse",
                        "Andelen skal nå kommunens niveau", 2021, "Ikke opfyldt", "64,2", "57,9"),
                new CriterionLine("Flere i beskæftigelse",
                        "Færre uden for arbejdsmarkedet end året før", 2021, "Opfyldt", "930", "918"),
                new CriterionLine("Tryghed i boligområdet",
                        "Trygheden måles i beboerundersøgelsen", 2021, "Ingen data", "75,0", "–"));

        return new AreaReport(PROGRAMME, PERIOD, name, MUNICIPALITY, GENERATED_ON, table,
                new Chart(CRIME, "afgørelser pr. 1.000 beboere", points),
                criteria,
                List.of("Kilde: Danmarks Statistik, særkørsel for Landsbyggefonden (kriminalitet_2013-2021.csv).",
                        "Kilde: Boligsociale data, Landsbyggefonden (beskaeftigelse_omraader.xlsx), udtræk august 2026."));
    }

    private static void addRow(List<IndicatorCell> table, int indicatorOrder, String indicator, String unit,
                               int seriesOrder, String series, String[] texts) {
        for (int i = 0; i < texts.length; i++) {
            table.add(new IndicatorCell(indicatorOrder, indicator, unit, seriesOrder, series, FIRST_YEAR + i, texts[i]));
        }
    }

    private static Double parse(String danish) {
        return Double.valueOf(danish.replace(".", "").replace(',', '.'));
    }
}
