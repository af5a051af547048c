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
        // Most values already have 15 digits or fewer: only the long ones are rounded.
        if (shortest.length() <= 16) return shortest;
        return roundedTo15(shortest);
    }

    /**
     * Java's shortest decimal of a double rounded to 15 significant digits, half to even, trailing zeros dropped,
     * written as {@code BigDecimal.toString} writes it: the same text as
     * {@code new BigDecimal(shortest).round(15 digits).stripTrailingZeros().toString()}, in long arithmetic (the
     * BigDecimal route was a third of a workbook's number writing; XmlNumberTest compares the two).
     */
    static String roundedTo15(String shortest) {
        boolean negative = shortest.charAt(0) == '-';
        int e = shortest.indexOf('E');
        int end = e < 0 ? shortest.length() : e;
        int exponent = e < 0 ? 0 : Integer.parseInt(shortest, e + 1, shortest.length(), 10);
        // unscaled × 10^-scale, as BigDecimal holds it: every digit of the mantissa, the point removed.
        long unscaled = 0;
        int digits = 0, scale = 0;
        boolean afterPoint = false;
        for (int i = negative ? 1 : 0; i < end; i++) {
            char c = shortest.charAt(i);
            if (c == '.') {
                afterPoint = true;
                continue;
            }
            unscaled = unscaled * 10 + (c - '0');
            if (unscaled > 0) digits++;
            if (afterPoint) scale++;
        }
        scale -= exponent;
        while (digits > 15) {
            int drop = digits - 15;
            long divisor = POWERS[drop];
            long kept = unscaled / divisor, rest = unscaled % divisor, half = divisor / 2;
            if (rest > half || (rest == half && (kept & 1) == 1)) kept++;
            unscaled = kept;
            scale -= drop;
            digits = unscaled >= POWERS[15] ? 16 : 15;
        }
        if (unscaled == 0) return "0";
        while (unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        String d = Long.toString(unscaled);
        int adjusted = d.length() - 1 - scale;
        StringBuilder sb = new StringBuilder(24);
        if (negative) sb.append('-');
        if (scale == 0) return sb.append(d).toString();
        if (scale > 0 && adjusted >= -6) {
            if (d.length() > scale) return sb.append(d, 0, d.length() - scale).append('.').append(d, d.length() - scale, d.length()).toString();
            sb.append("0.");
            for (int i = d.length(); i < scale; i++) sb.append('0');
            return sb.append(d).toString();
        }
        sb.append(d.charAt(0));
        if (d.length() > 1) sb.append('.').append(d, 1, d.length());
        return sb.append('E').append(adjusted > 0 ? "+" : "").append(adjusted).toString();
    }

    private static final long[] POWERS = new long[19];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) POWERS[i] = POWERS[i - 1] * 10;
    }
}
