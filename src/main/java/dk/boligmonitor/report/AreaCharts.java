package dk.boligmonitor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dk.boligmonitor.config.Indicator;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Programme;
import dk.boligmonitor.report.AreaReport.Chart;
import dk.boligmonitor.report.AreaReport.ChartPoint;
import dk.boligmonitor.report.ReportAssembler.Series;
import dk.boligmonitor.report.ReportAssembler.Subject;

/**
 * The charts of an area: the programme's headline indicator always, then the move-out rate and the share
 * feeling safe, the two figures the local criteria follow most closely, when the area has any of them.
 */
final class AreaCharts {

    static final String MOVEOUTS = "moveouts";
    static final String SAFETY = "tryghed";

    private AreaCharts() {
    }

    static List<Chart> of(MonitorConfig config, Subject subject, List<Series> series, WarehouseFigures figures) {
        Programme programme = subject.programme();
        Indicator headline = config.indicator(programme.headlineIndicator()).orElseThrow();
        Stream<Indicator> followed = Stream.concat(
                config.indicators().stream().filter(i -> MOVEOUTS.equals(i.derived())),
                config.indicator(SAFETY).stream());
        List<Chart> charts = new ArrayList<>();
        charts.add(chart(headline, programme, series, figures));
        followed.filter(indicator -> !indicator.equals(headline))
                .map(indicator -> chart(indicator, programme, series, figures))
                .filter(chart -> chart.points().stream()
                        .anyMatch(point -> point.series().equals(series.get(0).name()) && point.value() != null))
                .forEach(charts::add);
        return charts;
    }

    /** A series with no figure at all is left out, so the legend names only lines that are drawn. */
    private static Chart chart(Indicator indicator, Programme programme, List<Series> series, WarehouseFigures figures) {
        List<ChartPoint> points = new ArrayList<>();
        for (Series one : series) {
            List<ChartPoint> line = new ArrayList<>();
            for (int year = programme.firstYear(); year <= programme.lastYear(); year++) {
                Optional<Double> value = figures.value(one.code(), indicator.code(), year, indicator.decimals());
                line.add(new ChartPoint(one.name(), year, value.orElse(null)));
            }
            if (line.stream().anyMatch(p -> p.value() != null)) {
                points.addAll(line);
            }
        }
        return new Chart(indicator.name(), indicator.unit().label(), points);
    }
}
