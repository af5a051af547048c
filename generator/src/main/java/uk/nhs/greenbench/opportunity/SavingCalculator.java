package uk.nhs.greenbench.opportunity;

import uk.nhs.greenbench.model.Flag;
import uk.nhs.greenbench.model.Pricing;
import uk.nhs.greenbench.model.QuantityTerms;
import uk.nhs.greenbench.model.UnitRate;

import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.PlausibilityChecks;
import uk.nhs.greenbench.indicator.SavingRule;
import uk.nhs.greenbench.model.IndicatorInputs;

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

    /**
     * Also records in {@code flags} when a peer-median rate was used or a saving is not priced.
     *
     * @param outlier whether the trust's value is an outlier among its type (its own prices are then kept, whatever they are)
     */
    public static Pricing pricing(IndicatorDefinition d, IndicatorInputs in, PeerUnitRates peers, PlausibilityChecks checks,
                                  boolean outlier, List<Flag> flags) {
        SavingRule rule = d.saving();
        if (rule.isIntensity()) {
            return new Pricing(rule.method(),
                    price(PeerUnitRates.ratio(in.cost(), in.numerator()), peers.cost(), Flag.Code.UNIT_COST_PEER_MEDIAN, checks, outlier, flags, null),
                    // An indicator whose rule names no carbon (a cost per m²: its gap may be the tariff) is priced in £ only.
                    rule.carbon() == null ? UnitRate.MISSING
                            : rate(PeerUnitRates.ratio(in.carbonKg(), in.numerator()), peers.carbonKg(), Flag.Code.UNIT_CARBON_PEER_MEDIAN, flags,
                            in.numerator(), in.carbonQuantities(), QuantityTerms.NONE),
                    UnitRate.MISSING, UnitRate.MISSING, UnitRate.MISSING, UnitRate.MISSING);
        }
        if (rule.isRouteShift()) {
            IndicatorInputs.Route from = in.from(), to = in.to();
            return new Pricing(rule.method(), UnitRate.MISSING, UnitRate.MISSING,
                    price(from.unitCost(), peers.fromCost(), Flag.Code.ROUTE_COST_PEER_MEDIAN, checks, outlier, flags, from),
                    rate(from.unitCarbonKg(), peers.fromCarbonKg(), Flag.Code.ROUTE_CARBON_PEER_MEDIAN, flags, from.quantity(), from.carbonQuantities(), from.quantityTerms()),
                    price(to.unitCost(), peers.toCost(), Flag.Code.ROUTE_COST_PEER_MEDIAN, checks, outlier, flags, to),
                    rate(to.unitCarbonKg(), peers.toCarbonKg(), Flag.Code.ROUTE_CARBON_PEER_MEDIAN, flags, to.quantity(), to.carbonQuantities(), to.quantityTerms()));
        }
        if (rule.isTargetMix()) return TargetMixPricing.pricing(d, in, peers, checks, outlier, flags);
        addOnce(flags, Flag.Code.NOT_PRICED);
        return Pricing.NONE;
    }

    /**
     * A £ rate: the trust's own, unless it is outside the plausible band around its peers' median price (a tiny
     * quantity or a cost booked elsewhere), when the peer median is used and flagged.
     */
    static UnitRate price(double own, double peerMedian, Flag.Code flag, PlausibilityChecks checks, boolean outlier,
                                  List<Flag> flags, IndicatorInputs.Route route) {
        // On a value flagged as an outlier the quantity is the suspect, and the price only mirrors it (ten times the tonnes
        // at a tenth of the price): the peer price would multiply the error, so the own price, bounded by what the trust
        // really spent, is kept.
        if (!Double.isNaN(own) && !outlier && !checks.isPlausibleRate(own, peerMedian)) {
            flags.add(Flag.of(Flag.Code.UNIT_PRICE_IMPLAUSIBLE, String.format(java.util.Locale.ROOT, "own %.4g, peer median %.4g", own, peerMedian)));
            return new UnitRate(peerMedian, UnitRate.PEER_MEDIAN, null, Map.of());
        }
        if (route != null && !route.quantityTerms().isEmpty()) {
            return rate(own, peerMedian, flag, flags, route.quantity(), Map.of(), route.quantityTerms());
        }
        return rate(own, peerMedian, flag, flags, null, Map.of(), QuantityTerms.NONE);
    }

    static UnitRate rate(double own, double peerMedian, Flag.Code flag, List<Flag> flags, Double quantity,
                                 Map<String, Double> factorQuantities, QuantityTerms terms) {
        if (!Double.isNaN(own)) return new UnitRate(own, UnitRate.OWN, quantity, factorQuantities, terms);
        if (!Double.isNaN(peerMedian)) {
            addOnce(flags, flag);
            return new UnitRate(peerMedian, UnitRate.PEER_MEDIAN, null, Map.of());
        }
        return UnitRate.MISSING;
    }

    static void addOnce(List<Flag> flags, Flag.Code code) {
        if (flags.stream().noneMatch(f -> f.is(code))) flags.add(Flag.of(code));
    }
}
