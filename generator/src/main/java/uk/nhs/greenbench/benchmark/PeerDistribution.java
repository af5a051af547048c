package uk.nhs.greenbench.benchmark;

import uk.nhs.greenbench.indicator.Polarity;

import java.util.Arrays;
import java.util.Collection;

/**
 * The values of one indicator across a peer group, with the benchmarks taken from them.
 *
 * @param group     the peer group's name (the ERIC trust type, or "All trusts (national)")
 * @param national  true when the group had too few valid peers and the national distribution was used
 */
public record PeerDistribution(String group, boolean national, double[] sorted) {
    public static final int MIN_PEERS = 5;

    public static PeerDistribution of(String group, boolean national, Collection<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return new PeerDistribution(group, national, v);
    }

    public int n() {
        return sorted.length;
    }

    public double median() {
        return Quantiles.percentileInc(sorted, 0.5);
    }

    public double q1() {
        return Quantiles.percentileInc(sorted, 0.25);
    }

    public double q3() {
        return Quantiles.percentileInc(sorted, 0.75);
    }

    /** The typical benchmark: the peer median. */
    public double typical() {
        return median();
    }

    /** The stretch benchmark: the best quartile (Q1 when low is good, Q3 when high is good). */
    public double stretch(Polarity polarity) {
        return polarity == Polarity.LOW_IS_GOOD ? q1() : q3();
    }

    public double min() {
        return sorted[0];
    }

    public double max() {
        return sorted[sorted.length - 1];
    }

    public double percentile(double x) {
        return Quantiles.percentRankInc(sorted, x);
    }

    /** 1 + the number of values strictly better than {@code x}. */
    public int rank(double x, Polarity polarity) {
        int better = 0;
        for (double v : sorted) {
            if (polarity == Polarity.LOW_IS_GOOD ? v < x : v > x) better++;
        }
        return better + 1;
    }

    /** How many values equal {@code x} (x's own included when it is in the group). */
    public int ties(double x) {
        int n = 0;
        for (double v : sorted) if (v == x) n++;
        return n;
    }

    public double robustZ(double x) {
        return Quantiles.robustZ(sorted, x);
    }
}
