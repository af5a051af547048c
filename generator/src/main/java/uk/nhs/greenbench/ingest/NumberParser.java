package uk.nhs.greenbench.ingest;

import java.util.OptionalDouble;
import java.util.Set;

/**
 * Turns a published ERIC cell into a number. Thousands separators and a leading pound sign are removed;
 * the publisher's markers for "no value" become empty. Anything else that is not a finite number is an error
 * the caller reports with file, row and column.
 */
public final class NumberParser {
    private static final Set<String> MISSING = Set.of("", "not applicable", "n/a", "na", "-", "not available");

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
        if (MISSING.contains(s.toLowerCase(java.util.Locale.ROOT))) return OptionalDouble.empty();
        String cleaned = s.replace("£", "").replace(",", "").replace(" ", "");
        if (!cleaned.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            throw new NotANumber("expected a number or \"Not Applicable\", found \"" + s + "\"");
        }
        if (s.chars().filter(c -> c == ',').count() > 0 && !s.replace("£", "").trim().matches("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d*)?")) {
            throw new NotANumber("expected a number with thousands separators in groups of three, found \"" + s + "\"");
        }
        double v = Double.parseDouble(cleaned);
        if (!Double.isFinite(v)) throw new NotANumber("number out of range: \"" + s + "\"");
        return OptionalDouble.of(v);
    }
}
