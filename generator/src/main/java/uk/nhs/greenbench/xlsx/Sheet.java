package uk.nhs.greenbench.xlsx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** One worksheet: its cells and its sheet-level settings (widths, panes, filters, validation, print, tables, charts). */
public final class Sheet {
    /** A drop-down list on one cell; anything else typed there is refused with the message. */
    public record ListValidation(int row, int col, List<String> values, String errorTitle, String error) {
    }

    /** An Excel table over a range whose first row holds the column names. */
    public record Table(String name, int r1, int c1, int r2, int c2) {
    }

    /** A chart placed between the top-left corners of two cells. */
    public record PlacedChart(Chart chart, int col1, int row1, int col2, int row2) {
    }

    private final String name;
    /**
     * The cells, row by row, each row an array by column (null where there is none): a cell costs one array slot,
     * where sorted maps of boxed keys cost about 60 bytes a cell, which was half the live heap of the x10
     * benchmark's largest workbooks.
     */
    private final ArrayList<Cell[]> rows = new ArrayList<>();
    private final Map<Integer, Double> widths = new TreeMap<>();
    private final List<ListValidation> validations = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<PlacedChart> charts = new ArrayList<>();
    private final SortedSet<Integer> rowBreaks = new TreeSet<>();
    private int freezeCols, freezeRows;
    private String autoFilter;
    private boolean landscape, printSetUp;
    private int repeatFirst = -1, repeatLast = -1;
    /** The rows above this one are in {@link #spill}; {@link #rows} holds only their kept cells. */
    private int spilledBefore;
    private RowSpill spill;
    /** Where the spilled rows lie, for the sheet's dimension. */
    private final Extent spilledExtent = new Extent();
    /**
     * Marks a cell of a spilled row that was not kept: a spilled row stays in {@link #rows} as a copy holding only the
     * cells read when the workbook is written (the values this sheet's charts show, which they cache, and its tables'
     * header rows, which name their columns), this marker in every other place. An array slot a cell: a map of kept
     * cells by boxed position cost about 64 bytes each, and a trust compared with every trust at x10 keeps hundreds of
     * thousands. A chart or table added after its rows were spilled finds the marker, and writing the workbook fails.
     */
    private static final Cell NOT_KEPT = new Cell.Blank(null);

    Sheet(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public void put(int row, int col, Cell cell) {
        if (row < 0 || col < 0 || row > 1_048_575 || col > 16_383) throw new IllegalArgumentException("no cell at " + row + "," + col);
        if (cell == null) throw new IllegalArgumentException("no cell given for " + row + "," + col);
        if (row < spilledBefore) throw new IllegalStateException(written(row));
        while (rows.size() <= row) rows.add(null);
        Cell[] r = rows.get(row);
        if (r == null || r.length <= col) {
            r = r == null ? new Cell[col + 1] : Arrays.copyOf(r, Math.max(col + 1, r.length + (r.length >> 1)));
            rows.set(row, r);
        }
        r[col] = cell;
    }

    public Cell get(int row, int col) {
        Cell[] r = row < rows.size() ? rows.get(row) : null;
        if (row < spilledBefore && (r == null || col >= r.length || r[col] == NOT_KEPT)) throw new IllegalStateException(written(row));
        return r == null || col >= r.length ? null : r[col];
    }

    /**
     * Moves the rows above {@code row} (0-based, exclusive) out of memory into a temporary file; they are written
     * back in order with the sheet, unchanged. For sheets with a row per trust and indicator, called as their rows
     * are finished: those rows can no longer be changed, and only the cells that the sheet's charts show and its tables'
     * header rows, as placed so far, can still be read.
     */
    public void spillRowsBefore(int row) {
        if (row <= spilledBefore) return;
        if (spill == null) spill = new RowSpill();
        while (rows.size() < row) rows.add(null);
        Cell[][] kept = new Cell[row - spilledBefore][];
        for (PlacedChart p : charts) {
            keep(kept, p.chart().categories());
            for (Chart.Series series : p.chart().series()) keep(kept, series.values());
        }
        for (Table t : tables) {
            if (t.r1() >= spilledBefore && t.r1() < row) for (int c = t.c1(); c <= t.c2(); c++) keep(kept, t.r1(), c);
        }
        for (int r = spilledBefore; r < row; r++) {
            Cell[] cells = rows.get(r);
            if (cells != null) {
                spilledExtent.add(r, cells);
                spill.write(r, cells);
            }
            rows.set(r, kept[r - spilledBefore]);
        }
        spilledBefore = row;
    }

    /** Keeps the cells of a chart's range on this sheet among the rows about to be spilled. */
    private void keep(Cell[][] kept, Chart.Range range) {
        if (range == null || !range.sheet().equals(name)) return;
        int last = Math.min(range.lastRow(), spilledBefore + kept.length - 1);
        for (int r = Math.max(range.firstRow(), spilledBefore); r <= last; r++) keep(kept, r, range.col());
    }

    /** Keeps one cell (null for an empty one) of a row about to be spilled, in that row's copy. */
    private void keep(Cell[][] kept, int row, int col) {
        Cell[] copy = kept[row - spilledBefore];
        if (copy == null || copy.length <= col) {
            int from = copy == null ? 0 : copy.length;
            copy = copy == null ? new Cell[col + 1] : Arrays.copyOf(copy, col + 1);
            Arrays.fill(copy, from, col + 1, NOT_KEPT);
            kept[row - spilledBefore] = copy;
        }
        copy[col] = get(row, col);
    }

    private String written(int row) {
        return "row " + (row + 1) + " of the " + name + " sheet was already moved out of memory";
    }

    /** Column width in characters. */
    public void width(int col, double chars) {
        widths.put(col, chars);
    }

    public void freeze(int cols, int rowsAbove) {
        this.freezeCols = cols;
        this.freezeRows = rowsAbove;
    }

    public void autoFilter(int r1, int c1, int r2, int c2) {
        autoFilter = Ref.range(r1, c1, r2, c2);
    }

    public void validation(ListValidation v) {
        validations.add(v);
    }

    public void table(Table t) {
        tables.add(t);
    }

    public void chart(PlacedChart c) {
        charts.add(c);
    }

    /** Landscape or portrait, A4, fitted to one page wide. */
    public void print(boolean landscape) {
        this.landscape = landscape;
        this.printSetUp = true;
    }

    /** Rows repeated at the top of every printed page (0-based, inclusive). */
    public void repeatRows(int first, int last) {
        repeatFirst = first;
        repeatLast = last;
    }

    public void rowBreak(int row) {
        rowBreaks.add(row);
    }

    /** Each row with cells, in order, as an array by column with nulls between: first those moved out of memory. */
    void forEachRow(RowSpill.RowVisitor visitor) throws java.io.IOException {
        if (spill != null) spill.forEach(visitor);
        for (int r = spilledBefore; r < rows.size(); r++) {
            Cell[] row = rows.get(r);
            if (row != null) visitor.row(r, row);
        }
    }

    /** The range from the first row with cells and their first column to the last row and last column; A1 when empty. */
    String dimension() {
        Extent extent = new Extent(spilledExtent);
        for (int r = spilledBefore; r < rows.size(); r++) {
            Cell[] row = rows.get(r);
            if (row != null) extent.add(r, row);
        }
        return extent.ref();
    }

    /** The first and last rows given and the first and last columns of their cells. */
    private static final class Extent {
        private int firstRow = -1, lastRow = -1, minCol = Integer.MAX_VALUE, maxCol = 0;

        Extent() {
        }

        Extent(Extent from) {
            firstRow = from.firstRow;
            lastRow = from.lastRow;
            minCol = from.minCol;
            maxCol = from.maxCol;
        }

        /** Rows are added in order. */
        void add(int r, Cell[] row) {
            if (firstRow < 0) firstRow = r;
            lastRow = r;
            for (int c = 0; c < row.length; c++) {
                if (row[c] == null) continue;
                minCol = Math.min(minCol, c);
                maxCol = Math.max(maxCol, c);
            }
        }

        String ref() {
            return firstRow < 0 ? "A1" : Ref.range(firstRow, minCol, lastRow, maxCol);
        }
    }

    /** Removes the temporary file of rows moved out of memory, if any. */
    void release() {
        if (spill != null) spill.close();
    }

    Map<Integer, Double> widths() {
        return widths;
    }

    List<ListValidation> validations() {
        return validations;
    }

    List<Table> tables() {
        return tables;
    }

    List<PlacedChart> charts() {
        return charts;
    }

    SortedSet<Integer> rowBreaks() {
        return rowBreaks;
    }

    int freezeCols() {
        return freezeCols;
    }

    int freezeRows() {
        return freezeRows;
    }

    String autoFilterRef() {
        return autoFilter;
    }

    boolean landscape() {
        return landscape;
    }

    boolean printSetUp() {
        return printSetUp;
    }

    int repeatFirst() {
        return repeatFirst;
    }

    int repeatLast() {
        return repeatLast;
    }
}
