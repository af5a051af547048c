package uk.nhs.greenbench.xlsx;

import java.util.List;

/**
 * A native chart over cell ranges: bars (columns, or horizontal bars) with optional lines on the same axes.
 * Every series has an explicit colour: without one LibreOffice draws some series invisible.
 *
 * @param horizontal bars along the value axis from the left, categories top to bottom
 * @param gapWidth   space between bar groups, as a percentage of a bar's width
 */
public record Chart(String title, String axisTitle, boolean horizontal, Range categories, List<Series> series, int gapWidth,
                    String xAxisTitle) {
    public Chart {
        series = List.copyOf(series);
    }

    public Chart(String title, String axisTitle, boolean horizontal, Range categories, List<Series> series, int gapWidth) {
        this(title, axisTitle, horizontal, categories, series, gapWidth, null);
    }

    /**
     * Lines over numeric x values (an XY chart): the x axis is spaced by value, so years are spaced by years, not
     * evenly as categories would be.
     */
    public static Chart xy(String title, String axisTitle, String xAxisTitle, Range x, List<Series> lines) {
        return new Chart(title, axisTitle, false, x, lines, 0, xAxisTitle);
    }

    /** Whether the categories are numeric x values (an XY chart). */
    public boolean xy() {
        return xAxisTitle != null;
    }

    /** One column of cells on a sheet (rows inclusive, 0-based). */
    public record Range(String sheet, int firstRow, int lastRow, int col) {
        String formula() {
            return Ref.sheet(sheet) + "!" + Ref.absolute(firstRow, col) + ":" + Ref.absolute(lastRow, col);
        }

        int size() {
            return lastRow - firstRow + 1;
        }
    }

    /**
     * @param line           drawn as a line (no markers) rather than bars
     * @param lineWidth      line width in points, for lines
     * @param highlight      index of one bar drawn in {@code highlightColor}, or -1
     */
    public record Series(String name, Range values, boolean line, String color, double lineWidth, int highlight,
                         String highlightColor) {
        public static Series bars(String name, Range values, String color) {
            return new Series(name, values, false, color, 0, -1, null);
        }

        public static Series line(String name, Range values, String color, double width) {
            return new Series(name, values, true, color, width, -1, null);
        }

        public Series highlighting(int index, String colour) {
            return new Series(name, values, line, color, lineWidth, index, colour);
        }
    }
}
