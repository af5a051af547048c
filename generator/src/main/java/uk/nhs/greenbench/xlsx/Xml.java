package uk.nhs.greenbench.xlsx;

/** Escaping for SpreadsheetML text and attributes. */
final class Xml {
    private Xml() {
    }

    /**
     * Text safe for an element or attribute: markup characters escaped, and characters XML cannot hold (controls
     * such as U+0000) written the way Excel writes them, {@code _xHHHH_}, as is a literal {@code _x} that would
     * otherwise be read as such an escape.
     */
    static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (rep == null && ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF
                    || (Character.isSurrogate(c) && !validPair(s, i)))) {
                rep = String.format("_x%04X_", (int) c);
            }
            if (rep == null && c == '_' && isEscapeLike(s, i)) rep = "_x005F_";
            if (rep != null) {
                if (sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                sb.append(rep);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static boolean isEscapeLike(String s, int i) {
        if (i + 7 > s.length() || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') return false;
        for (int k = i + 2; k < i + 6; k++) if (Character.digit(s.charAt(k), 16) < 0) return false;
        return true;
    }

    /** A number as SpreadsheetML stores it: whole numbers without a decimal point, others as Java writes them. */
    /**
     * A number as a cell stores it: to Excel's 15 significant digits, so that a sum such as 3014.5600000000004 reads
     * 3014.56 in the formula bar (the digits after the 15th are binary noise, not data).
     */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        String shortest = Double.toString(v);
        // Most values already have 15 digits or fewer: only the long ones pay for BigDecimal.
        if (shortest.length() <= 16) return shortest;
        return java.math.BigDecimal.valueOf(v).round(FIFTEEN_DIGITS).stripTrailingZeros().toString();
    }

    private static final java.math.MathContext FIFTEEN_DIGITS = new java.math.MathContext(15, java.math.RoundingMode.HALF_EVEN);
}
