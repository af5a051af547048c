package uk.nhs.greenbench.opportunity;

import uk.nhs.greenbench.model.IndicatorInputs;

import uk.nhs.greenbench.benchmark.Quantiles;

import java.util.Arrays;
import java.util.Collection;
import java.util.function.ToDoubleFunction;

/**
 * Peer-median unit costs and unit carbon, used to price a trust's saving when it reported no cost (or
 * no quantity) of its own.
 */
public record PeerUnitRates(double cost, double carbonKg, double fromCost, double fromCarbonKg, double toCost,
                            double toCarbonKg, double[] streamCost, double[] streamCarbonKg) {
    public PeerUnitRates(double cost, double carbonKg, double fromCost, double fromCarbonKg, double toCost, double toCarbonKg) {
        this(cost, carbonKg, fromCost, fromCarbonKg, toCost, toCarbonKg, new double[0], new double[0]);
    }

    /** The peers' median rate of stream {@code i} of a target mix, or NaN. */
    public double streamCost(int i) {
        return i < streamCost.length ? streamCost[i] : Double.NaN;
    }

    public double streamCarbonKg(int i) {
        return i < streamCarbonKg.length ? streamCarbonKg[i] : Double.NaN;
    }

    /** @param peers the sums of the peers that have a value */
    public static PeerUnitRates of(Collection<IndicatorInputs> peers) {
        return new PeerUnitRates(
                median(peers, v -> ratio(v.cost(), v.numerator())),
                median(peers, v -> ratio(v.carbonKg(), v.numerator())),
                median(peers, v -> v.from().unitCost()),
                median(peers, v -> v.from().unitCarbonKg()),
                median(peers, v -> v.to().unitCost()),
                median(peers, v -> v.to().unitCarbonKg()),
                streams(peers, IndicatorInputs.Route::unitCost),
                streams(peers, IndicatorInputs.Route::unitCarbonKg));
    }

    /** Per stream of a target mix, the peers' median rate (empty when the indicator has no mix). */
    private static double[] streams(Collection<IndicatorInputs> peers, ToDoubleFunction<IndicatorInputs.Route> rate) {
        int n = peers.stream().mapToInt(v -> v.streams().size()).max().orElse(0);
        double[] medians = new double[n];
        for (int i = 0; i < n; i++) {
            int stream = i;
            medians[i] = median(peers, v -> stream < v.streams().size() ? rate.applyAsDouble(v.streams().get(stream)) : Double.NaN);
        }
        return medians;
    }

    /** a ÷ b when both are positive (a reported cost or carbon over a reported quantity), else NaN. */
    public static double ratio(double a, double b) {
        return !Double.isNaN(a) && b > 0 && a > 0 ? a / b : Double.NaN;
    }

    private static double median(Collection<IndicatorInputs> peers, ToDoubleFunction<IndicatorInputs> f) {
        double[] v = peers.stream().mapToDouble(f).filter(x -> !Double.isNaN(x)).toArray();
        if (v.length == 0) return Double.NaN;
        Arrays.sort(v);
        return Quantiles.percentileInc(v, 0.5);
    }
}
