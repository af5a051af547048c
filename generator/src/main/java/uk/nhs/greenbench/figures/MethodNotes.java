package uk.nhs.greenbench.figures;

import uk.nhs.greenbench.model.Headlines;

import uk.nhs.greenbench.benchmark.PeerDistribution;
import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.PlausibilityChecks;

import java.util.List;
import java.util.Locale;

/**
 * The method in words, built from the constants the calculation uses and the indicator definitions, shared
 * by the workbooks and the reports so that what they say cannot drift from what was computed.
 */
public final class MethodNotes {
    private MethodNotes() {
    }

    /** (topic, text) pairs describing the general method. */
    public static List<String[]> general(FactorSet factors, Figures.Peers peers, PlausibilityChecks checks) {
        String how = peers.description();
        List<String[]> notes = new java.util.ArrayList<>(List.of(
                new String[]{"Peers", Character.toUpperCase(how.charAt(0)) + how.substring(1) + " (" + peers.label() + "), that year. Where fewer than "
                        + PeerDistribution.MIN_PEERS + " of a trust's comparators have a value, it is compared with all trusts, and flagged. "
                        + "Each trust's comparators are listed in peers.csv and named in figures.csv (comparator)."},
                new String[]{"Benchmarks", "Typical = the peer median; stretch = the best quartile (Q1 when lower is better, Q3 when higher is better). "
                        + "Quantiles use linear interpolation, as Excel's PERCENTILE.INC; the percentile is PERCENTRANK.INC."},
                new String[]{"Units saved", "MAX(0, (value − benchmark) × denominator ÷ scale), mirrored when higher is better: the trust's gap to its benchmark, in the indicator's own units."},
                new String[]{"£ and tCO2e", "Intensity indicators: units saved × the trust's own £ and kgCO2e per unit (the peer median where it reported none). "
                        + "Share indicators: the units moved from one route to another × the difference between the two routes' £ and kgCO2e per unit; "
                        + "where the better route costs more, the move has a cost, shown as \"costs £X\", never as a negative saving."},
                new String[]{"Adding up", Headlines.RULE},
                new String[]{"Areas", "An ICS, region or England value is the ratio of the sums over member trusts with a usable value; its savings add the members' savings by the same rule, each trust against its own peer group."},
                new String[]{"Sites", "Site rows are summed to trust level. A site marked 'Not Applicable' for a measure adds to neither numerator nor denominator; "
                        + (checks == null ? "a value is flagged when the sites that reported it hold only part of the floor area."
                        : String.format(Locale.UK, "a value is flagged when sites with less than %.0f%% of the floor area reported it (%s).",
                        checks.coverage().warnBelow() * 100, PlausibilityChecks.FILE))},
                new String[]{"Carbon", "Location-based, as the SDU's published figures: every kWh of supplied electricity at the UK grid factor; only the trust's own solar electricity it consumes counts as zero. Factor set: "
                        + factors.label() + "."}));
        if (checks != null) {
            notes.add(new String[]{"Outliers", String.format(Locale.UK, "A value whose robust z-score among the trusts of its ERIC type is beyond %.1f is flagged (intensities only), whichever trusts it is compared with, and still used. ",
                    checks.outlier().robustZ()) + checks.outlier().why()});
            notes.add(new String[]{"Likely unit errors", String.format(Locale.UK, "A value beyond robust z %.0f that is also at least %.0f times (or at most 1/%.0f of) its type's median is a likely unit error. ",
                    checks.unitError().robustZ(), checks.unitError().timesPeerMedian(), checks.unitError().timesPeerMedian()) + checks.unitError().why()});
            notes.add(new String[]{"Own prices", String.format(Locale.UK, "A trust's own £ per unit below %.1f or above %.0f times its peers' median is replaced by the median. ",
                    checks.ownUnitRate().lowerTimesPeerMedian(), checks.ownUnitRate().upperTimesPeerMedian()) + checks.ownUnitRate().why()});
        }
        return notes;
    }

    /** A target or share as written in prose: 60, 0.5, never 60.0. */
    public static String number(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** How an indicator's saving is priced, in words. */
    public static String pricing(IndicatorDefinition d) {
        var rule = d.saving();
        if (rule.isIntensity() && rule.carbon() == null) {
            return "Units of " + d.savingUnit() + " × the trust's £ (" + rule.cost().describe() + ") per unit; not priced in carbon.";
        }
        if (rule.isIntensity()) {
            return "Units of " + d.savingUnit() + " × the trust's £ (" + rule.cost().describe() + ") and kgCO2e (carbon of "
                    + rule.carbon().describe() + ") per unit.";
        }
 if (rule.isTargetMix()) {
            return d.savingUnit() + " moved towards the target mix (" + d.targetMix().describe() + "), priced at Σ (stream − target share × total) × the "
                    + "stream's own £ and kgCO2e per " + d.savingUnit() + " (its peers' median where it sent none that way) ÷ the " + d.savingUnit()
                    + " that change stream: what any part of the way saves, per " + d.savingUnit() + " moved. Negative where the target mix costs more than today's.";
        }
        if (rule.isRouteShift()) {
            return d.savingUnit() + " moved from " + rule.from().name() + " to " + rule.to().name()
                    + ", priced at the difference between the two routes' £ and kgCO2e per " + d.savingUnit() + ".";
        }
        return "Not priced: " + rule.reason();
    }
}
