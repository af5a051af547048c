package uk.nhs.greenbench.figures;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How figures read in the reports and web pages: £ with separators, tCO2e to one decimal, missing as "not available". */
public final class Formats {
    public static final String NOT_AVAILABLE = "not available";
    private static final DecimalFormatSymbols UK = DecimalFormatSymbols.getInstance(Locale.UK);
    /**
     * Each pattern's format made once per thread (a DecimalFormat is not safe to share): making one per figure, and
     * its symbols with it, was most of the web pages' formatting time.
     */
    private static final ThreadLocal<java.util.Map<String, DecimalFormat>> FORMATS = ThreadLocal.withInitial(java.util.HashMap::new);

    private Formats() {
    }

    private static String format(String pattern, Double v) {
        if (v == null || v.isNaN() || v.isInfinite()) return NOT_AVAILABLE;
        return FORMATS.get().computeIfAbsent(pattern, p -> new DecimalFormat(p, UK)).format(v);
    }

    /** A £ saving; a negative one is a cost and reads "costs £X", never as a negative saving. */
    public static String gbp(Double v) {
        if (v != null && Math.round(v) < 0) return "costs " + format("£#,##0", -v);
        return format("£#,##0", v == null ? null : Math.abs(v) < 0.5 ? 0.0 : v);
    }

    /** £ in words for large sums: £1.2 million, £350,000, costs £2.7 million. */
    public static String gbpShort(Double v) {
        if (v == null || v.isNaN()) return NOT_AVAILABLE;
        if (v <= -1_000_000) return "costs " + format("£#,##0.0", -v / 1_000_000) + " million";
        if (v >= 1_000_000) return format("£#,##0.0", v / 1_000_000) + " million";
        return gbp(v);
    }

    /**
     * tCO2e to one decimal below 10,000 and to the tonne from there (England's 2,542,915.5 tCO2e claimed a precision
     * no estimate has); a value that rounds to zero reads 0, never −0.0.
     */
    public static String tco2e(Double v) {
        if (v != null && !v.isNaN() && Math.abs(v) < 0.05) return "0";
        return format(v != null && Math.abs(v) >= 10_000 ? "#,##0" : "#,##0.0", v);
    }

    /**
     * What a move saves, as the object of "would save": "£X and Y tCO2e"; when it costs money, "Y tCO2e at a cost of
     * £X"; when it saves money but no carbon, "£X (money, not carbon: the routes' carbon is about the same)".
     */
    public static String saving(Double gbp, Double tco2e) {
        if (gbp == null && tco2e == null) return NOT_AVAILABLE;
        String t = tco2eWithUnit(tco2e);
        if (gbp == null) return t + " (not priced in £)";
        if (tco2e == null) return Math.round(gbp) < 0 ? "a cost of " + format("£#,##0", -gbp) : gbp(gbp) + " (not priced in carbon)";
        if (Math.round(gbp) < 0) return t + " at a cost of " + format("£#,##0", -gbp);
        if (tco2e != null && Math.abs(tco2e) < 0.05 && Math.round(gbp) > 0) {
            return gbp(gbp) + " (money, not carbon: the carbon of the two routes is about the same)";
        }
        return gbp(gbp) + " and " + t;
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

    /** The change a year so far, as words: "a cut of 4.9% a year so far", or "a rise of 24.7% a year so far" (never "-24.7%"). */
    public static String soFar(double reductionPct) {
        return String.format(Locale.UK, "%s of %.1f%% a year so far", reductionPct < 0 ? "a rise" : "a cut", Math.abs(reductionPct));
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
