package uk.nhs.greenbench.model;

/**
 * The rates a trust's saving on one indicator is priced at (they do not depend on the benchmark). For an
 * intensity indicator {@code cost} and {@code carbon} are per unit of the numerator; for a route shift the
 * four route rates are per unit moved; for a target mix {@code cost} and {@code carbon} are per unit that changes
 * stream on the way to the mix. The spreadsheet writers reproduce {@link #saving} as formulas.
 */
public record Pricing(String method, UnitRate cost, UnitRate carbon, UnitRate fromCost, UnitRate fromCarbon,
                      UnitRate toCost, UnitRate toCarbon) {
    public static final Pricing NONE = new Pricing("none", UnitRate.MISSING, UnitRate.MISSING, UnitRate.MISSING,
            UnitRate.MISSING, UnitRate.MISSING, UnitRate.MISSING);

    /**
     * Units saved = max(0, (value − benchmark) × denominator ÷ scale), mirrored when high is good.
     *
     * @param scale the indicator's scale (value = numerator ÷ denominator × scale)
     */
    public static double units(boolean lowIsGood, double scale, double value, double denominator, double benchmark) {
        double gap = lowIsGood ? value - benchmark : benchmark - value;
        return Math.max(0, gap * denominator / scale);
    }

    /** What moving from {@code value} to {@code benchmark} saves, priced at these rates. */
    public Saving saving(boolean lowIsGood, double scale, double value, double denominator, double benchmark) {
        double units = units(lowIsGood, scale, value, denominator, benchmark);
        return new Saving(units, nullable(units * gbpPerUnitOrNaN()), nullable(units * kgPerUnitOrNaN() / 1000));
    }

    /** £ saved per unit: the unit cost (intensity), or the cost of the route left less the route taken; null when not priced. */
    public Double gbpPerUnit() {
        return nullable(gbpPerUnitOrNaN());
    }

    /** kgCO2e saved per unit, as {@link #gbpPerUnit}. */
    public Double kgPerUnit() {
        return nullable(kgPerUnitOrNaN());
    }

    private double gbpPerUnitOrNaN() {
        return switch (method) {
            case "intensity", "target-mix" -> cost.orNaN();
            case "route-shift" -> fromCost.orNaN() - toCost.orNaN();
            default -> Double.NaN;
        };
    }

    private double kgPerUnitOrNaN() {
        return switch (method) {
            case "intensity", "target-mix" -> carbon.orNaN();
            case "route-shift" -> fromCarbon.orNaN() - toCarbon.orNaN();
            default -> Double.NaN;
        };
    }

    private static Double nullable(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
