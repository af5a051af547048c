package uk.nhs.greenbench.benchmark;

import java.util.Arrays;

/**
 * Quantiles as Excel's {@code PERCENTILE.INC} and R's type 7 compute them (linear interpolation between
 * order statistics), so a reader can reproduce every benchmark in a spreadsheet.
 */
public final class Quantiles {
    private Quantiles() {
    }

    /** @param sorted ascending, non-empty; @param p in [0, 1] */
    public static double percentileInc(double[] sorted, double p) {
        if (sorted.length == 0) throw new IllegalArgumentException("no values");
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * Excel's {@code PERCENTRANK.INC} × 100: the share of the other values strictly below {@code x}, with
     * linear interpolation when {@code x} falls between two values; 0 = lowest, 100 = highest.
     */
    public static double percentRankInc(double[] sorted, double x) {
        int n = sorted.length;
        if (n == 1) return 100.0;
        int below = 0;
        while (below < n && sorted[below] < x) below++;
        if (below < n && sorted[below] == x) return 100.0 * below / (n - 1);
        if (below == 0) return 0;
        if (below == n) return 100.0;
        double lower = sorted[below - 1], upper = sorted[below];
        double rank = (below - 1) + (x - lower) / (upper - lower);
        return 100.0 * rank / (n - 1);
    }

    /** Median absolute deviation (unscaled). */
    public static double mad(double[] sorted) {
        double median = percentileInc(sorted, 0.5);
        double[] dev = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) dev[i] = Math.abs(sorted[i] - median);
        Arrays.sort(dev);
        return percentileInc(dev, 0.5);
    }

    /** The robust z-score 0.6745 (x − median) / MAD (Iglewicz and Hoaglin), or NaN when MAD is 0. */
    public static double robustZ(double[] sorted, double x) {
        double mad = mad(sorted);
        if (mad == 0) return Double.NaN;
        return 0.6745 * (x - percentileInc(sorted, 0.5)) / mad;
    }
}
