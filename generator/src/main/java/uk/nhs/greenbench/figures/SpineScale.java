package uk.nhs.greenbench.figures;

import uk.nhs.greenbench.model.Benchmark;

/**
 * Where values fall along a spine chart, shared by the PDF's drawn spines and the workbooks' cell spines. Each quarter
 * of the group has a quarter of the width: the worst value at 0, the worse quartile at ¼, the median at ½, the better
 * quartile at ¾ and the best value at 1, linear within each quarter; green (best) is always to the right, whatever the
 * polarity. A scale linear from worst to best let one extreme peer squash every other value onto the median, so a
 * trust ranked 15 of 16 could sit on the median line; by quarters, a dot always lies in the quarter its colour and
 * its words say.
 */
public record SpineScale(double worst, double worseQuartile, double median, double betterQuartile, double best) implements java.io.Serializable {
    /** The scale of a comparison group, or null when it has no spread to draw. */
    public static SpineScale of(Benchmark b, boolean lowIsGood) {
        if (b.median() == null || b.min() == null || b.max() == null || b.q1() == null || b.q3() == null) return null;
        return new SpineScale(b.worst(lowIsGood), lowIsGood ? b.q3() : b.q1(), b.median(), lowIsGood ? b.q1() : b.q3(), b.best(lowIsGood));
    }

    /** Where {@code v} falls across the width: 0 at the worst value, ½ at the median, 1 at the best. */
    public double place(double v) {
        double sign = Math.signum(best - worst);
        if (sign == 0) return 0.5;
        // "Goodness": larger is better, whichever way the indicator's polarity runs.
        double g = sign * v, gWorst = sign * worst, gWorse = sign * worseQuartile, gMedian = sign * median;
        double gBetter = sign * betterQuartile, gBest = sign * best;
        if (g == gMedian) return 0.5;
        if (g > gMedian) {
            if (g <= gBetter) return between(g, gMedian, gBetter, 0.5, 0.75);
            return between(Math.min(g, gBest), gBetter, gBest, 0.75, 1);
        }
        if (g >= gWorse) return between(g, gWorse, gMedian, 0.25, 0.5);
        return between(Math.max(g, gWorst), gWorst, gWorse, 0, 0.25);
    }

    private static double between(double g, double from, double to, double pFrom, double pTo) {
        if (to == from) return (pFrom + pTo) / 2;
        return pFrom + (g - from) / (to - from) * (pTo - pFrom);
    }
}
