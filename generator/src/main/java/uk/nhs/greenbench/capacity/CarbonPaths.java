package uk.nhs.greenbench.capacity;

import uk.nhs.greenbench.model.CapacityAssumptions;
import uk.nhs.greenbench.model.CapacitySummary;
import uk.nhs.greenbench.model.CarbonPath;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.NetZeroCheck;
import uk.nhs.greenbench.model.SiteCapacity.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An organisation's estates carbon from its data year to 2040 under the four scenarios of {@link CarbonPath}. The
 * starting point is the estates carbon indicator's numerator split by factor: grid electricity (which follows the grid
 * trajectory), fossil fuel (which electrifying replaces), and the rest (water, waste, bought-in heat, biomass: held).
 */
public final class CarbonPaths {
    public static final String GRID = "electricity_grid";
    /** The factors of the fuels electrifying replaces. */
    public static final Set<String> FOSSIL = Set.of("natural_gas", "fuel_oil", "coal_industrial");

    private final CapacityAssumptions a;
    private final Map<String, Double> factorKg;

    /** @param factorKg factor id → kgCO2e per unit in the data year */
    public CarbonPaths(CapacityAssumptions assumptions, Map<String, Double> factorKg) {
        this.a = assumptions;
        this.factorKg = Map.copyOf(factorKg);
    }

    /**
     * @param estates      the organisation's estates carbon row of the data year (numerator in kgCO2e, split by factor)
     * @param headroom     its sites' headroom summed, or null when none of its sites was assessed
     * @param netZero      its Net Zero check, or null
     * @param savingsT     the typical savings of the scenario (d) indicators, tCO2e
     */
    public CarbonPath path(FigureRow estates, int fromYear, CapacitySummary headroom, NetZeroCheck netZero, double savingsT) {
        double elecKg = 0, fossilKg = 0, fossilKwh = 0;
        Map<String, Double> q = estates.numeratorFactors();
        for (Map.Entry<String, Double> e : q.entrySet()) {
            double kg = e.getValue() * factorKg.getOrDefault(e.getKey(), 0.0);
            if (GRID.equals(e.getKey())) elecKg += kg;
            else if (FOSSIL.contains(e.getKey())) {
                fossilKg += kg;
                fossilKwh += e.getValue();
            }
        }
        double totalT = estates.numerator() / 1000, elecT = elecKg / 1000, fossilT = fossilKg / 1000;
        double otherT = totalT - elecT - fossilT;
        double gridKgPerKwh = factorKg.getOrDefault(GRID, 0.0);
        double growth = a.value(CapacityAssumptions.DEMAND_GROWTH) / 100;
        double share = totalT > 0 ? Math.max(0, Math.min(1, savingsT / totalT)) : 0;
        double electrifyBy = a.value(CapacityAssumptions.ELECTRIFY_BY), upgrade = a.value(CapacityAssumptions.UPGRADE_YEAR);
        double savingsBy = a.value(CapacityAssumptions.SAVINGS_BY);
        double perFossilKwh = a.value(CapacityAssumptions.BOILER_EFFICIENCY) / factorKg.get(CapacityAssumptions.SEASONAL_COP_FACTOR);
        double within = 0, later = 0;
        if (headroom != null && headroom.fossilKwh() > 0) {
            within = headroom.withinShare();
            later = 1 - within;
        } else if (fossilKwh > 0) {
            later = 1;
        }
        double assessed = headroom == null || headroom.fossilKwh() <= 0 ? 0
                : (headroom.of(Verdict.WITHIN).fossilKwh() + headroom.of(Verdict.UPGRADE).fossilKwh()) / headroom.fossilKwh();
        List<CarbonPath.Point> points = new ArrayList<>();
        for (int y = fromYear; y <= NetZeroCheck.NET_ZERO_YEAR; y++) {
            double grid = a.grid().ratio(y, fromYear);
            double grow = Math.pow(1 + growth, y - fromYear);
            double gridOnly = elecT * grid + fossilT + otherT;
            double electrified = within * phase(y, fromYear, electrifyBy) + later * (y >= upgrade ? 1 : 0);
            double addedT = electrified * fossilKwh * perFossilKwh * gridKgPerKwh * grid / 1000;
            double c = grow * (elecT * grid + fossilT * (1 - electrified) + addedT + otherT);
            double d = c * (1 - share * phase(y, fromYear, savingsBy));
            points.add(new CarbonPath.Point(y, a.grid().intensity(y), grid, grow, electrified, gridOnly, grow * gridOnly, c, d,
                    netZero == null ? null : netZero.pathIn(y)));
        }
        String note = netZero == null ? "No Net Zero path: the estates carbon has no earlier comparable year to start it from."
                : "Net Zero path from " + netZero.baselineYear() + ": 80% below by 2030, zero by 2040.";
        return new CarbonPath(estates.org(), fromYear, totalT, q.getOrDefault(GRID, 0.0), q.getOrDefault("natural_gas", 0.0),
                q.getOrDefault("fuel_oil", 0.0), q.getOrDefault("coal_industrial", 0.0), elecT, fossilT, otherT, within, growth * 100, savingsT,
                share, assessed, points, note);
    }

    /** Share done by {@code year} of a change made in equal steps from the year after {@code from} to {@code by}. */
    static double phase(int year, int from, double by) {
        if (year <= from) return 0;
        if (by <= from + 1) return 1;
        return Math.min(1, (year - from) / (by - from));
    }
}
