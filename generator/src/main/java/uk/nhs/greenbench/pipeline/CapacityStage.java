package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.capacity.FuelPriceChecks;
import uk.nhs.greenbench.model.FuelPrices;
import uk.nhs.greenbench.capacity.CapacityRollup;
import uk.nhs.greenbench.capacity.CarbonPaths;
import uk.nhs.greenbench.capacity.SiteInputs;
import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.model.Capacity;
import uk.nhs.greenbench.model.CapacityAssumptions;
import uk.nhs.greenbench.model.CapacitySummary;
import uk.nhs.greenbench.model.CarbonPath;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.FinancialYear;
import uk.nhs.greenbench.model.Level;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.model.Saving;
import uk.nhs.greenbench.model.SiteCapacity;
import uk.nhs.greenbench.model.TrendRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The capacity and demand view of a year: each site's headroom from the year's site rows (after the figures, whose
 * organisations it is summed to), then, once the trends give each organisation its Net Zero path, the carbon paths.
 */
final class CapacityStage {
    private CapacityStage() {
    }

    static Capacity headroom(Figures figures, YearSums sums, CapacityAssumptions a) {
        if (!sums.measures().contains(SiteInputs.MAX_DEMAND) || !sums.measures().contains(SiteInputs.CAPACITY)) {
            return Capacity.notComputed("ERIC " + figures.year().replace('-', '/') + " publishes no maximum electrical demand "
                    + "or available capacity by site (ERIC has asked for both since 2023/24), so headroom cannot be worked out.", a);
        }
        if (!sums.capacity().assessable()) {
            return Capacity.notComputed("The " + figures.factors().label() + " factors have no gas, grid electricity or heat-pump SCOP factor.", a);
        }
        Map<String, FuelPrices> prices = FuelPriceChecks.of(sums.capacity().prices(), figures.checks() == null
                ? (own, median) -> true : figures.checks()::isPlausibleRate);
        Map<String, OrgRef> trusts = new HashMap<>(), areas = new HashMap<>();
        for (FigureRow r : figures.rows()) {
            if (r.org().level() == Level.TRUST) trusts.putIfAbsent(r.org().code(), r.org());
            else areas.putIfAbsent(Capacity.key(r.org()), r.org());
        }
        Map<String, List<SiteCapacity>> byTrust = new TreeMap<>();
        List<CapacitySummary> trustSums = new ArrayList<>();
        sums.capacity().trusts().forEach((code, t) -> {
            FuelPrices p = prices.getOrDefault(code, FuelPrices.NONE);
            byTrust.put(code, t.listed(p));
            OrgRef org = trusts.get(code);
            if (org != null) trustSums.add(t.summary(org, p));
        });
        return new Capacity("", a, byTrust, prices, CapacityRollup.summaries(trustSums, areas), Map.of());
    }

    /** The capacity of figures that carry their trends, with every organisation's carbon paths to 2040. */
    static Capacity withPaths(Figures figures) {
        Capacity c = figures.capacity();
        if (!c.computed()) return c;
        CapacityAssumptions a = c.assumptions();
        Map<String, Double> factorKg = new HashMap<>();
        figures.factors().factors().forEach((id, factor) -> factorKg.put(id, factor.value()));
        CarbonPaths paths = new CarbonPaths(a, factorKg);
        Map<String, TrendRow> netZero = new HashMap<>();
        for (TrendRow t : figures.trends()) if (t.indicator().equals(a.carbonIndicator())) netZero.put(Capacity.key(t.org()), t);
        Map<String, Double> savings = savingsT(figures.rows(), a);
        int from = FinancialYear.startOf(figures.year());
        Map<String, CarbonPath> out = new TreeMap<>();
        for (FigureRow r : figures.rows()) {
            if (!r.indicator().equals(a.carbonIndicator()) || r.numerator() == null || r.numerator() <= 0 || r.excluded()) continue;
            String key = Capacity.key(r.org());
            TrendRow t = netZero.get(key);
            out.put(key, paths.path(r, from, c.summaries().get(key), t == null ? null : t.netZero(), savings.getOrDefault(key, 0.0)));
        }
        return c.withPaths(out);
    }

    /** Each organisation's typical savings (tCO2e) of the indicators scenario (d) applies, added by the one rule. */
    private static Map<String, Double> savingsT(List<FigureRow> rows, CapacityAssumptions a) {
        Map<String, List<Saving>> by = new HashMap<>();
        for (FigureRow r : rows) {
            if (a.savingsIndicators().contains(r.indicator())) by.computeIfAbsent(Capacity.key(r.org()), k -> new ArrayList<>()).add(r.typical());
        }
        Map<String, Double> out = new HashMap<>();
        by.forEach((k, v) -> {
            Double t = Saving.total(v).tco2e();
            if (t != null) out.put(k, t);
        });
        return out;
    }
}
