package uk.nhs.greenbench.ingest;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a published ERIC cell into a number. Thousands separators and a leading pound sign are removed;
 * the publisher's markers for "no value" become empty. Anything else that is not a finite number is an error
 * the caller reports with file, row and column. One rule for digit grouping, whatever the separator (comma, space,
 * no-break space): groups of three after the first, one separator throughout ("1,234", "1 234 567"; never "4 2").
 * Magnitudes above {@link #LIMIT} are refused: no estates, returns or prescribing figure comes near it, and sums of
 * such numbers would overflow.
 */
public final class NumberParser {
    private static final Set<String> MISSING = Set.of("", "not applicable", "n/a", "na", "-", "not available", "no data provided");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}([, \u00A0\u202F])\\d{3}(\\1\\d{3})*(\\.\\d*)?");
    /** The largest magnitude read (10^15): a kWh, m³, tonne or £ figure this large is an error, and sums of it overflow. */
    public static final double LIMIT = 1e15;
    /** Longest plain decimal taken by the fast path; longer ones go through the full rules. */
    private static final int FAST_PATH_MAX = 18;

    private NumberParser() {
    }

    /** Thrown for text that is neither a number nor a recognised "no value" marker. */
    public static final class NotANumber extends Exception {
        public NotANumber(String message) {
            super(message);
        }
    }

    public static OptionalDouble parse(String raw) throws NotANumber {
        if (raw == null) return OptionalDouble.empty();
        String s = raw.trim();
        if (isPlainDecimal(s)) {
            double v = plainValue(s);
            if (Math.abs(v) > LIMIT) throw new NotANumber("number out of range (more than 10^15 in size): \"" + s + "\"");
            return OptionalDouble.of(v);
        }
        if (MISSING.contains(s.toLowerCase(Locale.ROOT))) return OptionalDouble.empty();
        String unsigned = s.replace("£", "").trim();
        String cleaned = unsigned.replace(",", "").replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
        if (!NUMBER.matcher(cleaned).matches()) {
            throw new NotANumber("expected a number or \"Not Applicable\", found \"" + s + "\"");
        }
        if (!cleaned.equals(unsigned) && !GROUPED.matcher(unsigned).matches()) {
            throw new NotANumber("expected a number with thousands separators (comma or space) in groups of three, found \"" + s + "\"");
        }
        double v = Double.parseDouble(cleaned);
        if (!Double.isFinite(v) || Math.abs(v) > LIMIT) {
            throw new NotANumber("number out of range (more than 10^15 in size): \"" + s + "\"");
        }
        return OptionalDouble.of(v);
    }

    /**
     * A plain decimal's value, the same double {@link Double#parseDouble} gives: when its digits make a whole number
     * below 2^53 and it has at most 22 decimals, that number and the power of ten are exact doubles, and one IEEE
     * division of them is the correctly rounded value (Clinger's fast path), which is what parseDouble returns. Every
     * ERIC cell fits; anything else goes to parseDouble. A million-row site file parses 40 million cells.
     */
    static double plainValue(String s) {
        int n = s.length();
        boolean negative = s.charAt(0) == '-';
        long digits = 0;
        int decimals = -1;
        for (int i = negative ? 1 : 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                decimals = 0;
                continue;
            }
            digits = digits * 10 + (c - '0');
            if (decimals >= 0) decimals++;
        }
        // isPlainDecimal allows at most 18 characters, so digits cannot overflow a long.
        if (digits > EXACT_LIMIT || decimals > 22) return Double.parseDouble(s);
        double v = decimals > 0 ? digits / POWERS_OF_TEN[decimals] : digits;
        return negative ? -v : v;
    }

    private static final long EXACT_LIMIT = 1L << 53;
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }

    /** Most cells are plain decimals such as {@code 1234.5} or {@code -3}: parse them without the regular expressions. */
    private static boolean isPlainDecimal(String s) {
        int n = s.length();
        if (n == 0 || n > FAST_PATH_MAX) return false;
        int i = s.charAt(0) == '-' ? 1 : 0;
        boolean digits = false, point = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') digits = true;
            else if (c == '.' && !point) point = true;
            else return false;
        }
        return digits;
    }
}
