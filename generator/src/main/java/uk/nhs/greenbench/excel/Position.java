package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.figures.Benchmark;
import uk.nhs.greenbench.figures.QuartilePosition;
import uk.nhs.greenbench.indicator.Polarity;

/**
 * How a {@link QuartilePosition} looks in a workbook: words and colour, never colour alone; green is always better.
 */
public enum Position {
    BEST(new byte[]{(byte) 0xC6, (byte) 0xEF, (byte) 0xCE}, new byte[]{0x00, 0x61, 0x00}),
    BETTER(new byte[]{(byte) 0xE2, (byte) 0xF0, (byte) 0xD9}, new byte[]{0x37, 0x56, 0x23}),
    MEDIAN(new byte[]{(byte) 0xED, (byte) 0xED, (byte) 0xED}, new byte[]{0x26, 0x26, 0x26}),
    WORSE(new byte[]{(byte) 0xFF, (byte) 0xEB, (byte) 0x9C}, new byte[]{(byte) 0x9C, 0x57, 0x00}),
    WORST(new byte[]{(byte) 0xFF, (byte) 0xC7, (byte) 0xCE}, new byte[]{(byte) 0x9C, 0x00, 0x06});

    private final byte[] fill, text;

    Position(byte[] fill, byte[] text) {
        this.fill = fill;
        this.text = text;
    }

    public String label() {
        return QuartilePosition.valueOf(name()).label();
    }

    byte[] fill() {
        return fill;
    }

    byte[] textColour() {
        return text;
    }

    /** The position of {@code value} against a benchmark, or null when either is missing. */
    public static Position of(Double value, Benchmark b, Polarity polarity) {
        QuartilePosition q = QuartilePosition.of(value, b, polarity);
        return q == null ? null : valueOf(q.name());
    }
}
