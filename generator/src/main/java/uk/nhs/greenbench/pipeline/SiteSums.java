package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.model.IndicatorInputs;

import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.indicator.Expression;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.SavingRule;
import uk.nhs.greenbench.ingest.ReturnsFile;
import uk.nhs.greenbench.ingest.SiteRecord;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One trust's running sums for one indicator, over its sites as they are read. A site is included only when
 * both the numerator and the denominator were reported there, so a site marked "Not Applicable" adds to
 * neither. The indicator's expressions come compiled for the year ({@link CompiledIndicator}), and each row's values
 * as the array they index.
 */
final class SiteSums {
    private final CompiledIndicator compiled;
    private final IndicatorDefinition indicator;
    private final FactorSet factors;
    private final MeasureSlots slots;
    /** The factors applied, by the indicator's factor index; named and sorted when the sums are handed on. */
    private final boolean[] used;
    private final SourceRows rows = new SourceRows();
    private final Sum cost, carbon;
    private final FactorQuantities numeratorFactors;
    private final RouteSum from, to;
    private final java.util.List<RouteSum> streams = new java.util.ArrayList<>();
    private double num, den, giaIncluded;
    private int included, returnsIncluded;
    private Expression.MissingFactorException failure;
    private final boolean usesTrustFloorArea;

    SiteSums(CompiledIndicator compiled, MeasureSlots slots, FactorSet factors) {
        this.compiled = compiled;
        this.indicator = compiled.definition();
        this.factors = factors;
        this.slots = slots;
        this.used = new boolean[compiled.factorIds().size()];
        this.numeratorFactors = new FactorQuantities(used.length);
        // Made once the indicator's factors are counted: each keeps a sum for every one of them.
        this.cost = new Sum();
        this.carbon = new Sum();
        this.from = new RouteSum();
        this.to = new RouteSum();
        Set<String> measures = new TreeSet<>();
        indicator.numerator().collectMeasures(measures);
        indicator.denominator().collectMeasures(measures);
        this.usesTrustFloorArea = measures.contains(TrustSums.TRUST_GIA);
        if (indicator.hasTargetMix()) for (var ignored : indicator.targetMix().streams()) streams.add(new RouteSum());
    }

    /**
     * @param ref    the site's row, as {@link SourceRows.Ref#parse} took it apart once for every indicator
     * @param values its measures by {@link MeasureSlots} slot, looked up once for every indicator
     */
    void add(SiteRecord site, SourceRows.Ref ref, double[] values) {
        if (include(values)) {
            Double gia = site.measure("gia_m2");
            if (gia != null) giaIncluded += gia;
            rows.add(ref);
        }
    }

    /** A trust's returns count as one more record (not a site): the rows cited are those of the measures used. */
    void addReturn(ReturnsFile.Record r) {
        if (include(slots.values(r.measures()))) {
            returnsIncluded++;
            Set<String> measures = new TreeSet<>();
            indicator.numerator().collectMeasures(measures);
            indicator.denominator().collectMeasures(measures);
            for (String m : measures) if (r.rows().containsKey(m)) rows.add(r.rows().get(m));
        }
    }

    /** A trust-level row counts as one more record (not a site), cited with the site rows its floor area comes from. */
    void addTrustRow(SiteRecord row, SourceRows floorAreaRows) {
        if (include(slots.values(row.measures()))) {
            returnsIncluded++;
            rows.add(row.sourceRow());
            if (usesTrustFloorArea) rows.addAll(floorAreaRows);
        }
    }

    /** Adds a record's numerator, denominator and savings inputs when it has both; returns whether it had. */
    private boolean include(double[] values) {
        if (failure != null) return false;
        try {
            // Both evaluated before either is tested, as the factors they apply count as used either way.
            double n = compiled.numerator().sum(values, used);
            double dn = compiled.denominator().sum(values, used);
            if (absent(n, compiled.numerator(), values) || absent(dn, compiled.denominator(), values)) return false;
            included++;
            num += n;
            den += dn;
            compiled.numerator().accumulateFactorQuantities(values, numeratorFactors);
            SavingRule s = indicator.saving();
            if (s.isIntensity()) {
                cost.add(compiled.cost(), values);
                carbon.add(compiled.carbon(), values);
            } else if (s.isRouteShift()) {
                from.add(compiled.from(), values);
                to.add(compiled.to(), values);
            } else if (s.isTargetMix()) {
                var mix = compiled.streams();
                for (int i = 0; i < mix.size(); i++) streams.get(i).add(mix.get(i), values);
            }
            return true;
        } catch (Expression.MissingFactorException e) {
            // The whole indicator fails for this trust, as it would if the sums were made after reading.
            failure = e;
            return false;
        }
    }

    /** Whether an expression's sum for a row means it had none of its measures (a NaN sum of present ones would not). */
    private static boolean absent(double sum, SlotExpression e, double[] values) {
        return Double.isNaN(sum) && !e.anyPresent(values);
    }

    /**
     * The trust's inputs to the indicator.
     *
     * @param sitesTotal all the trust's sites, reported or not
     * @param giaAll     the floor area of all its sites, for the coverage share
     * @throws Expression.MissingFactorException when a reported measure needed a factor the year has not got
     */
    IndicatorInputs inputs(int sitesTotal, double giaAll) {
        if (failure != null) throw failure;
        SavingRule s = indicator.saving();
        // Floor-area coverage means nothing for figures that come from returns rather than sites.
        boolean fromSites = included > returnsIncluded;
        double coverage = giaAll > 0 && (fromSites || returnsIncluded == 0) ? giaIncluded / giaAll : Double.NaN;
        java.util.List<IndicatorInputs.Route> mix = streams.stream().map(RouteSum::route).toList();
        return new IndicatorInputs(indicator.hasTargetMix() ? toMove(mix) : num, den, included, sitesTotal, coverage, cost.value(), carbon.value(),
                carbon.factorQuantities(), s.isRouteShift() ? from.route() : IndicatorInputs.Route.NONE,
                s.isRouteShift() ? to.route() : IndicatorInputs.Route.NONE, rows.toString(), usedFactors(),
                numeratorFactors.toMap(compiled.factorIds()), mix);
    }

    private Set<String> usedFactors() {
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < used.length; i++) if (used[i]) out.add(compiled.factorIds().get(i));
        return out;
    }

    /** What would have to move down the mix's streams to meet it, from the trust's totals (segregation is a trust's policy). */
    private double toMove(java.util.List<IndicatorInputs.Route> mix) {
        return indicator.targetMix().toMove(IndicatorInputs.quantities(mix));
    }

    private final class Sum {
        private double sum;
        private boolean any;
        private final FactorQuantities quantities = new FactorQuantities(used.length);

        void add(SlotExpression e, double[] values) {
            if (e == null) return;
            double v = e.sum(values, used);
            if (!absent(v, e, values)) {
                sum += v;
                any = true;
                e.accumulateFactorQuantities(values, quantities);
            }
        }

        Map<String, Double> factorQuantities() {
            return quantities.toMap(compiled.factorIds());
        }

        double value() {
            return any ? sum : Double.NaN;
        }

        /** The sum as factor terms plus a plain part, when some of its terms are multiplied by a factor. */
        uk.nhs.greenbench.model.QuantityTerms terms() {
            if (quantities.isEmpty() || !any) return uk.nhs.greenbench.model.QuantityTerms.NONE;
            Map<String, Double> factorQuantities = factorQuantities();
            double plain = sum;
            for (Map.Entry<String, Double> e : new TreeMap<>(factorQuantities).entrySet()) {
                plain -= e.getValue() * factors.get(e.getKey()).map(uk.nhs.greenbench.factor.Factor::value).orElse(0.0);
            }
            // What rounding leaves of a sum made wholly of factor terms is not a part of it.
            if (Math.abs(plain) < 1e-9 * Math.max(1, Math.abs(sum))) plain = 0;
            return new uk.nhs.greenbench.model.QuantityTerms(factorQuantities, plain);
        }
    }

    private final class RouteSum {
        private final Sum quantity = new Sum(), cost = new Sum(), carbon = new Sum();

        void add(CompiledIndicator.Route r, double[] values) {
            quantity.add(r.quantity(), values);
            cost.add(r.cost(), values);
            carbon.add(r.carbon(), values);
        }

        IndicatorInputs.Route route() {
            return new IndicatorInputs.Route(quantity.value(), cost.value(), carbon.value(), new TreeMap<>(carbon.factorQuantities()), quantity.terms());
        }
    }
}
