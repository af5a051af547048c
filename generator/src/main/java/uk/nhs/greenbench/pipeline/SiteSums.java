package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.model.IndicatorInputs;

import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.indicator.Expression;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.SavingRule;
import uk.nhs.greenbench.ingest.ReturnsFile;
import uk.nhs.greenbench.ingest.SiteRecord;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One trust's running sums for one indicator, over its sites as they are read. A site is included only when
 * both the numerator and the denominator were reported there, so a site marked "Not Applicable" adds to
 * neither.
 */
final class SiteSums {
    private final IndicatorDefinition indicator;
    private final FactorSet factors;
    // Hash-based while rows are added (once per site and indicator); sorted when the sums are handed on.
    private final Set<String> used = new HashSet<>();
    private final SourceRows rows = new SourceRows();
    private final Sum cost = new Sum(), carbon = new Sum();
    private final Map<String, Double> numeratorFactors = new HashMap<>();
    private final RouteSum from = new RouteSum(), to = new RouteSum();
    private final java.util.List<RouteSum> streams = new java.util.ArrayList<>();
    private double num, den, giaIncluded;
    private int included, returnsIncluded;
    private Expression.MissingFactorException failure;
    private final boolean usesTrustFloorArea;

    SiteSums(IndicatorDefinition indicator, FactorSet factors) {
        this.indicator = indicator;
        this.factors = factors;
        Set<String> measures = new TreeSet<>();
        indicator.numerator().collectMeasures(measures);
        indicator.denominator().collectMeasures(measures);
        this.usesTrustFloorArea = measures.contains(TrustSums.TRUST_GIA);
        if (indicator.hasTargetMix()) for (var ignored : indicator.targetMix().streams()) streams.add(new RouteSum());
    }

    /** @param ref the site's row, as {@link SourceRows.Ref#parse} took it apart once for every indicator */
    void add(SiteRecord site, SourceRows.Ref ref) {
        if (include(site)) {
            Double gia = site.measure("gia_m2");
            if (gia != null) giaIncluded += gia;
            rows.add(ref);
        }
    }

    /** A trust's returns count as one more record (not a site): the rows cited are those of the measures used. */
    void addReturn(ReturnsFile.Record r) {
        SiteRecord asRecord = new SiteRecord(r.orgCode(), "", "", "", "", "", "return", r.measures(), "");
        if (include(asRecord)) {
            returnsIncluded++;
            Set<String> measures = new TreeSet<>();
            indicator.numerator().collectMeasures(measures);
            indicator.denominator().collectMeasures(measures);
            for (String m : measures) if (r.rows().containsKey(m)) rows.add(r.rows().get(m));
        }
    }

    /** A trust-level row counts as one more record (not a site), cited with the site rows its floor area comes from. */
    void addTrustRow(SiteRecord row, SourceRows floorAreaRows) {
        if (include(row)) {
            returnsIncluded++;
            rows.add(row.sourceRow());
            if (usesTrustFloorArea) rows.addAll(floorAreaRows);
        }
    }

    /** Adds a record's numerator, denominator and savings inputs when it has both; returns whether it had. */
    private boolean include(SiteRecord site) {
        if (failure != null) return false;
        try {
            OptionalDouble n = indicator.numerator().evaluate(site.measures(), factors, used);
            OptionalDouble dn = indicator.denominator().evaluate(site.measures(), factors, used);
            if (n.isEmpty() || dn.isEmpty()) return false;
            included++;
            num += n.getAsDouble();
            den += dn.getAsDouble();
            indicator.numerator().accumulateFactorQuantities(site.measures(), numeratorFactors);
            SavingRule s = indicator.saving();
            if (s.isIntensity()) {
                cost.add(s.cost(), site);
                carbon.add(s.carbon(), site);
            } else if (s.isRouteShift()) {
                from.add(s.from(), site);
                to.add(s.to(), site);
            } else if (s.isTargetMix()) {
                var mix = indicator.targetMix().streams();
                for (int i = 0; i < mix.size(); i++) streams.get(i).add(mix.get(i), site);
            }
            return true;
        } catch (Expression.MissingFactorException e) {
            // The whole indicator fails for this trust, as it would if the sums were made after reading.
            failure = e;
            return false;
        }
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
                carbon.factorQuantities, s.isRouteShift() ? from.route() : IndicatorInputs.Route.NONE,
                s.isRouteShift() ? to.route() : IndicatorInputs.Route.NONE, rows.toString(), new TreeSet<>(used), numeratorFactors, mix);
    }

    /** What would have to move down the mix's streams to meet it, from the trust's totals (segregation is a trust's policy). */
    private double toMove(java.util.List<IndicatorInputs.Route> mix) {
        return indicator.targetMix().toMove(IndicatorInputs.quantities(mix));
    }

    private final class Sum {
        private double sum;
        private boolean any;
        private final Map<String, Double> factorQuantities = new HashMap<>();

        void add(Expression e, SiteRecord site) {
            if (e == null) return;
            OptionalDouble v = e.evaluate(site.measures(), factors, used);
            if (v.isPresent()) {
                sum += v.getAsDouble();
                any = true;
                e.accumulateFactorQuantities(site.measures(), factorQuantities);
            }
        }

        double value() {
            return any ? sum : Double.NaN;
        }

        /** The sum as factor terms plus a plain part, when some of its terms are multiplied by a factor. */
        uk.nhs.greenbench.model.QuantityTerms terms() {
            if (factorQuantities.isEmpty() || !any) return uk.nhs.greenbench.model.QuantityTerms.NONE;
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

        void add(SavingRule.Route r, SiteRecord site) {
            add(r.quantity(), r.cost(), r.carbon(), site);
        }

        void add(IndicatorDefinition.TargetMix.Stream st, SiteRecord site) {
            add(st.quantity(), st.cost(), st.carbon(), site);
        }

        private void add(Expression q, Expression c, Expression kg, SiteRecord site) {
            quantity.add(q, site);
            cost.add(c, site);
            carbon.add(kg, site);
        }

        IndicatorInputs.Route route() {
            return new IndicatorInputs.Route(quantity.value(), cost.value(), carbon.value(), new TreeMap<>(carbon.factorQuantities), quantity.terms());
        }
    }
}
