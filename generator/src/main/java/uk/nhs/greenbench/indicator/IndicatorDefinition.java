package uk.nhs.greenbench.indicator;


import java.util.List;

/**
 * One indicator, as declared in {@code indicators/<id>.json}. value = numerator ÷ denominator × scale.
 *
 * @param theme      energy, water, waste or carbon
 * @param target     the national commitment it serves (Long Term Plan 2019 / Delivering a Net Zero NHS 2020)
 * @param firstYear  first ERIC year it applies to (inclusive), or null
 * @param lastYear   last ERIC year it applies to (inclusive), or null
 * @param checkOutliers whether values far from the peer group (robust z) are flagged; off for shares, which
 *                   are bounded 0–100% and cluster at the ends, where a robust z flags ordinary trusts
 * @param headline   whether its savings count in headline totals; the headline set is chosen so that no
 *                   saving is counted twice (energy use, not also energy cost and energy carbon)
 * @param grain      "ics" for an indicator measured for the ICB as a whole (inhaler prescribing), compared across
 *                   ICBs and rolled up to regions and England; trusts (the default) otherwise
 * @param site       how the indicator is shown site by site (its numerator's total and its value per site), or null
 *                   when it is not
 * @param unitPrice  for a cost indicator, the indicator whose numerator is the quantity bought (energy-intensity's kWh),
 *                   so the price per unit can be set beside the cost and a price shock told from waste; or null
 * @param zeroIsUnmeasured whether a trust's numerator of exactly zero is read as not measured rather than as a best value
 *                   (no food waste at all from sites serving hundreds of thousands of meals; no building metered)
 * @param collectedFrom the first ERIC year that asked for what the indicator needs (ERIC's Net Zero questions: 2021-22):
 *                   earlier years say "not collected" rather than "not published"; or null
 * @param targetValue the value the national target asks for, in the indicator's unit (60 for a 60% share): each figure
 *                   also gives its gap to it; or null when the target names no figure
 * @param targetMix  for an indicator measured as the distance from a target mix of streams (the Clinical Waste
 *                   Strategy's 20/20/60), the streams and their target shares; or null
 */
public record IndicatorDefinition(String id, String title, String theme, String description, String whyItMatters,
                                  String target, Expression numerator, Expression denominator, String unit,
                                  Double scale, Polarity polarity, SavingRule saving, String firstYear,
                                  String lastYear, String savingUnit, Integer order, List<String> caveats,
                                  Boolean checkOutliers, Boolean headline, List<Break> comparability, Boolean netZero, String grain,
                                  SiteColumn site, UnitPrice unitPrice, String collectedFrom, Boolean zeroIsUnmeasured,
                                  Double targetValue, TargetMix targetMix) {
    public IndicatorDefinition {
        caveats = caveats == null ? List.of() : List.copyOf(caveats);
        comparability = comparability == null ? List.of() : List.copyOf(comparability);
    }

    /**
     * A change in how ERIC collects what the indicator needs: values from {@code from} on are not comparable with
     * earlier ones, so trends start again there.
     */
    public record Break(String from, String reason) {
    }

    /**
     * The indicator on a trust's Sites sheet: its numerator summed per site, shown as {@code title} in {@code unit}
     * (the numerator ÷ {@code divisor}: kgCO2e ÷ 1000 for tCO2e), beside the indicator's own value for the site.
     */
    public record SiteColumn(String title, String unit, Double divisor) {
        public double divide() {
            return divisor == null ? 1 : divisor;
        }
    }

    /**
     * The price a cost indicator's numerator implies per unit of another indicator's numerator: cost ÷ quantity × scale
     * in {@code unit} (energy cost ÷ kWh × 100 = p/kWh).
     */
    public record UnitPrice(String of, String unit, Double scale) {
        public double scaleOrOne() {
            return scale == null ? 1 : scale;
        }
    }

    /**
     * A target mix of streams listed from the highest-carbon route down (high-temperature incineration, alternative
     * treatment, offensive waste), each with its share (%) of the streams' total. The upper streams' target shares are
     * ceilings: a trust meets the mix when, for every stream, it sends no more through that stream and those above it
     * than their target shares allow. What falls short is moved down the list, never up: a trust with more offensive
     * waste than the mix asks for is beyond it, not away from it.
     */
    public record TargetMix(String name, List<Stream> streams) {
        public TargetMix {
            streams = streams == null ? List.of() : List.copyOf(streams);
        }

        /**
         * The streams after the fewest moves down the list that meet the mix: each cumulative total (this stream and
         * those above it) becomes the smaller of itself and its target; the total is unchanged.
         */
        public double[] reached(double[] quantities) {
            double total = 0;
            for (double q : quantities) total += q;
            double[] after = new double[quantities.length];
            double cumulative = 0, cumulativeTarget = 0, previous = 0;
            for (int i = 0; i < quantities.length; i++) {
                cumulative += quantities[i];
                cumulativeTarget += streams.get(i).fraction() * total;
                double capped = i == quantities.length - 1 ? total : Math.min(cumulative, cumulativeTarget);
                after[i] = capped - previous;
                previous = capped;
            }
            return after;
        }

        /**
         * The quantity that has to move down the list to meet the mix: the largest excess of a cumulative total over its
         * target (a tonne moved from the first stream to the last crosses two boundaries but moves once).
         */
        public double toMove(double[] quantities) {
            double total = 0;
            for (double q : quantities) total += q;
            double cumulative = 0, cumulativeTarget = 0, most = 0;
            for (int i = 0; i < quantities.length - 1; i++) {
                cumulative += quantities[i];
                cumulativeTarget += streams.get(i).fraction() * total;
                most = Math.max(most, cumulative - cumulativeTarget);
            }
            return most;
        }

        /** One stream: what goes through it, what it costs and what it emits, and its share (%) in the target mix. */
        public record Stream(String name, Double share, Expression quantity, Expression cost, Expression carbon) {
            public double fraction() {
                return share / 100;
            }
        }

        /** "20% high-temperature incineration, 20% alternative treatment, 60% offensive waste". */
        public String describe() {
            List<String> parts = new java.util.ArrayList<>();
            for (Stream s : streams) parts.add(new java.math.BigDecimal(Double.toString(s.share())).stripTrailingZeros().toPlainString() + "% " + s.name());
            return String.join(", ", parts);
        }
    }

    public boolean hasTargetMix() {
        return targetMix != null;
    }

    /** The numerator in words: its expression, or for a target-mix indicator what the tonnes to move are made of. */
    public String numeratorText() {
        if (!hasTargetMix()) return numerator.describe();
        return "the " + savingUnit + " that would have to move to a lower-carbon stream to reach the target mix (" + targetMix.describe()
                + "; the upper streams' shares as ceilings), out of " + numerator.describe();
    }

    public boolean readsZeroAsUnmeasured() {
        return zeroIsUnmeasured != null && zeroIsUnmeasured;
    }

    /** Whether ERIC had not yet asked for what the indicator needs in {@code year}. */
    public boolean notCollectedIn(String year) {
        return collectedFrom != null && year.compareTo(collectedFrom) < 0;
    }

    /** Whether the NHS Net Zero trajectory applies to the indicator's numerator (a carbon total). */
    public boolean hasNetZeroTrajectory() {
        return netZero != null && netZero;
    }

    /** The latest break at or before {@code year}, or null when every earlier year is comparable with it. */
    public Break breakBefore(String year) {
        Break latest = null;
        for (Break b : comparability) {
            if (b.from().compareTo(year) <= 0 && (latest == null || b.from().compareTo(latest.from()) > 0)) latest = b;
        }
        return latest;
    }

    public static final String ICS_GRAIN = "ics";

    /** Whether the indicator is measured for ICBs rather than trusts. */
    public boolean isIcsGrain() {
        return ICS_GRAIN.equals(grain);
    }

    /** The ids of the headline indicators among these: the only ones a headline total adds. */
    public static java.util.Set<String> headlineIds(java.util.Collection<IndicatorDefinition> defs) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (IndicatorDefinition d : defs) if (d.isHeadline()) ids.add(d.id());
        return ids;
    }

    /** The theme whose indicators are readiness measures (plans, meters, heat pumps): reports give them a page of their own. */
    public static final String READINESS_THEME = "Net Zero readiness";

    public boolean isReadiness() {
        return READINESS_THEME.equalsIgnoreCase(theme);
    }

    public boolean isHeadline() {
        return headline != null && headline;
    }

    public boolean outlierCheck() {
        return checkOutliers == null || checkOutliers;
    }

    public double scaleOrOne() {
        return scale == null ? 1.0 : scale;
    }

    /** Whether the indicator is defined for an ERIC financial year such as {@code 2019-20}. */
    public boolean appliesTo(String year) {
        if (firstYear != null && year.compareTo(firstYear) < 0) return false;
        return lastYear == null || year.compareTo(lastYear) <= 0;
    }

    public String yearsDescription() {
        if (firstYear == null && lastYear == null) return "all years";
        if (lastYear == null) return "from " + firstYear;
        if (firstYear == null) return "up to " + lastYear;
        return firstYear + " to " + lastYear;
    }
}
