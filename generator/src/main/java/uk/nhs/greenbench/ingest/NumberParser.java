package uk.nhs.greenbench.ingest;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a published ERIC cell into a number. Thousands separators and a leading pound sign are removed;
 * the publisher's markers for "no value" become empty. Anything else that is not a finite number is an error
 * the caller reports with file, row and column.
 */
public final class NumberParser {
    private static final Set<String> MISSING = Set.of("", "not applicable", "n/a", "na", "-", "not available");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
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
        if (isPlainDecimal(s)) return OptionalDouble.of(Double.parseDouble(s));
        if (MISSING.contains(s.toLowerCase(Locale.ROOT))) return OptionalDouble.empty();
        String cleaned = s.replace("£", "").replace(",", "").replace(" ", "");
        if (!NUMBER.matcher(cleaned).matches()) {
            throw new NotANumber("expected a number or \"Not Applicable\", found \"" + s + "\"");
        }
        if (s.indexOf(',') >= 0 && !GROUPED.matcher(s.replace("£", "").trim()).matches()) {
            throw new NotANumber("expected a number with thousands separators in groups of three, found \"" + s + "\"");
        }
        double v = Double.parseDouble(cleaned);
        if (!Double.isFinite(v)) throw new NotANumber("number out of range: \"" + s + "\"");
        return OptionalDouble.of(v);
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
