package uk.nhs.greenbench.opportunity;

import uk.nhs.greenbench.figures.Saving;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.Polarity;
import uk.nhs.greenbench.indicator.SavingRule;

import java.util.List;

/**
 * Prices the gap between a trust's value and a benchmark. Units saved = max(0, (value − benchmark) ×
 * denominator ÷ scale), mirrored when high is good. Intensity indicators price units at the trust's own
 * unit cost and carbon (the peer median where it has none); share indicators price the units moved
 * between two routes at the difference between the routes.
 */
public final class SavingCalculator {
    private SavingCalculator() {
    }

    /** Also records in {@code flags} when a peer-median rate was used or a part could not be priced. */
    public static Saving price(IndicatorDefinition d, TrustValue t, double benchmark, PeerUnitRates peers, List<String> flags) {
        double gap = d.polarity() == Polarity.LOW_IS_GOOD ? t.value() - benchmark : benchmark - t.value();
        double units = Math.max(0, gap) * t.inputs().denominator() / d.scaleOrOne();
        SavingRule rule = d.saving();
        if (rule.isIntensity()) {
            double cost = rate(PeerUnitRates.ratio(t.inputs().cost(), t.inputs().numerator()), peers.cost(), "unit_cost_peer_median", flags);
            double carbon = rate(PeerUnitRates.ratio(t.inputs().carbonKg(), t.inputs().numerator()), peers.carbonKg(), "unit_carbon_peer_median", flags);
            return new Saving(units, nullable(units * cost), nullable(units * carbon / 1000));
        }
        if (rule.isRouteShift()) {
            double fromCost = rate(t.inputs().from().unitCost(), peers.fromCost(), "route_cost_peer_median", flags);
            double toCost = rate(t.inputs().to().unitCost(), peers.toCost(), "route_cost_peer_median", flags);
            double fromCarbon = rate(t.inputs().from().unitCarbonKg(), peers.fromCarbonKg(), "route_carbon_peer_median", flags);
            double toCarbon = rate(t.inputs().to().unitCarbonKg(), peers.toCarbonKg(), "route_carbon_peer_median", flags);
            return new Saving(units, nullable(units * (fromCost - toCost)), nullable(units * (fromCarbon - toCarbon) / 1000));
        }
        addOnce(flags, "not_priced");
        return new Saving(units, null, null);
    }

    private static double rate(double own, double peerMedian, String flag, List<String> flags) {
        if (!Double.isNaN(own)) return own;
        if (!Double.isNaN(peerMedian)) {
            addOnce(flags, flag);
            return peerMedian;
        }
        return Double.NaN;
    }

    private static void addOnce(List<String> flags, String flag) {
        if (!flags.contains(flag)) flags.add(flag);
    }

    private static Double nullable(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
