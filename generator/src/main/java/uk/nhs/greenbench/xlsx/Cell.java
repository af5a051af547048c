package uk.nhs.greenbench.xlsx;

/** What a cell holds. Text is always stored as text: a value beginning with {@code =} never becomes a formula. */
public sealed interface Cell permits Cell.Text, Cell.Number, Cell.Formula {
    Style style();

    record Text(String value, Style style) implements Cell {
        public Text {
            value = value == null ? "" : value;
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
