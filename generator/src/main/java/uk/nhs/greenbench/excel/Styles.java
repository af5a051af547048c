package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.xlsx.Style;

/**
 * The cell styles of the workbooks, Arial throughout. Inputs follow the financial-modelling convention: blue text
 * on a pale yellow fill, unlocked.
 */
public final class Styles {
    /** NHS blue, used for the highlighted trust and headings. */
    public static final String NHS_BLUE = "005EB8";
    public static final String PEER_GREY = "A6A6A6";
    public static final String MEDIAN_ORANGE = "ED8B00";
    public static final String STRETCH_GREEN = "009639";
    private static final Style BASE = Style.DEFAULT.withVertical("top");
    private static final Style INPUT = BASE.withColor("0000C0").withFill("FFF2CC").withBorder().unlocked();
    /**
     * Styles made on demand, once per workbook each: a number format, a quartile fill or a spine cell is asked for on
     * every row, and one style object per use cost the writer a comparison of twelve fields per cell to find the
     * style it had already written (JFR: a tenth of a workbook's time).
     */
    private final java.util.Map<String, Style> made = new java.util.HashMap<>();

    public final Style title = BASE.withSize(16).withBold().withColor(NHS_BLUE);
    public final Style subtitle = BASE.withSize(11).withColor("404040");
    public final Style header = BASE.withBold().withColor("FFFFFF").withFill(NHS_BLUE).withWrap().withVertical("center");
    public final Style text = BASE;
    public final Style wrap = BASE.withWrap();
    public final Style label = BASE.withBold();
    public final Style note = BASE.withSize(9).withColor("595959").withWrap();
    /** A note on one line, running across the empty cells to its right (a wrapped note in a narrow column is a tower). */
    public final Style noteLine = BASE.withSize(9).withColor("595959");
    public final Style integer = number("#,##0");
    /** A calendar year as a number (2030, not 2,030). */
    public final Style year = number("0");
    /** A negative £ saving is a cost: it reads "costs £X" (the cell keeps its negative value for formulas). */
    public final Style gbp = number("£#,##0;\"costs \"£#,##0;£0");
    /** tCO2e to one decimal; exactly zero reads 0 (a conditional format hiding tiny negatives reads differently in Excel and LibreOffice). */
    public final Style tco2e = number("#,##0.0;-#,##0.0;0");
    /** A saving that is another view of a headline gap, not added to the total: grey italic, as in the reports. */
    public final Style gbpAside = gbp.withItalic().withColor("5E6B73");
    public final Style tco2eAside = tco2e.withItalic().withColor("5E6B73");
    public final Style percent = number("0.0%");
    public final Style input = INPUT.withFormat("#,##0.00000");
    public final Style inputText = INPUT.withFormat("@");
    public final Style inputGbp = INPUT.withFormat("£#,##0.0000");
    public final Style missing = BASE.withSize(9).withItalic().withColor("808080").withHorizontal("right");
    public final Style link = BASE.withColor(NHS_BLUE);

    /** A number style with the given Excel format. */
    public Style number(String format) {
        return made.computeIfAbsent(format, BASE::withFormat);
    }

    /** A number format that suits values of this size: whole numbers from 100, one decimal from 10, else two. */
    public Style forMagnitude(Double typical) {
        double m = typical == null ? 0 : Math.abs(typical);
        return number(m >= 100 ? "#,##0" : m >= 10 ? "#,##0.0" : "#,##0.00");
    }

    /** A filled style for a quartile position (text stays readable on every fill). */
    public Style position(Position p) {
        return made.computeIfAbsent("position " + p.name(), k -> BASE.withBold().withFill(p.fill()).withColor(p.textColour()));
    }

    /**
     * The style made by {@code make}, made once per workbook under {@code key}: for a style asked for on every row
     * (a spine cell's), so that its cells share one style object.
     */
    Style made(String key, java.util.function.Supplier<Style> make) {
        return made.computeIfAbsent(key, k -> make.get());
    }
}
