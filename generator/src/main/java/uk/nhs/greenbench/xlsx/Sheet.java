package uk.nhs.greenbench.xlsx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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

    Sheet(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public void put(int row, int col, Cell cell) {
        if (row < 0 || col < 0 || row > 1_048_575 || col > 16_383) throw new IllegalArgumentException("no cell at " + row + "," + col);
        if (cell == null) throw new IllegalArgumentException("no cell given for " + row + "," + col);
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
        return r == null || col >= r.length ? null : r[col];
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

    /** Rows by index, each its cells by column with nulls between; null for a row without cells. */
    List<Cell[]> rows() {
        return Collections.unmodifiableList(rows);
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
