package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.model.Benchmark;
import uk.nhs.greenbench.figures.QuartilePosition;
import uk.nhs.greenbench.indicator.Polarity;

/**
 * How a {@link QuartilePosition} looks in a workbook: words and colour, never colour alone; green is always better.
 */
public enum Position {
    BEST("C6EFCE", "006100"),
    BETTER("E2F0D9", "375623"),
    MEDIAN("EDEDED", "262626"),
    WORSE("FFEB9C", "9C5700"),
    WORST("FFC7CE", "9C0006");

    /** Fill and text colours, RRGGBB. */
    private final String fill, text;

    Position(String fill, String text) {
        this.fill = fill;
        this.text = text;
    }

    public String label() {
        return QuartilePosition.valueOf(name()).label();
    }

    String fill() {
        return fill;
    }

    String textColour() {
        return text;
    }

    /** The position of {@code value} against a benchmark, or null when either is missing. */
    public static Position of(Double value, Benchmark b, Polarity polarity) {
        QuartilePosition q = QuartilePosition.of(value, b, polarity);
        return q == null ? null : valueOf(q.name());
    }
}
