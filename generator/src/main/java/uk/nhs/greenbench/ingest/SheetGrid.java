package uk.nhs.greenbench.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of one worksheet as text, row by row, as {@link WorkbookTableReader#text} gives them: a row the file does
 * not have is null, and a row holds its cells up to the last one the file writes (a formatted empty cell included).
 */
final class SheetGrid {
    private final List<List<String>> rows = new ArrayList<>();

    /** Sets row {@code index} (0-based) to {@code cells}. */
    void put(int index, List<String> cells) {
        while (rows.size() <= index) rows.add(null);
        rows.set(index, cells);
    }

    /** Row {@code index} (0-based), or null when the sheet has no such row. */
    List<String> row(int index) {
        return index < rows.size() ? rows.get(index) : null;
    }

    /** The 0-based index of the last row; -1 for an empty sheet. */
    int lastRowIndex() {
        return rows.size() - 1;
    }

    /** Cell {@code column} of a row, "" when the row does not reach it. */
    static String cell(List<String> row, int column) {
        return row == null || column >= row.size() ? "" : row.get(column);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SheetGrid g && g.rows.equals(rows);
    }

    @Override
    public int hashCode() {
        return rows.hashCode();
    }

    @Override
    public String toString() {
        return "SheetGrid" + rows;
    }
}
