package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.factor.Factor;
import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.indicator.Expression;
import uk.nhs.greenbench.indicator.Term;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * An indicator {@link Expression} made ready for one year's site rows: each term's measure is a slot of the row's
 * values ({@link MeasureSlots}), its factor an index into the indicator's factors with the year's value looked up once.
 * The arithmetic is {@link Expression#evaluate}'s, term by term in the same order, so the sums are the same doubles.
 */
final class SlotExpression {
    private final int[] slot;
    private final double[] multiplier;
    /** Index into the indicator's factor ids, or -1 for a term without a factor. */
    private final int[] factor;
    /** The factor's value in the year, NaN when the year has not got it (an error only if a row needs it). */
    private final double[] factorValue;
    private final List<String> factorIds;
    private final String year;

    private SlotExpression(int terms, List<String> factorIds, String year) {
        this.slot = new int[terms];
        this.multiplier = new double[terms];
        this.factor = new int[terms];
        this.factorValue = new double[terms];
        this.factorIds = factorIds;
        this.year = year;
    }

    /**
     * @param slotOf    a measure's slot in the row's values ({@link MeasureSlots})
     * @param factorIds the indicator's factor ids, in the order first met; a factor not yet among them is added
     * @return null for a null expression (a saving rule without that part)
     */
    static SlotExpression of(Expression e, ToIntFunction<String> slotOf, List<String> factorIds, FactorSet factors) {
        if (e == null) return null;
        List<Term> terms = e.terms();
        SlotExpression x = new SlotExpression(terms.size(), factorIds, factors.dataYear());
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            x.slot[i] = slotOf.applyAsInt(t.measure());
            x.multiplier[i] = t.multiplier();
            if (!t.hasFactor()) {
                x.factor[i] = -1;
                continue;
            }
            if (!factorIds.contains(t.factor())) factorIds.add(t.factor());
            x.factor[i] = factorIds.indexOf(t.factor());
            Factor f = factors.factors().get(t.factor());
            x.factorValue[i] = f == null ? Double.NaN : f.value();
        }
        return x;
    }

    /**
     * The sum for one row's values, NaN when none of its measures is present there ({@link #anyPresent} tells that
     * apart from a sum that is NaN).
     *
     * @param used set true for the index of each factor applied
     * @throws Expression.MissingFactorException when a present measure needs a factor the year has not got
     */
    double sum(double[] values, boolean[] used) {
        double sum = 0;
        boolean any = false;
        for (int i = 0; i < slot.length; i++) {
            double v = values[slot[i]];
            if (Double.isNaN(v)) continue;
            double x = v * multiplier[i];
            int f = factor[i];
            if (f >= 0) {
                if (Double.isNaN(factorValue[i])) throw new Expression.MissingFactorException(factorIds.get(f), year);
                x *= factorValue[i];
                used[f] = true;
            }
            sum += x;
            any = true;
        }
        return any ? sum : Double.NaN;
    }

    /** Whether a row has any of the expression's measures. */
    boolean anyPresent(double[] values) {
        for (int s : slot) if (!Double.isNaN(values[s])) return true;
        return false;
    }

    /**
     * Adds, for each factor term whose measure is present, the measure quantity (× coefficient) under the factor's
     * index: Σ quantity × factor then reproduces {@link #sum}'s carbon, which lets a spreadsheet recompute it when a
     * factor is changed.
     */
    void accumulateFactorQuantities(double[] values, FactorQuantities into) {
        for (int i = 0; i < slot.length; i++) {
            if (factor[i] < 0) continue;
            double v = values[slot[i]];
            if (Double.isNaN(v)) continue;
            into.add(factor[i], v * multiplier[i]);
        }
    }
}
