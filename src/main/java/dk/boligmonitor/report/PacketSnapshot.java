package dk.boligmonitor.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.boligmonitor.config.Indicator;
import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.report.AreaReport.CriterionLine;
import dk.boligmonitor.report.AreaReport.IndicatorRow;
import dk.boligmonitor.report.BoardPacket.ListStanding;
import dk.boligmonitor.report.ReportAssembler.Series;
import dk.boligmonitor.report.ReportAssembler.Subject;

/**
 * What a board packet showed, as printed: every figure (by series, indicator and year; a municipality's figure
 * shown beside several areas is one figure), each criterion's latest status per unit, and each area's latest
 * standing on the official list. Kept with the packet's edition as lines of tab-separated text, so the next
 * packet can compare what it shows with it.
 */
record PacketSnapshot(Map<String, Figure> figures, Map<String, Standing> criteria, Map<String, Standing> list) {

    private static final String TAB = "\t";
    private static final String FIGURE = "F";
    private static final String CRITERION = "C";
    private static final String LIST = "L";

    /** A figure as printed ("34,2", "–" for missing, ".." for suppressed), with what names it on the page. */
    record Figure(String seriesCode, String seriesName, String indicatorCode, String indicatorName, int year,
                  String text) {
        String key() {
            return seriesCode + TAB + indicatorCode + TAB + year;
        }

        boolean shown() {
            return !text.equals(WarehouseFigures.SUPPRESSED) && !text.equals(DanishFormat.MISSING);
        }
    }

    /** How a criterion stood for a unit (or an area on the official list) in the latest year the packet showed. */
    record Standing(String unitName, String what, int year, String status) {
        String key() {
            return unitName + TAB + what;
        }
    }

    /** What {@code packet} shows, its units' reports as assembled for it. */
    static PacketSnapshot of(List<FiguresWorkbook.UnitReport> units, BoardPacket packet,
                             Map<String, String> indicatorCodes) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        Map<String, Standing> criteria = new LinkedHashMap<>();
        for (FiguresWorkbook.UnitReport unit : units) {
            Subject subject = unit.subject();
            List<Series> series = subject.series();
            for (IndicatorRow row : unit.report().table()) {
                Series shown = series.get(row.seriesOrder());
                String name = FiguresWorkbook.seriesName(subject, row.seriesOrder(), shown.code());
                row.texts().forEach((year, text) -> {
                    Figure figure = new Figure(shown.code(), name, indicatorCodes.get(row.indicator()),
                            row.indicator(), year, text);
                    figures.putIfAbsent(figure.key(), figure);
                });
            }
            for (CriterionLine line : unit.report().criteria()) {
                Standing standing = new Standing(subject.name(), line.criterion(), line.year(), line.status().name());
                criteria.merge(standing.key(), standing, (a, b) -> a.year() >= b.year() ? a : b);
            }
        }
        Map<String, Standing> list = new LinkedHashMap<>();
        for (ListStanding standing : packet.officialList()) {
            Standing latest = new Standing(standing.area(), LIST, standing.year(), standing.status().name());
            list.merge(latest.key(), latest, (a, b) -> a.year() >= b.year() ? a : b);
        }
        return new PacketSnapshot(figures, criteria, list);
    }

    String text() {
        StringBuilder text = new StringBuilder();
        figures.values().forEach(f -> line(text, FIGURE, f.seriesCode(), f.seriesName(), f.indicatorCode(),
                f.indicatorName(), Integer.toString(f.year()), f.text()));
        criteria.values().forEach(s -> line(text, CRITERION, s.unitName(), s.what(), Integer.toString(s.year()),
                s.status()));
        list.values().forEach(s -> line(text, LIST, s.unitName(), s.what(), Integer.toString(s.year()), s.status()));
        return text.toString();
    }

    static PacketSnapshot parse(String text) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        Map<String, Standing> criteria = new LinkedHashMap<>();
        Map<String, Standing> list = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String[] f = line.split(TAB, -1);
            switch (f[0]) {
                case FIGURE -> {
                    Figure figure = new Figure(f[1], f[2], f[3], f[4], Integer.parseInt(f[5]), f[6]);
                    figures.put(figure.key(), figure);
                }
                case CRITERION -> {
                    Standing standing = new Standing(f[1], f[2], Integer.parseInt(f[3]), f[4]);
                    criteria.put(standing.key(), standing);
                }
                case LIST -> {
                    Standing standing = new Standing(f[1], f[2], Integer.parseInt(f[3]), f[4]);
                    list.put(standing.key(), standing);
                }
                default -> {
                    // an empty snapshot has one empty line
                }
            }
        }
        return new PacketSnapshot(figures, criteria, list);
    }

    /** Tabs and line breaks inside a name would split it; none of ours has them, but a name comes from YAML. */
    private static void line(StringBuilder text, String kind, String... fields) {
        text.append(kind);
        for (String field : fields) {
            text.append(TAB).append(field == null ? "" : field.replace('\t', ' ').replace('\n', ' '));
        }
        text.append('\n');
    }

    /** The indicators' codes by the names the tables print. */
    static Map<String, String> indicatorCodes(List<Indicator> indicators) {
        return indicators.stream().collect(Collectors.toMap(Indicator::name, Indicator::code, (a, b) -> a));
    }
}
