package uk.nhs.greenbench.xlsx;

/** What a cell holds. Text is always stored as text: a value beginning with {@code =} never becomes a formula. */
public sealed interface Cell permits Cell.Text, Cell.Number, Cell.Formula {
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

    record Number(double value, Style style) implements Cell {
        public Number {
            if (!Double.isFinite(value)) throw new IllegalArgumentException("not a finite number: " + value);
        }
    }

    /** A formula without its leading {@code =}; its cached result is worked out when the workbook is written. */
    record Formula(String formula, Style style) implements Cell {
    }
}
