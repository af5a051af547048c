package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.xlsx.Chart;
import uk.nhs.greenbench.xlsx.Sheet;

import java.util.ArrayList;
import java.util.List;

/** The workbooks' native charts (DrawingML, not pictures), placed on a sheet over ranges of that sheet. */
public final class Charts {
    private Charts() {
    }

    /** Where a chart goes: columns and rows of its top-left and bottom-right corners. */
    public record Box(int col1, int row1, int col2, int row2) {
    }

    /** Rows {@code first}..{@code last} (0-based, inclusive) of one column of {@code sheet}. */
    public static Chart.Range column(Sheet sheet, int first, int last, int col) {
        return new Chart.Range(sheet.name(), first, last, col);
    }

    /**
     * Peers as ranked bars with one bar highlighted, the median as a line and the stretch benchmark (the best quartile)
     * as a second line beside it: the two targets the savings are priced against.
     *
     * @param highlight index (0-based) of the bar to highlight, or -1
     */
    public static void peerBars(Sheet sheet, Box box, String title, String axisTitle, Chart.Range categories,
                                Chart.Range values, Chart.Range median, Chart.Range stretch, int highlight) {
        Chart.Series bars = Chart.Series.bars("Trusts compared", values, Styles.PEER_GREY);
        if (highlight >= 0) bars = bars.highlighting(highlight, Styles.NHS_BLUE);
        place(sheet, box, new Chart(title, axisTitle, false, categories, List.of(bars,
                Chart.Series.line("Peer median (typical)", median, Styles.MEDIAN_ORANGE, 2.25),
                Chart.Series.line("Best quartile (stretch)", stretch, Styles.STRETCH_GREEN, 1.5)), 40));
    }

    /** Bars of one series in one colour (one bar optionally highlighted) and a reference (the median, a path) as a line. */
    public static void barsWithMedian(Sheet sheet, Box box, String title, String axisTitle, Chart.Range categories,
                                      Chart.Range values, Chart.Range median, int highlight, String seriesName, String colour,
                                      String lineName) {
        Chart.Series bars = Chart.Series.bars(seriesName, values, colour);
        if (highlight >= 0) bars = bars.highlighting(highlight, Styles.NHS_BLUE);
        place(sheet, box, new Chart(title, axisTitle, false, categories,
                List.of(bars, Chart.Series.line(lineName, median, Styles.MEDIAN_ORANGE, 2.25)), 40));
    }

    /** Horizontal bars, one series per value column, each with its own colour. */
    public static void bars(Sheet sheet, Box box, String title, String axisTitle, Chart.Range categories,
                            Chart.Range[] series, String[] names, String[] colours) {
        List<Chart.Series> all = new ArrayList<>();
        for (int i = 0; i < series.length; i++) all.add(Chart.Series.bars(names[i], series[i], colours[i]));
        place(sheet, box, new Chart(title, axisTitle, true, categories, all, 50));
    }

    /** Lines over years on a time axis: each year placed by its value, so a gap of four years looks like one. */
    public static void overYears(Sheet sheet, Box box, String title, String axisTitle, Chart.Range years, Chart.Range[] series,
                                 String[] names, String[] colours) {
        overYears(sheet, box, title, axisTitle, "Financial year starting", years, series, names, colours);
    }

    /** The same, with the year axis named (calendar years for paths to 2040). */
    public static void overYears(Sheet sheet, Box box, String title, String axisTitle, String yearAxis, Chart.Range years,
                                 Chart.Range[] series, String[] names, String[] colours) {
        List<Chart.Series> lines = new ArrayList<>();
        for (int i = 0; i < series.length; i++) lines.add(Chart.Series.line(names[i], series[i], colours[i], 2.25));
        place(sheet, box, Chart.xy(title, axisTitle, yearAxis, years, lines));
    }

    /**
     * An organisation's line over years against its comparators' percentiles: {@code series} holds the organisation, then
     * the 10th, 25th, 50th, 75th and 90th percentiles. The bands are thin grey lines, darker and thicker towards the
     * median, and the organisation a thick blue line drawn last, on top, so it reads in print without colour.
     */
    public static void overYearsWithBands(Sheet sheet, Box box, String title, String axisTitle, Chart.Range years, Chart.Range[] series,
                                          String org) {
        List<Chart.Series> lines = new ArrayList<>();
        lines.add(Chart.Series.line("90th percentile", series[5], "BFBFBF", 1.0));
        lines.add(Chart.Series.line("75th percentile", series[4], "8C8C8C", 1.25));
        lines.add(Chart.Series.line("Median", series[3], "404040", 1.5));
        lines.add(Chart.Series.line("25th percentile", series[2], "8C8C8C", 1.25));
        lines.add(Chart.Series.line("10th percentile", series[1], "BFBFBF", 1.0));
        lines.add(Chart.Series.line(org, series[0], Styles.NHS_BLUE, 2.75));
        place(sheet, box, Chart.xy(title, axisTitle, "Financial year starting", years, lines));
    }

    private static void place(Sheet sheet, Box box, Chart chart) {
        sheet.chart(new Sheet.PlacedChart(chart, box.col1(), box.row1(), box.col2(), box.row2()));
    }
}
