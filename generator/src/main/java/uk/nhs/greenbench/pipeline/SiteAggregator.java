package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.indicator.Expression;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.SavingRule;
import uk.nhs.greenbench.ingest.SiteRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sums a trust's sites to trust level for one indicator. A site is included only when both the numerator
 * and the denominator were reported there, so a site marked "Not Applicable" adds to neither.
 */
public final class SiteAggregator {
    private final FactorSet factors;

    public SiteAggregator(FactorSet factors) {
        this.factors = factors;
    }

    public IndicatorInputs aggregate(TrustSites trust, IndicatorDefinition d) {
        double num = 0, den = 0, giaAll = 0, giaIncluded = 0;
        Sum cost = new Sum(), carbon = new Sum();
        RouteSum from = new RouteSum(), to = new RouteSum();
        Set<String> used = new TreeSet<>();
        List<String> rows = new ArrayList<>();
        int included = 0;
        SavingRule s = d.saving();
        for (SiteRecord site : trust.sites()) {
            Double gia = site.measure("gia_m2");
            if (gia != null) giaAll += gia;
            OptionalDouble n = d.numerator().evaluate(site.measures(), factors, used);
            OptionalDouble dn = d.denominator().evaluate(site.measures(), factors, used);
            if (n.isEmpty() || dn.isEmpty()) continue;
            included++;
            num += n.getAsDouble();
            den += dn.getAsDouble();
            if (gia != null) giaIncluded += gia;
            rows.add(site.sourceRow());
            if (s.isIntensity()) {
                cost.add(s.cost(), site, used);
                carbon.add(s.carbon(), site, used);
            } else if (s.isRouteShift()) {
                from.add(s.from(), site, used);
                to.add(s.to(), site, used);
            }
        }
        double coverage = giaAll > 0 ? giaIncluded / giaAll : Double.NaN;
        return new IndicatorInputs(num, den, included, trust.sites().size(), coverage, cost.value(), carbon.value(),
                carbon.factorQuantities, s.isRouteShift() ? from.route() : IndicatorInputs.Route.NONE,
                s.isRouteShift() ? to.route() : IndicatorInputs.Route.NONE, SourceRows.compact(rows), used);
    }

    private final class Sum {
        private double sum;
        private boolean any;
        private final Map<String, Double> factorQuantities = new TreeMap<>();

        void add(Expression e, SiteRecord site, Set<String> used) {
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
    }

    private final class RouteSum {
        private final Sum quantity = new Sum(), cost = new Sum(), carbon = new Sum();

        void add(SavingRule.Route r, SiteRecord site, Set<String> used) {
            quantity.add(r.quantity(), site, used);
            cost.add(r.cost(), site, used);
            carbon.add(r.carbon(), site, used);
        }

        IndicatorInputs.Route route() {
            return new IndicatorInputs.Route(quantity.value(), cost.value(), carbon.value(), carbon.factorQuantities);
        }
    }
}
