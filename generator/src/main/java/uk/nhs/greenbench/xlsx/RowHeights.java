package uk.nhs.greenbench.xlsx;

import java.util.Map;

/**
 * Row heights for rows that need more than the default: larger fonts and wrapped text. Spreadsheet programs do not
 * all fit rows to their contents when opening a file (LibreOffice keeps the height it is given), so the writer
 * works the height out: lines of wrapped text estimated from the column width and font size, as a person would.
 */
final class RowHeights {
    static final double DEFAULT_POINTS = 12.75;
    private static final double DEFAULT_COLUMN_CHARS = 8.43;
    /** Average Arial character width relative to the digit width Excel measures columns in. */
    private static final double AVERAGE_CHAR = 0.95;
    /** A line of text is 1.2 times its font size, plus a little padding: 12.75 pt for one line of 10 pt, as Excel has it. */
    private static final double LINE_SPACING = 1.2, PADDING = 0.75;

    private RowHeights() {
    }

    /** The height in points the row needs, or 0 when the default will do. */
    static double of(Cell[] cells, Map<Integer, Double> widths) {
        double points = 0;
        for (int col = 0; col < cells.length; col++) {
            Cell cell = cells[col];
            if (cell == null) continue;
            Style s = cell.style() == null ? Style.DEFAULT : cell.style();
            int lines = 1;
            if (s.wrap() && cell instanceof Cell.Text t) {
                double width = widths.getOrDefault(col, DEFAULT_COLUMN_CHARS);
                lines = lines(t.value(), Math.max(1, (int) Math.floor(width * 10 / s.size() / AVERAGE_CHAR)));
            }
            points = Math.max(points, lines * s.size() * LINE_SPACING + PADDING);
        }
        return points > DEFAULT_POINTS + 0.01 ? Math.ceil(points * 4) / 4 : 0;
    }

    /**
     * Lines a text takes when wrapped at word boundaries to {@code perLine} characters: each line of the text is cut at
     * its spaces (two spaces make an empty word between them; spaces at a line's end count for nothing). Counted in
     * place: splitting every wrapped cell's text into words was 3% of a pack's allocation.
     */
    static int lines(String text, int perLine) {
        int lines = 0;
        int start = 0;
        while (true) {
            int newline = text.indexOf('\n', start);
            int stop = newline < 0 ? text.length() : newline;
            lines += paragraphLines(text, start, stop, perLine);
            if (newline < 0) return lines;
            start = newline + 1;
        }
    }

    private static int paragraphLines(String text, int start, int stop, int perLine) {
        int end = stop;
        while (end > start && text.charAt(end - 1) == ' ') end--;
        int lines = 1, used = 0;
        int wordStart = start;
        while (wordStart < end) {
            int space = text.indexOf(' ', wordStart);
            int wordEnd = space < 0 || space > end ? end : space;
            int len = wordEnd - wordStart;
            if (used > 0 && used + 1 + len > perLine) {
                lines++;
                used = 0;
            }
            while (len > perLine) {
                lines++;
                len -= perLine;
            }
            used += (used > 0 ? 1 : 0) + len;
            wordStart = wordEnd + 1;
        }
        return lines;
    }
}
