package uk.nhs.greenbench.figures;

import uk.nhs.greenbench.model.Benchmark;

import uk.nhs.greenbench.indicator.Polarity;

/**
 * Where a value sits among its peers, by quartile, with polarity respected: the best quartile is the lowest
 * quarter when low is good and the highest when high is good. One definition for workbooks and reports.
 */
public enum QuartilePosition {
    BEST("Best quartile"), BETTER("Better than median"), MEDIAN("At the median"), WORSE("Worse than median"),
    WORST("Worst quartile");

    private final String label;

    QuartilePosition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The position of {@code value} against a benchmark, or null when either is missing. */
    public static QuartilePosition of(Double value, Benchmark b, Polarity polarity) {
        if (value == null || b.median() == null) return null;
        boolean low = polarity == Polarity.LOW_IS_GOOD;
        double v = low ? value : -value;
        double best = low ? b.q1() : -b.q3();
        double median = low ? b.median() : -b.median();
        double worst = low ? b.q3() : -b.q1();
        if (v == median) return MEDIAN;
        if (v <= best) return BEST;
        if (v < median) return BETTER;
        if (v <= worst) return WORSE;
        return WORST;
    }
}
