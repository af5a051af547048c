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

    /** The site's headroom and verdict, priced at the trust's own prices. */
    public SiteCapacity assess(SiteInputs s, FuelPrices prices) {
        return priced(assess(s), prices);
    }

    /** The site's headroom and verdict, not yet priced (a trust's prices are known only once all its sites are read). */
    public SiteCapacity assess(SiteInputs s) {
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
                addedAnnual, verdict, shortfall, carbonOut, carbonIn, null, null, s.sourceRow());
    }

    /** A fuel the year's factor set has no factor for (coal from 2023) is never burnt in that year's data: 0 × none is 0. */
    private static double kg(double kwh, double factor) {
        return kwh <= 0 ? 0 : kwh * factor;
    }

    /** The site with its £: the fuels no longer bought and the electricity bought, at the trust's own prices. */
    public static SiteCapacity priced(SiteCapacity s, FuelPrices p) {
        return new SiteCapacity(s.trustCode(), s.siteCode(), s.siteName(), s.siteType(), s.floorAreaM2(), s.maxDemandKw(), s.capacityKva(),
                s.gasKwh(), s.oilKwh(), s.coalKwh(), s.chpUnits(), s.heatPumps(), s.headroomKw(), s.heatKwh(), s.addedLoadKw(),
                s.addedAnnualKwh(), s.verdict(), s.shortfallKw(), s.carbonOutKg(), s.carbonInKg(),
                costOut(s.gasKwh(), s.oilKwh(), s.coalKwh(), p), costIn(s.addedAnnualKwh(), p), s.sourceRow());
    }

    /** The fuels no longer bought, each at the trust's price; null when a fuel burnt has no price. */
    static Double costOut(double gasKwh, double oilKwh, double coalKwh, FuelPrices p) {
        double gbp = 0;
        double[] kwh = {gasKwh, oilKwh, coalKwh};
        Double[] price = {p.gasGbpPerKwh(), p.oilGbpPerKwh(), p.coalGbpPerKwh()};
        for (int i = 0; i < kwh.length; i++) {
            if (kwh[i] <= 0) continue;
            if (price[i] == null) return null;
            gbp += kwh[i] * price[i];
        }
        return gbp;
    }

    static Double costIn(double kwh, FuelPrices p) {
        if (kwh <= 0) return 0.0;
        return p.electricityGbpPerKwh() == null ? null : kwh * p.electricityGbpPerKwh();
    }

    /** The assessment for a year's factors, or null when the set lacks the gas, grid or heat-pump SCOP factor it needs. */
    public static SiteHeadroom forFactors(CapacityAssumptions a, java.util.Map<String, Double> factorValues) {
        Double gas = factorValues.get("natural_gas"), grid = factorValues.get(CarbonPaths.GRID),
                scop = factorValues.get(CapacityAssumptions.SEASONAL_COP_FACTOR);
        if (a == null || gas == null || grid == null || scop == null) return null;
        return new SiteHeadroom(a, new FuelFactors(gas, factorValues.getOrDefault("fuel_oil", 0.0),
                factorValues.getOrDefault("coal_industrial", 0.0), grid, scop));
    }

    /** kgCO2e per kWh of the year's factor set for the fuels electrified and the grid electricity that replaces them, and the heat pumps' seasonal COP. */
    public record FuelFactors(double gasKg, double oilKg, double coalKg, double gridKg, double seasonalCop) {
    }
}
