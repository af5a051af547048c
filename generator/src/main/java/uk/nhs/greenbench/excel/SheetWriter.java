package uk.nhs.greenbench.excel;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes cells on one sheet. Text from the data is always stored as a string cell, so a name beginning with
 * {@code =}, {@code +}, {@code -} or {@code @} is shown as text and can never run as a formula.
 */
public final class SheetWriter {
    public static final String NOT_AVAILABLE = "not available";
    private final XSSFSheet sheet;
    private final Styles styles;

    public SheetWriter(XSSFSheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    public XSSFSheet sheet() {
        return sheet;
    }

    public Styles styles() {
        return styles;
    }

    public XSSFCell cell(int row, int col) {
        XSSFRow r = sheet.getRow(row);
        if (r == null) r = sheet.createRow(row);
        XSSFCell c = r.getCell(col);
        return c == null ? r.createCell(col) : c;
    }

    public XSSFCell text(int row, int col, String value, CellStyle style) {
        XSSFCell c = cell(row, col);
        c.setCellValue(value == null ? "" : value);
        if (style != null) c.setCellStyle(style);
        return c;
    }

    /** A number, or the words "not available" when there is none. */
    public XSSFCell number(int row, int col, Double value, CellStyle style) {
        if (value == null || value.isNaN() || value.isInfinite()) return text(row, col, NOT_AVAILABLE, styles.missing);
        XSSFCell c = cell(row, col);
        c.setCellValue(value);
        if (style != null) c.setCellStyle(style);
        return c;
    }

    public XSSFCell formula(int row, int col, String formula, CellStyle style) {
        XSSFCell c = cell(row, col);
        c.setCellFormula(formula);
        if (style != null) c.setCellStyle(style);
        return c;
    }

    /** Headers on one row. */
    public void headers(int row, int firstCol, String... names) {
        for (int i = 0; i < names.length; i++) text(row, firstCol + i, names[i], styles.header);
    }

    /** Column widths in characters. */
    public void widths(int... chars) {
        for (int i = 0; i < chars.length; i++) sheet.setColumnWidth(i, Math.min(255, chars[i]) * 256);
    }
}
