package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.xlsx.Cell;
import uk.nhs.greenbench.xlsx.Sheet;
import uk.nhs.greenbench.xlsx.Style;

/**
 * Writes cells on one sheet. Text from the data is always stored as a text cell, so a name beginning with
 * {@code =}, {@code +}, {@code -} or {@code @} is shown as text and can never run as a formula.
 */
public final class SheetWriter {
    public static final String NOT_AVAILABLE = "not available";
    /** Finished rows a sheet keeps in memory before they are moved out ({@link #finishedBefore}). */
    static final int ROWS_IN_MEMORY = 1000;
    private final Sheet sheet;
    private final Styles styles;
    private int finished;

    public SheetWriter(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /**
     * Says the rows above {@code row} are finished; once a thousand have gathered they leave memory for a temporary
     * file ({@link Sheet#spillRowsBefore}), so a sheet with a row per member trust and indicator never holds them all.
     */
    public void finishedBefore(int row) {
        if (row - finished < ROWS_IN_MEMORY) return;
        sheet.spillRowsBefore(row);
        finished = row;
    }

    public Sheet sheet() {
        return sheet;
    }

    public Styles styles() {
        return styles;
    }

    public void text(int row, int col, String value, Style style) {
        sheet.put(row, col, new Cell.Text(value, style));
    }

    /** A formatted empty cell (a fill, no value). */
    public void blank(int row, int col, Style style) {
        sheet.put(row, col, new Cell.Blank(style));
    }

    /** A number, or the words "not available" when there is none. */
    public void number(int row, int col, Double value, Style style) {
        if (value == null || value.isNaN() || value.isInfinite()) text(row, col, NOT_AVAILABLE, styles.missing);
        else sheet.put(row, col, new Cell.Number(value, style));
    }

    /**
     * A live formula whose cached value is the figure the engine computed for it ({@code engineValue}); the
     * workbook never works a figure out itself. A formula with no figure behind it is a mistake in the writer.
     */
    public void formula(int row, int col, String formula, Double engineValue, Style style) {
        put(row, col, formula, engineValue, style);
    }

    /** A live formula whose result is text (a name, a choice), cached as the engine's text. */
    public void textFormula(int row, int col, String formula, String engineText, Style style) {
        put(row, col, formula, engineText, style);
    }

    private void put(int row, int col, String formula, Object cached, Style style) {
        if (cached == null) {
            throw new IllegalStateException("no figure behind the formula " + formula + " at '" + sheet.name() + "'!"
                    + uk.nhs.greenbench.xlsx.Ref.cell(row, col));
        }
        sheet.put(row, col, new Cell.Formula(formula, cached, style));
    }

    /** Headers on one row. */
    public void headers(int row, int firstCol, String... names) {
        for (int i = 0; i < names.length; i++) text(row, firstCol + i, names[i], styles.header);
    }

    /** Column widths in characters. */
    public void widths(int... chars) {
        for (int i = 0; i < chars.length; i++) sheet.width(i, Math.min(255, chars[i]));
    }
}
