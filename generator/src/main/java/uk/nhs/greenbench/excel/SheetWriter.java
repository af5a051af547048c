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
    private final Sheet sheet;
    private final Styles styles;

    public SheetWriter(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
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

    /** A number, or the words "not available" when there is none. */
    public void number(int row, int col, Double value, Style style) {
        if (value == null || value.isNaN() || value.isInfinite()) text(row, col, NOT_AVAILABLE, styles.missing);
        else sheet.put(row, col, new Cell.Number(value, style));
    }

    public void formula(int row, int col, String formula, Style style) {
        sheet.put(row, col, new Cell.Formula(formula, style));
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
