package uk.nhs.greenbench.excel;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native Excel charts (DrawingML, not pictures). Every series gets an explicit colour: without one
 * LibreOffice draws some series invisible.
 */
public final class Charts {
    private Charts() {
    }

    /** Where a chart goes: columns and rows of its top-left and bottom-right corners. */
    public record Box(int col1, int row1, int col2, int row2) {
    }

    /**
     * Peers as ranked bars with one bar highlighted and the median as a line.
     *
     * @param highlight index (0-based) of the bar to highlight, or -1
     */
    public static XSSFChart peerBars(XSSFSheet sheet, Box box, String title, String axisTitle, CellRangeAddress categories,
                                     CellRangeAddress values, CellRangeAddress median, int highlight) {
        return barsWithMedian(sheet, box, title, axisTitle, categories, values, median, highlight, "Trusts compared", Styles.PEER_GREY);
    }

    /** Bars of one series in one colour (one bar optionally highlighted) and the median as a line. */
    public static XSSFChart barsWithMedian(XSSFSheet sheet, Box box, String title, String axisTitle, CellRangeAddress categories,
                                           CellRangeAddress values, CellRangeAddress median, int highlight,
                                           String seriesName, byte[] colour) {
        XSSFChart chart = chart(sheet, box, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTickLabelPosition(AxisTickLabelPosition.LOW);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setTitle(axisTitle);
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        bars.setGapWidth(40);
        XDDFChartData.Series peers = bars.addSeries(cats, XDDFDataSourcesFactory.fromNumericCellRange(sheet, values));
        peers.setTitle(seriesName, null);
        peers.setFillProperties(solid(colour));
        if (highlight >= 0) peers.getDataPoint(highlight).setFillProperties(solid(Styles.NHS_BLUE));
        chart.plot(bars);
        XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        line.setVaryColors(false);
        XDDFLineChartData.Series med = (XDDFLineChartData.Series) line.addSeries(cats, XDDFDataSourcesFactory.fromNumericCellRange(sheet, median));
        med.setTitle("Peer median", null);
        med.setMarkerStyle(MarkerStyle.NONE);
        med.setSmooth(false);
        med.setLineProperties(lineOf(Styles.MEDIAN_ORANGE, 2.25));
        chart.plot(line);
        return chart;
    }

    /** Horizontal bars, one series per value column, each with its own colour. */
    public static XSSFChart bars(XSSFSheet sheet, Box box, String title, String axisTitle, CellRangeAddress categories,
                                 CellRangeAddress[] series, String[] names, byte[][] colours) {
        XSSFChart chart = chart(sheet, box, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.LEFT);
        x.setTickLabelPosition(AxisTickLabelPosition.LOW);
        x.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.BOTTOM);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setTitle(axisTitle);
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        bars.setBarDirection(BarDirection.BAR);
        bars.setVaryColors(false);
        bars.setGapWidth(50);
        for (int i = 0; i < series.length; i++) {
            XDDFNumericalDataSource<Double> v = XDDFDataSourcesFactory.fromNumericCellRange(sheet, series[i]);
            XDDFChartData.Series s = bars.addSeries(cats, v);
            s.setTitle(names[i], null);
            s.setFillProperties(solid(colours[i]));
        }
        chart.plot(bars);
        return chart;
    }

    private static XSSFChart chart(XSSFSheet sheet, Box box, String title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, box.col1(), box.row1(), box.col2(), box.row2());
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    static XDDFSolidFillProperties solid(byte[] rgb) {
        return new XDDFSolidFillProperties(XDDFColor.from(rgb));
    }

    private static XDDFLineProperties lineOf(byte[] rgb, double points) {
        XDDFLineProperties p = new XDDFLineProperties(solid(rgb));
        p.setWidth(points);
        return p;
    }
}
