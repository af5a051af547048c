package uk.nhs.greenbench.figures;

import uk.nhs.greenbench.model.Benchmark;

/**
 * Where values fall along a spine chart (Fingertips' convention), shared by the PDF's drawn spines and the workbooks'
 * cell spines: 0 at the worst end, 1 at the best, the median at ½ on every row, the scale set by the median's farther
 * end so a row's two halves can be compared by eye; green (best) is always to the right, whatever the polarity.
 */
public record SpineScale(double worst, double worseQuartile, double median, double betterQuartile, double best) {
    /** The scale of a comparison group, or null when it has no spread to draw. */
    public static SpineScale of(Benchmark b, boolean lowIsGood) {
        if (b.median() == null || b.min() == null || b.max() == null || b.q1() == null || b.q3() == null) return null;
        return new SpineScale(b.worst(lowIsGood), lowIsGood ? b.q3() : b.q1(), b.median(), lowIsGood ? b.q1() : b.q3(), b.best(lowIsGood));
    }

    /** Where {@code v} falls across the width: 0 at the worst end of the wider half, 1 at the best, the median at ½. */
    public double place(double v) {
        double half = Math.max(Math.abs(worst - median), Math.abs(best - median));
        if (half == 0) return 0.5;
        double towardsBest = Math.signum(best - median) != 0 ? Math.signum(best - median) : -Math.signum(worst - median);
        double p = 0.5 + towardsBest * (v - median) / half / 2;
        return Math.max(0, Math.min(1, p));
    }
}
