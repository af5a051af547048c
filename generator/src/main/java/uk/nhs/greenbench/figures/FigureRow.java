package uk.nhs.greenbench.figures;

import java.util.List;

/**
 * One organisation's (or area's) figures for one indicator in one year: the row of figures.csv.
 *
 * @param members     trusts with a value (areas), or 1
 * @param coverage    share of floor area in sites that reported the indicator's measures (trusts)
 * @param unitCostGbp £ per saving unit used to price the saving (intensity indicators)
 * @param unitCarbonKg kgCO2e per saving unit used
 * @param sourceRows  the ERIC rows the figure was summed from (trusts)
 */
public record FigureRow(String year, OrgRef org, String indicator, String theme, String unit, String polarity,
                        String savingUnit, Double numerator, Double denominator, Double value, Benchmark benchmark,
                        Saving typical, Saving stretch, String factorYear, List<String> flags, int members,
                        Double coverage, Double unitCostGbp, Double unitCarbonKg, String sourceRows) {
    public FigureRow {
        flags = List.copyOf(flags);
    }

    public String qualityFlags() {
        return String.join("; ", flags);
    }
}
