package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.figures.Benchmark;
import uk.nhs.greenbench.indicator.Polarity;

/**
 * Where a value sits among its peers, by quartile, with polarity respected: the "best quartile" is the lowest
 * quarter when low is good and the highest when high is good. Shown as words and colour, never colour alone.
 */
public enum Position {
    BEST("Best quartile", new byte[]{(byte) 0xC6, (byte) 0xEF, (byte) 0xCE}, new byte[]{0x00, 0x61, 0x00}),
    BETTER("Better than median", new byte[]{(byte) 0xE2, (byte) 0xF0, (byte) 0xD9}, new byte[]{0x37, 0x56, 0x23}),
    MEDIAN("At the median", new byte[]{(byte) 0xED, (byte) 0xED, (byte) 0xED}, new byte[]{0x26, 0x26, 0x26}),
    WORSE("Worse than median", new byte[]{(byte) 0xFF, (byte) 0xEB, (byte) 0x9C}, new byte[]{(byte) 0x9C, 0x57, 0x00}),
    WORST("Worst quartile", new byte[]{(byte) 0xFF, (byte) 0xC7, (byte) 0xCE}, new byte[]{(byte) 0x9C, 0x00, 0x06});

    private final String label;
    private final byte[] fill, text;

    Position(String label, byte[] fill, byte[] text) {
        this.label = label;
        this.fill = fill;
        this.text = text;
    }

    public String label() {
        return label;
    }

    byte[] fill() {
        return fill;
    }

    byte[] textColour() {
        return text;
    }

    /** The position of {@code value} against a benchmark, or null when either is missing. */
    public static Position of(Double value, Benchmark b, Polarity polarity) {
        if (value == null || b.median() == null) return null;
        double v = polarity == Polarity.LOW_IS_GOOD ? value : -value;
        double best = polarity == Polarity.LOW_IS_GOOD ? b.q1() : -b.q3();
        double median = polarity == Polarity.LOW_IS_GOOD ? b.median() : -b.median();
        double worst = polarity == Polarity.LOW_IS_GOOD ? b.q3() : -b.q1();
        if (v == median) return MEDIAN;
        if (v <= best) return BEST;
        if (v < median) return BETTER;
        if (v <= worst) return WORSE;
        return WORST;
    }
}
