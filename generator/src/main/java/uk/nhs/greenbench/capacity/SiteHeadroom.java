package uk.nhs.greenbench.capacity;

import uk.nhs.greenbench.model.FuelPrices;
import uk.nhs.greenbench.model.CapacityAssumptions;
import uk.nhs.greenbench.model.SiteCapacity;
import uk.nhs.greenbench.model.SiteCapacity.Verdict;

/**
 * One site's headroom and the load its heat would add, by the method stated in {@code factors/capacity.json}. The
 * workbook's Capacity and demand sheet writes the same arithmetic as formulas.
 */
public final class SiteHeadroom {
    private final double powerFactor, efficiency, fullLoadHours, designCop, seasonalCop;
    private final FuelFactors factors;

    public SiteHeadroom(CapacityAssumptions a, FuelFactors factors) {
        this.powerFactor = a.value(CapacityAssumptions.POWER_FACTOR);
        this.efficiency = a.value(CapacityAssumptions.BOILER_EFFICIENCY);
        this.fullLoadHours = a.fullLoadHours();
        this.designCop = a.value(CapacityAssumptions.DESIGN_COP);
        this.seasonalCop = factors.seasonalCop();
        this.factors = factors;
    }

    public SiteCapacity assess(SiteInputs s, FuelPrices prices) {
        double fossil = s.gasKwh() + s.oilKwh() + s.coalKwh();
        double heat = fossil * efficiency;
        double addedLoad = heat / fullLoadHours / designCop;
        double addedAnnual = heat / seasonalCop;
        Double headroom = s.maxDemandKw() == null || s.capacityKva() == null ? null : s.capacityKva() * powerFactor - s.maxDemandKw();
        Verdict verdict;
        if (fossil <= 0) verdict = Verdict.NO_FOSSIL_HEAT;
        else if (headroom == null) verdict = Verdict.NOT_KNOWN;
        else verdict = addedLoad <= headroom ? Verdict.WITHIN : Verdict.UPGRADE;
        Double shortfall = verdict == Verdict.UPGRADE ? addedLoad - headroom : null;
        double carbonOut = kg(s.gasKwh(), factors.gasKg()) + kg(s.oilKwh(), factors.oilKg()) + kg(s.coalKwh(), factors.coalKg());
        double carbonIn = addedAnnual * factors.gridKg();
        return new SiteCapacity(s.trustCode(), s.siteCode(), s.siteName(), s.siteType(), s.floorAreaM2(), s.maxDemandKw(),
                s.capacityKva(), s.gasKwh(), s.oilKwh(), s.coalKwh(), s.chpUnits(), s.heatPumps(), headroom, heat, addedLoad,
                addedAnnual, verdict, shortfall, carbonOut, carbonIn, costOut(s, prices), costIn(addedAnnual, prices), s.sourceRow());
    }

    /** A fuel the year's factor set has no factor for (coal from 2023) is never burnt in that year's data: 0 × none is 0. */
    private static double kg(double kwh, double factor) {
        return kwh <= 0 ? 0 : kwh * factor;
    }

    /** The fuels no longer bought, each at the trust's price; null when a fuel the site burns has no price. */
    private static Double costOut(SiteInputs s, FuelPrices p) {
        double gbp = 0;
        double[] kwh = {s.gasKwh(), s.oilKwh(), s.coalKwh()};
        Double[] price = {p.gasGbpPerKwh(), p.oilGbpPerKwh(), p.coalGbpPerKwh()};
        for (int i = 0; i < kwh.length; i++) {
            if (kwh[i] <= 0) continue;
            if (price[i] == null) return null;
            gbp += kwh[i] * price[i];
        }
        return gbp;
    }

    private static Double costIn(double kwh, FuelPrices p) {
        if (kwh <= 0) return 0.0;
        return p.electricityGbpPerKwh() == null ? null : kwh * p.electricityGbpPerKwh();
    }

    /** kgCO2e per kWh of the year's factor set for the fuels electrified and the grid electricity that replaces them, and the heat pumps' seasonal COP. */
    public record FuelFactors(double gasKg, double oilKg, double coalKg, double gridKg, double seasonalCop) {
    }
}
