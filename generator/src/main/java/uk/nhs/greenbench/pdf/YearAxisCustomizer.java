package uk.nhs.greenbench.pdf;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;

import java.awt.BasicStroke;
import java.text.DecimalFormat;

/**
 * For the Net Zero charts (named in trend-page.jrxml): years on the x axis every five years with no thousands
 * separator, a year's margin either side of the data, tonnes as a reader says them (2.5m, 150k; see {@link TonnesFormat}), and the path drawn dashed so that it reads apart from the
 * actual values in greyscale. JFreeChart would otherwise put ticks at 2.5-year steps and label them as whole years.
 */
public class YearAxisCustomizer implements JRChartCustomizer {
    private static final int PATH_SERIES = 1;

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        XYPlot plot = chart.getXYPlot();
        // Two charts share the width: a small legend keeps each on one line.
        if (chart.getLegend() != null) chart.getLegend().setItemFont(new java.awt.Font("DejaVu Sans", java.awt.Font.PLAIN, 7));
        XYDataset data = plot.getDataset();
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                min = Math.min(min, data.getXValue(s, i));
                max = Math.max(max, data.getXValue(s, i));
            }
        }
        NumberAxis years = (NumberAxis) plot.getDomainAxis();
        years.setTickUnit(new NumberTickUnit(5, new DecimalFormat("0")));
        if (min <= max) years.setRange(min - 1, max + 1);
        double top = 0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) top = Math.max(top, data.getYValue(s, i));
        }
        NumberAxis tonnes = (NumberAxis) plot.getRangeAxis();
        tonnes.setNumberFormatOverride(TonnesFormat.forLargest(top));
        // Room above the highest point, so its marker is not cut by the plot's edge.
        tonnes.setUpperMargin(0.12);
        int path = pathSeries(data);
        if (path >= 0 && data.getSeriesCount() > path) {
            plot.getRenderer().setSeriesStroke(path, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[]{6f, 4f}, 0f));
        }
    }

    /** The series drawn dashed: the Net Zero path (the second series of a trend chart). */
    protected int pathSeries(XYDataset data) {
        return PATH_SERIES;
    }
}
