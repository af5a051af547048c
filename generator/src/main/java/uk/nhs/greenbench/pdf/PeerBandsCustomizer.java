package uk.nhs.greenbench.pdf;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.util.HashMap;
import java.util.Map;

/**
 * For the charts of an organisation against its comparators over time (named in trend-page.jrxml; OpenPrescribing's view
 * of a measure): the percentile series the report hands over ({@link BandCharts#P10} … {@link BandCharts#P90}) become two
 * shaded bands, 10th–90th and 25th–75th, with the median dashed and the organisation's own line on top in NHS blue. The
 * years are whole years on a time axis, so a gap of three years looks like one.
 */
public final class PeerBandsCustomizer implements JRChartCustomizer {
    private static final Color OUTER = new Color(0xDD, 0xE3, 0xEA), INNER = new Color(0xAE, 0xB7, 0xBD);

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        XYPlot plot = chart.getXYPlot();
        XYDataset data = plot.getDataset();
        Map<String, Integer> index = new HashMap<>();
        for (int s = 0; s < data.getSeriesCount(); s++) index.put(String.valueOf(data.getSeriesKey(s)), s);
        YIntervalSeries outer = new YIntervalSeries("10th to 90th percentile"), inner = new YIntervalSeries("25th to 75th percentile");
        XYSeries median = new XYSeries("Median"), own = null;
        Integer p10 = index.get(BandCharts.P10), p25 = index.get(BandCharts.P25), p50 = index.get(BandCharts.P50),
                p75 = index.get(BandCharts.P75), p90 = index.get(BandCharts.P90);
        if (p10 == null || p25 == null || p50 == null || p75 == null || p90 == null) return;
        for (int i = 0; i < data.getItemCount(p50); i++) {
            double x = data.getXValue(p50, i), m = data.getYValue(p50, i);
            outer.add(x, m, data.getYValue(p10, i), data.getYValue(p90, i));
            inner.add(x, m, data.getYValue(p25, i), data.getYValue(p75, i));
            median.add(x, m);
        }
        for (int s = 0; s < data.getSeriesCount(); s++) {
            String key = String.valueOf(data.getSeriesKey(s));
            if (BandCharts.PERCENTILES.contains(key)) continue;
            own = new XYSeries(key);
            for (int i = 0; i < data.getItemCount(s); i++) own.add(data.getXValue(s, i), data.getYValue(s, i));
        }
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        bands.addSeries(outer);
        bands.addSeries(inner);
        DeviationRenderer bandRenderer = new DeviationRenderer(false, false);
        bandRenderer.setAlpha(1f);
        bandRenderer.setSeriesFillPaint(0, OUTER);
        bandRenderer.setSeriesFillPaint(1, INNER);
        bandRenderer.setSeriesPaint(0, OUTER);
        bandRenderer.setSeriesPaint(1, INNER);
        bandRenderer.setSeriesStroke(0, new BasicStroke(0f));
        bandRenderer.setSeriesStroke(1, new BasicStroke(0f));
        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(median);
        if (own != null) lines.addSeries(own);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, true);
        lineRenderer.setSeriesPaint(0, new Color(0x42, 0x55, 0x63));
        lineRenderer.setSeriesStroke(0, new BasicStroke(1.25f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{4f, 3f}, 0f));
        lineRenderer.setSeriesShapesVisible(0, false);
        lineRenderer.setSeriesPaint(1, new Color(0x00, 0x5E, 0xB8));
        lineRenderer.setSeriesStroke(1, new BasicStroke(2.25f));
        plot.setDataset(0, bands);
        plot.setRenderer(0, bandRenderer);
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        // The wide band first, the middle half over it.
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        NumberAxis years = (NumberAxis) plot.getDomainAxis();
        double min = median.getMinX(), max = median.getMaxX();
        if (own != null && own.getItemCount() > 0) {
            min = Math.min(min, own.getMinX());
            max = Math.max(max, own.getMaxX());
        }
        years.setTickUnit(new NumberTickUnit(max - min > 6 ? 5 : 2, new DecimalFormat("0")));
        years.setRange(min - 0.5, max + 0.5);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setAutoRangeIncludesZero(true);
        values.setUpperMargin(0.12);
    }
}
