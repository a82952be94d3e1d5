package dk.boligmonitor.report;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;

/**
 * Stands a chart's year labels upright when there are more years than fit side by side in a half-width chart:
 * JFreeChart would otherwise shorten each to "...". Named in {@code area-charts.jrxml}.
 */
public final class YearAxis implements JRChartCustomizer {

    /** Labels such as "2013" fit side by side under a half-width chart up to about this many years. */
    private static final int YEARS_SIDE_BY_SIDE = 12;

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        CategoryPlot plot = chart.getCategoryPlot();
        if (plot.getDataset() != null && plot.getDataset().getColumnCount() > YEARS_SIDE_BY_SIDE) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        }
    }
}
