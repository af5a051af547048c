package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.benchmark.PeerDistribution;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.PlausibilityChecks;
import uk.nhs.greenbench.peers.PeerSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The peer-distribution stage for one indicator: which values are likely unit errors (judged among all trusts of a
 * type), and, leaving those out, the distribution each trust is compared with and the one of its whole type.
 *
 * @param unitErrors        trust code → what its likely unit error was judged on
 * @param distributions     trust code → the distribution it is compared with (its peer set's, or every trust's)
 * @param typeDistributions trust code → the distribution of all trusts of its type (for the outlier check)
 */
record PeerComparison(Map<String, UnitError> unitErrors, Map<String, PeerDistribution> distributions,
                      Map<String, PeerDistribution> typeDistributions) {

    /** What a likely unit error was judged on: its robust z and the median of all the trusts of its type. */
    record UnitError(double z, double typeMedian) {
    }

    /** @param typeSets the trusts' ERIC types; the same map as {@code peerSets} when trusts are compared by type */
    static PeerComparison of(IndicatorDefinition d, Map<String, TrustValue> values, Map<String, PeerSet> peerSets,
                             Map<String, PeerSet> typeSets, PlausibilityChecks checks) {
        Map<String, UnitError> unitErrors = d.outlierCheck() ? unitErrors(values, typeSets, checks) : Map.of();
        Map<String, PeerDistribution> distributions = distributions(values, peerSets, unitErrors.keySet());
        Map<String, PeerDistribution> typeDistributions = peerSets == typeSets ? distributions
                : distributions(values, typeSets, unitErrors.keySet());
        return new PeerComparison(unitErrors, distributions, typeDistributions);
    }

    /**
     * Trust code → the likely unit errors among the values: judged among all the trusts of a type (the values
     * themselves included, as robust statistics allow), before they are left out of every distribution.
     */
    private static Map<String, UnitError> unitErrors(Map<String, TrustValue> values, Map<String, PeerSet> typeSets,
                                                     PlausibilityChecks checks) {
        Map<String, PeerDistribution> allOfType = distributions(values, typeSets, Set.of());
        Map<String, UnitError> out = new HashMap<>();
        for (TrustValue tv : values.values()) {
            if (!tv.hasValue()) continue;
            PeerDistribution type = allOfType.get(tv.trust().org().code());
            double z = type.robustZ(tv.value());
            if (checks.isUnitError(z, tv.value(), type.median())) out.put(tv.trust().org().code(), new UnitError(z, type.median()));
        }
        return out;
    }

    /**
     * Trust code → the distribution it is compared with: its peer set's values, or every trust's when fewer than 5
     * of its set have a value, leaving out the {@code excluded} trusts' values. Sets shared by many trusts (a trust
     * type) are computed once.
     */
    private static Map<String, PeerDistribution> distributions(Map<String, TrustValue> values, Map<String, PeerSet> peerSets,
                                                               Set<String> excluded) {
        List<Double> all = new ArrayList<>();
        for (TrustValue v : values.values()) if (v.hasValue() && !excluded.contains(v.trust().org().code())) all.add(v.value());
        PeerDistribution national = all.isEmpty() ? null : PeerDistribution.of(PeerGroups.NATIONAL, true, all);
        Map<String, PeerDistribution> bySet = new HashMap<>();
        Map<String, PeerDistribution> out = new LinkedHashMap<>();
        for (TrustValue v : values.values()) {
            if (!v.hasValue()) continue;
            PeerSet set = peerSets.get(v.trust().org().code());
            out.put(v.trust().org().code(), bySet.computeIfAbsent(set.name(), n -> {
                List<Double> xs = new ArrayList<>();
                for (String m : set.members()) {
                    TrustValue p = values.get(m);
                    if (p != null && p.hasValue() && !excluded.contains(m)) xs.add(p.value());
                }
                return xs.size() >= PeerDistribution.MIN_PEERS ? PeerDistribution.of(n, false, xs) : national;
            }));
        }
        return out;
    }
}
