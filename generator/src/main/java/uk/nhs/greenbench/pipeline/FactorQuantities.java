package uk.nhs.greenbench.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Running sums of the quantities each of an indicator's factors multiplies, by the factor's index, added in the order
 * a map's {@code merge(id, quantity, Double::sum)} would add them (a factor's first quantity is taken as it is, not
 * added to zero), so {@link #toMap} gives the same doubles.
 */
final class FactorQuantities {
    private final double[] sum;
    private final boolean[] seen;

    FactorQuantities(int factors) {
        this.sum = new double[factors];
        this.seen = new boolean[factors];
    }

    void add(int factor, double quantity) {
        if (seen[factor]) {
            sum[factor] += quantity;
        } else {
            sum[factor] = quantity;
            seen[factor] = true;
        }
    }

    boolean isEmpty() {
        for (boolean s : seen) if (s) return false;
        return true;
    }

    /** Factor id → quantity, for the factors some quantity was added to. */
    Map<String, Double> toMap(List<String> factorIds) {
        Map<String, Double> out = new HashMap<>();
        for (int i = 0; i < sum.length; i++) if (seen[i]) out.put(factorIds.get(i), sum[i]);
        return out;
    }
}
