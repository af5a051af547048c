package uk.nhs.greenbench.opportunity;

import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.SavingRule;
import uk.nhs.greenbench.pipeline.IndicatorInputs;

import java.util.List;
import java.util.Map;

/**
 * Chooses the rates a trust's saving is priced at. Intensity indicators use the trust's own unit cost and
 * carbon (its £ and kgCO2e per unit of the numerator), or the peer median where it reported none; share
 * indicators price the units moved at the difference between the two routes' rates, each the trust's own or
 * the peer median. Renewable-style indicators with no saving rule give units only.
 */
public final class SavingCalculator {
    private SavingCalculator() {
    }

    /** Also records in {@code flags} when a peer-median rate was used or a saving is not priced. */
    public static Pricing pricing(IndicatorDefinition d, TrustValue t, PeerUnitRates peers, List<String> flags) {
        SavingRule rule = d.saving();
        IndicatorInputs in = t.inputs();
        if (rule.isIntensity()) {
            return new Pricing(rule.method(),
                    rate(PeerUnitRates.ratio(in.cost(), in.numerator()), peers.cost(), "unit_cost_peer_median", flags, null, Map.of()),
                    rate(PeerUnitRates.ratio(in.carbonKg(), in.numerator()), peers.carbonKg(), "unit_carbon_peer_median", flags,
                            in.numerator(), in.carbonQuantities()),
                    UnitRate.MISSING, UnitRate.MISSING, UnitRate.MISSING, UnitRate.MISSING);
        }
        if (rule.isRouteShift()) {
            IndicatorInputs.Route from = in.from(), to = in.to();
            return new Pricing(rule.method(), UnitRate.MISSING, UnitRate.MISSING,
                    rate(from.unitCost(), peers.fromCost(), "route_cost_peer_median", flags, null, Map.of()),
                    rate(from.unitCarbonKg(), peers.fromCarbonKg(), "route_carbon_peer_median", flags, from.quantity(), from.carbonQuantities()),
                    rate(to.unitCost(), peers.toCost(), "route_cost_peer_median", flags, null, Map.of()),
                    rate(to.unitCarbonKg(), peers.toCarbonKg(), "route_carbon_peer_median", flags, to.quantity(), to.carbonQuantities()));
        }
        if (!flags.contains("not_priced")) flags.add("not_priced");
        return Pricing.NONE;
    }

    private static UnitRate rate(double own, double peerMedian, String flag, List<String> flags, Double quantity,
                                 Map<String, Double> factorQuantities) {
        if (!Double.isNaN(own)) return new UnitRate(own, UnitRate.OWN, quantity, factorQuantities);
        if (!Double.isNaN(peerMedian)) {
            if (!flags.contains(flag)) flags.add(flag);
            return new UnitRate(peerMedian, UnitRate.PEER_MEDIAN, null, Map.of());
        }
        return UnitRate.MISSING;
    }
}
