package uk.nhs.greenbench.pdf;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How figures read in the reports: £ with separators, tCO2e to one decimal, missing as "not available". */
public final class Formats {
    public static final String NOT_AVAILABLE = "not available";
    private static final DecimalFormatSymbols UK = DecimalFormatSymbols.getInstance(Locale.UK);

    private Formats() {
    }

    private static String format(String pattern, Double v) {
        if (v == null || v.isNaN() || v.isInfinite()) return NOT_AVAILABLE;
        return new DecimalFormat(pattern, UK).format(v);
    }

    public static String gbp(Double v) {
        if (v != null && Math.round(v) < 0) return "-" + format("£#,##0", -v);
        return format("£#,##0", v == null ? null : Math.abs(v) < 0.5 ? 0.0 : v);
    }

    /** £ in words for large sums: £1.2 million, £350,000. */
    public static String gbpShort(Double v) {
        if (v == null || v.isNaN()) return NOT_AVAILABLE;
        if (Math.abs(v) >= 1_000_000) return format("£#,##0.0", v / 1_000_000) + " million";
        return gbp(v);
    }

    public static String tco2e(Double v) {
        return format("#,##0.0", v);
    }

    public static String tco2eWithUnit(Double v) {
        String s = tco2e(v);
        return s.equals(NOT_AVAILABLE) ? s : s + " tCO2e";
    }

    /** A value at a precision that suits its size (as the workbooks show it). */
    public static String value(Double v, Double typical) {
        double m = typical == null ? (v == null ? 0 : Math.abs(v)) : Math.abs(typical);
        return format(m >= 100 ? "#,##0" : m >= 10 ? "#,##0.0" : "#,##0.00", v);
    }

    /** In dense tables a missing figure is "n/a"; each table says what that means. */
    public static final String CELL_NOT_AVAILABLE = "n/a";

    /** A table cell: the formatted figure, or "n/a". */
    public static String cell(String formatted) {
        return NOT_AVAILABLE.equals(formatted) ? CELL_NOT_AVAILABLE : formatted;
    }

    public static String integer(Integer v) {
        return v == null ? NOT_AVAILABLE : String.valueOf(v);
    }
}
