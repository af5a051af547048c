package uk.nhs.greenbench.model;

import java.util.Map;
import java.util.Set;

/**
 * One trust's sums for one indicator, over the sites where both numerator and denominator were reported.
 *
 * @param sites        sites included
 * @param coverage     share of the trust's floor area in the included sites (0–1), NaN if no floor area
 * @param cost         the saving rule's cost expression summed (intensity), NaN if none reported
 * @param carbonKg     the saving rule's carbon expression summed (intensity), NaN if none reported
 * @param carbonQuantities factor id → quantity it applies to, so that carbonKg = Σ quantity × factor
 * @param sourceRows   compact list of the file rows used, for tracing a figure back to the data
 * @param numeratorFactors factor id → quantity it applies to in the numerator (carbon indicators), so that a change in
 *                         carbon can be split into the change in factors and the change in what was consumed
 * @param streams      for a target-mix indicator, the sums of each stream in the order the mix names them; else empty
 */
public record IndicatorInputs(double numerator, double denominator, int sites, int sitesTotal, double coverage,
                              double cost, double carbonKg, Map<String, Double> carbonQuantities, Route from, Route to,
                              String sourceRows, Set<String> factorsUsed, Map<String, Double> numeratorFactors,
                              java.util.List<Route> streams) {
    public IndicatorInputs(double numerator, double denominator, int sites, int sitesTotal, double coverage, double cost,
                           double carbonKg, Map<String, Double> carbonQuantities, Route from, Route to, String sourceRows,
                           Set<String> factorsUsed, Map<String, Double> numeratorFactors) {
        this(numerator, denominator, sites, sitesTotal, coverage, cost, carbonKg, carbonQuantities, from, to, sourceRows,
                factorsUsed, numeratorFactors, java.util.List.of());
    }

    public IndicatorInputs {
        streams = streams == null ? java.util.List.of() : java.util.List.copyOf(streams);
        numeratorFactors = SortedCopy.of(numeratorFactors);
        // Sorted, so that the formulas and notes built from it are the same on every run.
        carbonQuantities = SortedCopy.of(carbonQuantities);
    }

    /**
     * Sums for one route of a route-shift saving; NaN where nothing was reported.
     *
     * @param carbonQuantities factor id → quantity it applies to, so that carbonKg = Σ quantity × factor
     */
    public record Route(double quantity, double cost, double carbonKg, Map<String, Double> carbonQuantities,
                        uk.nhs.greenbench.model.QuantityTerms quantityTerms) {
        public static final Route NONE = new Route(Double.NaN, Double.NaN, Double.NaN, Map.of());

        public Route(double quantity, double cost, double carbonKg, Map<String, Double> carbonQuantities) {
            this(quantity, cost, carbonKg, carbonQuantities, uk.nhs.greenbench.model.QuantityTerms.NONE);
        }

        public Route {
            quantityTerms = quantityTerms == null ? uk.nhs.greenbench.model.QuantityTerms.NONE : quantityTerms;
            // Sorted, so that the formulas and notes built from it are the same on every run.
        carbonQuantities = SortedCopy.of(carbonQuantities);
        }

        public double unitCost() {
            return quantity > 0 && !Double.isNaN(cost) ? cost / quantity : Double.NaN;
        }

        public double unitCarbonKg() {
            return quantity > 0 && !Double.isNaN(carbonKg) ? carbonKg / quantity : Double.NaN;
        }
    }

    /** The routes' quantities, a route with nothing reported as 0. */
    public static double[] quantities(java.util.List<Route> routes) {
        double[] q = new double[routes.size()];
        for (int i = 0; i < q.length; i++) q[i] = Double.isNaN(routes.get(i).quantity()) ? 0 : routes.get(i).quantity();
        return q;
    }

    public boolean hasData() {
        return sites > 0;
    }
}
