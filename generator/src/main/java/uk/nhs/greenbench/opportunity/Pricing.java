package uk.nhs.greenbench.opportunity;

import uk.nhs.greenbench.figures.Saving;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.Polarity;

/**
 * The rates a trust's saving on one indicator is priced at (they do not depend on the benchmark). For an
 * intensity indicator {@code cost} and {@code carbon} are per unit of the numerator; for a route shift the
 * four route rates are per unit moved. The spreadsheet writers reproduce {@link #saving} as formulas.
 */
public record Pricing(String method, UnitRate cost, UnitRate carbon, UnitRate fromCost, UnitRate fromCarbon,
                      UnitRate toCost, UnitRate toCarbon) {
    public static final Pricing NONE = new Pricing("none", UnitRate.MISSING, UnitRate.MISSING, UnitRate.MISSING,
            UnitRate.MISSING, UnitRate.MISSING, UnitRate.MISSING);

    /** Units saved = max(0, (value − benchmark) × denominator ÷ scale), mirrored when high is good. */
    public static double units(IndicatorDefinition d, double value, double denominator, double benchmark) {
        double gap = d.polarity() == Polarity.LOW_IS_GOOD ? value - benchmark : benchmark - value;
        return Math.max(0, gap * denominator / d.scaleOrOne());
    }

    public Saving saving(IndicatorDefinition d, double value, double denominator, double benchmark) {
        double units = units(d, value, denominator, benchmark);
        if ("intensity".equals(method)) {
            return new Saving(units, nullable(units * cost.orNaN()), nullable(units * carbon.orNaN() / 1000));
        }
        if ("route-shift".equals(method)) {
            return new Saving(units, nullable(units * (fromCost.orNaN() - toCost.orNaN())),
                    nullable(units * (fromCarbon.orNaN() - toCarbon.orNaN()) / 1000));
        }
        return new Saving(units, null, null);
    }

    private static Double nullable(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
