package uk.nhs.greenbench.model;

import java.util.Map;

/**
 * One rate used to price a saving: £ or kgCO2e per unit.
 *
 * @param value            the rate, or null when neither the trust nor its peers reported what it needs
 * @param basis            {@code own} (the trust's own figures), {@code peer median} or {@code none}
 * @param quantity         for an own carbon rate, the units it is spread over
 * @param factorQuantities for an own carbon rate, factor id → quantity, so rate = Σ quantity × factor ÷ quantity
 * @param quantityTerms    for an own rate whose quantity is itself a factor times a measure, how it was made
 */
public record UnitRate(Double value, String basis, Double quantity, Map<String, Double> factorQuantities, QuantityTerms quantityTerms) {
    public static final String OWN = "own", PEER_MEDIAN = "peer median", NONE = "none";
    public static final UnitRate MISSING = new UnitRate(null, NONE, null, Map.of());

    public UnitRate(Double value, String basis, Double quantity, Map<String, Double> factorQuantities) {
        this(value, basis, quantity, factorQuantities, QuantityTerms.NONE);
    }

    public UnitRate {
        quantityTerms = quantityTerms == null ? QuantityTerms.NONE : quantityTerms;
        // Sorted, so that the spreadsheet formula built from it is the same on every run.
        factorQuantities = SortedCopy.of(factorQuantities);
    }

    public double orNaN() {
        return value == null ? Double.NaN : value;
    }

    /** An own £ rate over a quantity made with a factor: the workbook recomputes it when the factor is edited. */
    public boolean isOwnOverFactorQuantity() {
        return OWN.equals(basis) && factorQuantities.isEmpty() && !quantityTerms.isEmpty() && quantity != null;
    }

    public boolean isOwnCarbon() {
        return OWN.equals(basis) && !factorQuantities.isEmpty();
    }
}
