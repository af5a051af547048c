package uk.nhs.greenbench.model;

import java.util.Map;

/**
 * How a route's quantity was made when some of its terms are multiplied by a factor (heat a heat pump gives = kWh of
 * electricity × its seasonal COP): quantity = Σ byFactor[f] × f + plain. The workbook writes it as that formula, so
 * editing the factor on the Assumptions sheet recomputes the rates built on it.
 *
 * @param byFactor factor id → the measure quantity it multiplies (sorted, so formulas are the same on every run)
 * @param plain    the part of the quantity no factor multiplies
 */
public record QuantityTerms(Map<String, Double> byFactor, double plain) {
    public static final QuantityTerms NONE = new QuantityTerms(Map.of(), 0);

    public QuantityTerms {
        byFactor = SortedCopy.of(byFactor);
    }

    public boolean isEmpty() {
        return byFactor.isEmpty();
    }
}
