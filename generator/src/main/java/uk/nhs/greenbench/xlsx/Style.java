package uk.nhs.greenbench.xlsx;

/**
 * How a cell looks: font, fill, border, alignment, number format and whether it is locked. Equal styles are
 * written once; colours are {@code RRGGBB} hex or null for the default.
 *
 * @param numberFormat an Excel format code such as {@code #,##0.0}, or null for General
 * @param border       a thin border on all four sides
 * @param horizontal   {@code left}, {@code center}, {@code right} or null
 * @param vertical     {@code top}, {@code center}, {@code bottom} or null
 * @param locked       false for input cells a user may edit when the sheet is protected
 */
public record Style(String font, double size, boolean bold, boolean italic, String color, String fill, boolean border,
                    boolean wrap, String horizontal, String vertical, String numberFormat, boolean locked) {
    public static final Style DEFAULT = new Style("Arial", 10, false, false, null, null, false, false, null, null, null, true);

    public Style withSize(double points) {
        return new Style(font, points, bold, italic, color, fill, border, wrap, horizontal, vertical, numberFormat, locked);
    }

    public Style withBold() {
        return new Style(font, size, true, italic, color, fill, border, wrap, horizontal, vertical, numberFormat, locked);
    }

    public Style withItalic() {
        return new Style(font, size, bold, true, color, fill, border, wrap, horizontal, vertical, numberFormat, locked);
    }

    public Style withColor(String rgb) {
        return new Style(font, size, bold, italic, rgb, fill, border, wrap, horizontal, vertical, numberFormat, locked);
    }

    public Style withFill(String rgb) {
        return new Style(font, size, bold, italic, color, rgb, border, wrap, horizontal, vertical, numberFormat, locked);
    }

    public Style withBorder() {
        return new Style(font, size, bold, italic, color, fill, true, wrap, horizontal, vertical, numberFormat, locked);
    }

    public Style withWrap() {
        return new Style(font, size, bold, italic, color, fill, border, true, horizontal, vertical, numberFormat, locked);
    }

    public Style withHorizontal(String h) {
        return new Style(font, size, bold, italic, color, fill, border, wrap, h, vertical, numberFormat, locked);
    }

    public Style withVertical(String v) {
        return new Style(font, size, bold, italic, color, fill, border, wrap, horizontal, v, numberFormat, locked);
    }

    public Style withFormat(String code) {
        return new Style(font, size, bold, italic, color, fill, border, wrap, horizontal, vertical, code, locked);
    }

    public Style unlocked() {
        return new Style(font, size, bold, italic, color, fill, border, wrap, horizontal, vertical, numberFormat, false);
    }
}
