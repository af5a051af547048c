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
 * @param target      what closing the gap to the national target's value would be worth (the indicator's
 *                    {@code targetValue}; areas add their members'), or {@link Saving#NONE} when it names none
 */
public record FigureRow(String year, OrgRef org, String indicator, String theme, String unit, String polarity,
                        String savingUnit, Double numerator, Double denominator, Double value, Benchmark benchmark,
                        Saving typical, Saving stretch, String factorYear, List<Flag> flags, int members,
                        Double coverage, Pricing pricing, String sourceRows, Map<String, Double> numeratorFactors,
                        Saving target) {
    public FigureRow(String year, OrgRef org, String indicator, String theme, String unit, String polarity,
                     String savingUnit, Double numerator, Double denominator, Double value, Benchmark benchmark,
                     Saving typical, Saving stretch, String factorYear, List<Flag> flags, int members,
                     Double coverage, Pricing pricing, String sourceRows, Map<String, Double> numeratorFactors) {
        this(year, org, indicator, theme, unit, polarity, savingUnit, numerator, denominator, value, benchmark, typical, stretch,
                factorYear, flags, members, coverage, pricing, sourceRows, numeratorFactors, Saving.NONE);
    }

    public FigureRow {
        target = target == null ? Saving.NONE : target;
        flags = List.copyOf(flags);
        numeratorFactors = SortedCopy.of(numeratorFactors);
    }

    /** £ per saving unit (intensity indicators), or null. */
    public Double unitCostGbp() {
        return perUnitMoved() ? pricing.cost().value() : null;
    }

    /** kgCO2e per saving unit (intensity indicators), or null. */
    public Double unitCarbonKg() {
        return perUnitMoved() ? pricing.carbon().value() : null;
    }

    /** Whether one £ and one kgCO2e rate price every unit saved (intensity and target-mix indicators). */
    private boolean perUnitMoved() {
        return "intensity".equals(pricing.method()) || "target-mix".equals(pricing.method());
    }

    /** Whether the figure needs returns (figures not in ERIC) that were not supplied for this organisation. */
    public boolean notSupplied() {
        return has(Flag.Code.NOT_SUPPLIED);
    }

    /**
     * Whether the value is left out of everything computed from it (peer quartiles, area sums, trends, savings)
     * because it is most likely a unit error. It is still shown, with the flag that says why.
     */
    public boolean excluded() {
        return has(Flag.Code.UNIT_ERROR_LIKELY);
    }

    /** The value when it may be used in sums, trends and comparisons; null when there is none or it is excluded. */
    public Double usableValue() {
        return excluded() ? null : value;
    }

    /** The same row compared with another benchmark (an area among the areas of its level). */
    public FigureRow withBenchmark(Benchmark b) {
        return new FigureRow(year, org, indicator, theme, unit, polarity, savingUnit, numerator, denominator, value, b, typical, stretch,
                factorYear, flags, members, coverage, pricing, sourceRows, numeratorFactors, target);
    }

    public boolean has(Flag.Code code) {
        for (Flag f : flags) if (f.is(code)) return true;
        return false;
    }

    /** The flags as figures.csv shows them: {@code coverage_partial(87%); outlier(robust z 4.1)}. */
    public String qualityFlags() {
        return Flag.join(flags);
    }
}
