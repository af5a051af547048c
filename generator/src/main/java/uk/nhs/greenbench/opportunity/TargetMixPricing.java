package uk.nhs.greenbench.opportunity;

import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.PlausibilityChecks;
import uk.nhs.greenbench.model.Flag;
import uk.nhs.greenbench.model.IndicatorInputs;
import uk.nhs.greenbench.model.Pricing;
import uk.nhs.greenbench.model.QuantityTerms;
import uk.nhs.greenbench.model.UnitRate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prices a move towards a target mix of streams (the Clinical Waste Strategy's 20/20/60). Meeting the mix changes each
 * stream by Δᵢ = streamᵢ − its amount once the mix is met ({@link IndicatorDefinition.TargetMix#reached}), and the
 * tonnes moved are N = the indicator's numerator. What meeting it saves is Σ Δᵢ × the stream's rate, and any part of
 * the way saves the same share of it, so one £ and one kgCO2e per tonne moved price it: Σ Δᵢ × rateᵢ ÷ N. A stream's
 * rate is the trust's own (its cost or carbon over its tonnes), or its peers' median where it sent nothing that way.
 */
final class TargetMixPricing {
    private static final Pricing UNPRICED = new Pricing("target-mix", UnitRate.MISSING, UnitRate.MISSING, UnitRate.MISSING,
            UnitRate.MISSING, UnitRate.MISSING, UnitRate.MISSING);

    private TargetMixPricing() {
    }

    static Pricing pricing(IndicatorDefinition d, IndicatorInputs in, PeerUnitRates peers, PlausibilityChecks checks,
                           boolean outlier, List<Flag> flags) {
        double moved = in.numerator();
        // A trust that already meets the mix moves nothing, whatever its peers do.
        if (!(moved > 0)) return UNPRICED;
        double[] now = IndicatorInputs.quantities(in.streams());
        double[] reached = d.targetMix().reached(now);
        double gbp = 0, kg = 0;
        boolean gbpKnown = true, kgKnown = true, allOwnGbp = true, kgFromFactors = true;
        Map<String, Double> factorMoves = new TreeMap<>();
        for (int i = 0; i < now.length; i++) {
            double delta = now[i] - reached[i];
            if (Math.abs(delta) < 1e-9) continue;
            IndicatorInputs.Route r = in.streams().get(i);
            UnitRate cost = SavingCalculator.price(r.unitCost(), peers.streamCost(i), Flag.Code.ROUTE_COST_PEER_MEDIAN, checks, outlier, flags, null);
            UnitRate carbon = SavingCalculator.rate(r.unitCarbonKg(), peers.streamCarbonKg(i), Flag.Code.ROUTE_CARBON_PEER_MEDIAN, flags,
                    r.quantity(), r.carbonQuantities(), QuantityTerms.NONE);
            if (cost.value() == null) gbpKnown = false;
            else gbp += delta * cost.value();
            allOwnGbp &= UnitRate.OWN.equals(cost.basis());
            if (carbon.value() == null) kgKnown = false;
            else kg += delta * carbon.value();
            // A stream's carbon is its tonnes × its factor: Δ × factor keeps the rate a formula over the factors.
            if (carbon.isOwnCarbon()) {
                for (Map.Entry<String, Double> e : r.carbonQuantities().entrySet()) {
                    factorMoves.merge(e.getKey(), e.getValue() / r.quantity() * delta, Double::sum);
                }
            } else {
                kgFromFactors = false;
            }
        }
        UnitRate gbpRate = gbpKnown ? new UnitRate(gbp / moved, allOwnGbp ? UnitRate.OWN : UnitRate.PEER_MEDIAN, null, Map.of()) : UnitRate.MISSING;
        UnitRate kgRate = !kgKnown ? UnitRate.MISSING : kgFromFactors
                ? new UnitRate(kg / moved, UnitRate.OWN, moved, factorMoves)
                : new UnitRate(kg / moved, UnitRate.PEER_MEDIAN, null, Map.of());
        return new Pricing("target-mix", gbpRate, kgRate, UnitRate.MISSING, UnitRate.MISSING, UnitRate.MISSING, UnitRate.MISSING);
    }
}
