package uk.nhs.greenbench.xlsx;

/** What a cell holds. Text is always stored as text: a value beginning with {@code =} never becomes a formula. */
public sealed interface Cell permits Cell.Text, Cell.Number, Cell.Formula, Cell.Blank {
    Style style();

    record Text(String value, Style style) implements Cell {
        /** Excel's limit on the characters of a cell: longer text makes Excel refuse or repair the file. */
        public static final int MAX_LENGTH = 32_767;

        public Text {
            value = value == null ? "" : value;
            if (value.length() > MAX_LENGTH) value = cut(value);
        }

        /** Text cut to the cell limit, saying it was cut and where the whole text is. */
        static String cut(String value) {
            String note = " [cut at Excel's limit of 32,767 characters from " + String.format(java.util.Locale.UK, "%,d", value.length())
                    + ": the whole text is in the pack's CSV files]";
            int keep = MAX_LENGTH - note.length();
            // Never split a surrogate pair.
            if (Character.isHighSurrogate(value.charAt(keep - 1))) keep--;
            return value.substring(0, keep) + note;
        }
    }

    /** A formatted cell with nothing in it: text to its left may run across it, as across any empty cell. */
    record Blank(Style style) implements Cell {
    }

    record Number(double value, Style style) implements Cell {
        public Number {
            if (!Double.isFinite(value)) throw new IllegalArgumentException("not a finite number: " + value);
        }
    }

    /**
     * A formula without its leading {@code =}, with the result the engine already computed for it (a finite number
     * or text), written as the cell's cached value: that is what a reader sees before any recalculation, and the
     * tests check that Excel's own arithmetic over the formula gives the same.
     */
    record Formula(String formula, Object cached, Style style) implements Cell {
        public Formula {
            if (cached instanceof Double d ? !Double.isFinite(d) : !(cached instanceof String)) {
                throw new IllegalArgumentException("no engine value for the formula " + formula + ": " + cached);
            }
        }
    }

    /** What the cell shows before recalculation: its text, number or the formula's cached result. */
    default Object shown() {
        if (this instanceof Text t) return t.value();
        if (this instanceof Number n) return n.value();
        return ((Formula) this).cached();
    }
}
