package uk.nhs.greenbench.model;


import java.util.List;
import java.util.Map;

/**
 * One organisation's (or area's) figures for one indicator in one year: the row of figures.csv.
 *
 * @param members     trusts with a value (areas), or 1
 * @param coverage    share of floor area in sites that reported the indicator's measures (trusts)
 * @param pricing     the rates the savings were priced at (own or peer median), with what they came from
 * @param sourceRows  the ERIC rows the figure was summed from (trusts)
 * @param numeratorFactors factor id → the quantity it applies to in the numerator (carbon indicators; areas sum
 *                    their members'), so that Σ quantity × factor gives the numerator
 */
public record FigureRow(String year, OrgRef org, String indicator, String theme, String unit, String polarity,
                        String savingUnit, Double numerator, Double denominator, Double value, Benchmark benchmark,
                        Saving typical, Saving stretch, String factorYear, List<String> flags, int members,
                        Double coverage, Pricing pricing, String sourceRows, Map<String, Double> numeratorFactors) {
    public static final String NOT_SUPPLIED = "not_supplied";
    /** A value so far from its peers that it is most likely a unit error: shown, but used for nothing. */
    public static final String UNIT_ERROR = "unit_error_likely";

    public FigureRow {
        flags = List.copyOf(flags);
        numeratorFactors = numeratorFactors == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(numeratorFactors));
    }

    /** £ per saving unit (intensity indicators), or null. */
    public Double unitCostGbp() {
        return "intensity".equals(pricing.method()) ? pricing.cost().value() : null;
    }

    /** kgCO2e per saving unit (intensity indicators), or null. */
    public Double unitCarbonKg() {
        return "intensity".equals(pricing.method()) ? pricing.carbon().value() : null;
    }

    /** Whether the figure needs returns (figures not in ERIC) that were not supplied for this organisation. */
    public boolean notSupplied() {
        return flags.contains(NOT_SUPPLIED);
    }

    /**
     * Whether the value is left out of everything computed from it (peer quartiles, area sums, trends, savings)
     * because it is most likely a unit error. It is still shown, with the flag that says why.
     */
    public boolean excluded() {
        for (String f : flags) if (f.startsWith(UNIT_ERROR)) return true;
        return false;
    }

    /** The value when it may be used in sums, trends and comparisons; null when there is none or it is excluded. */
    public Double usableValue() {
        return excluded() ? null : value;
    }

    public String qualityFlags() {
        return String.join("; ", flags);
    }
}
