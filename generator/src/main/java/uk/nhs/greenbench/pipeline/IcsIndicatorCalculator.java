package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.model.Flag;
import uk.nhs.greenbench.model.Level;

import uk.nhs.greenbench.benchmark.PeerDistribution;
import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.model.Benchmark;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.model.Saving;
import uk.nhs.greenbench.indicator.Expression;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.Polarity;
import uk.nhs.greenbench.indicator.SavingRule;
import uk.nhs.greenbench.ingest.PrescribingFile;
import uk.nhs.greenbench.opportunity.AreaRollup;
import uk.nhs.greenbench.model.Pricing;
import uk.nhs.greenbench.quality.QualityIssue;
import uk.nhs.greenbench.registry.Area;
import uk.nhs.greenbench.registry.OrgRegistry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Indicators measured for each ICB as a whole (inhaler prescribing, from OpenPrescribing): every ICB's value, compared
 * with all ICBs (median and best quartile, as for trusts), the saving priced by the indicator's route-shift rule (MDI
 * items switched × the difference in kgCO2e per inhaler, OpenPrescribing's mix-switch), and regions and England as
 * ratios of their ICBs' sums with the ICBs' savings added by the one rule of {@link uk.nhs.greenbench.model.Saving#total}.
 */
final class IcsIndicatorCalculator {
    static final String ALL_ICBS = "All ICBs";
    private final OrgRegistry registry;

    IcsIndicatorCalculator(OrgRegistry registry) {
        this.registry = registry;
    }

    List<FigureRow> compute(String year, IndicatorDefinition d, Map<String, PrescribingFile.IcbYear> data, FactorSet factors,
                            List<QualityIssue> issues) {
        // Each ICB's numerator and denominator, worked once; the ICBs with a value make the distribution.
        Map<String, double[]> ratio = new LinkedHashMap<>();
        Map<String, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, PrescribingFile.IcbYear> e : new TreeMap<>(data).entrySet()) {
            PrescribingFile.IcbYear y = e.getValue();
            Map<String, Double> m = Map.of("mdi_items", y.mdiItems(), "inhaler_items", y.inhalerItems(), "other_inhaler_items", y.inhalerItems() - y.mdiItems());
            OptionalDouble n = d.numerator().evaluate(m, factors, new TreeSet<>()), dn = d.denominator().evaluate(m, factors, new TreeSet<>());
            if (n.isEmpty() || dn.isEmpty()) continue;
            ratio.put(e.getKey(), new double[]{n.getAsDouble(), dn.getAsDouble()});
            if (dn.getAsDouble() > 0) values.put(e.getKey(), n.getAsDouble() / dn.getAsDouble() * d.scaleOrOne());
        }
        PeerDistribution dist = values.size() >= PeerDistribution.MIN_PEERS ? PeerDistribution.of(ALL_ICBS, false, values.values()) : null;
        List<FigureRow> icsRows = new ArrayList<>();
        for (Area icb : new TreeMap<>(registry.icbs()).values()) {
            OrgRef org = new OrgRef(Level.ICS, icb.code(), icb.name(), "", icb.code(), registry.regionOfIcb(icb.code()));
            PrescribingFile.IcbYear y = data.get(icb.code());
            List<Flag> flags = new ArrayList<>();
            if (y == null) {
                flags.add(Flag.of(Flag.Code.NOT_SUPPLIED));
                icsRows.add(row(year, d, org, null, null, null, Benchmark.NONE, Saving.NONE, Saving.NONE, factors, flags, ""));
                continue;
            }
            if (y.months() < 12) {
                flags.add(Flag.of(Flag.Code.PARTIAL_YEAR, y.months() + " of 12 months"));
                issues.add(new QualityIssue(Flag.Code.PARTIAL_YEAR.id(), icb.code(), d.id(), y.rows(), icb.name() + " has prescribing figures for "
                        + y.months() + " of the 12 months of " + year + "; its " + d.id() + " covers those months only."));
            }
            Double value = values.get(icb.code());
            double[] nd = ratio.get(icb.code());
            Double num = nd == null ? null : nd[0], den = nd == null ? null : nd[1];
            if (value == null || dist == null) {
                icsRows.add(row(year, d, org, num, den, value, Benchmark.NONE, Saving.NONE, Saving.NONE, factors, flags, y.rows()));
                continue;
            }
            Benchmark b = new Benchmark(dist.n(), dist.median(), dist.q1(), dist.q3(), dist.percentile(value), dist.rank(value, d.polarity()),
                    "all ICBs", ALL_ICBS, dist.min(), dist.max(), dist.ties(value));
            icsRows.add(row(year, d, org, num, den, value, b, saving(d, value, den, dist.typical(), factors),
                    saving(d, value, den, dist.stretch(d.polarity()), factors), factors, flags, y.rows()));
        }
        if (data.isEmpty()) {
            issues.add(new QualityIssue(Flag.Code.NOT_SUPPLIED.id(), "", d.id(), "", "No data supplied: " + d.id() + " needs OpenPrescribing's "
                    + PrescribingFile.MEASURE + " download for " + year + " (ICB or sub-ICB, by month), and none was read. Supply it with "
                    + "generate --prescribing FILE (see README, \"Inhalers\")."));
        }
        List<FigureRow> out = new ArrayList<>(icsRows);
        Map<String, List<FigureRow>> byRegion = new TreeMap<>();
        for (FigureRow r : icsRows) if (!r.org().regionCode().isEmpty()) byRegion.computeIfAbsent(r.org().regionCode(), k -> new ArrayList<>()).add(r);
        for (Map.Entry<String, List<FigureRow>> e : byRegion.entrySet()) {
            String name = registry.region(e.getKey()).map(Area::name).orElse(e.getKey());
            out.add(withSupply(AreaRollup.area(new OrgRef(Level.REGION, e.getKey(), name, "", "", e.getKey()), e.getValue(), d.scaleOrOne()), e.getValue()));
        }
        if (!icsRows.isEmpty()) {
            out.add(withSupply(AreaRollup.area(new OrgRef(Level.NATIONAL, AreaRollup.NATIONAL_CODE, "England", "", "", ""), icsRows, d.scaleOrOne()), icsRows));
        }
        return out;
    }

    /** A region or England with no ICB supplied says so, as its ICBs do. */
    private static FigureRow withSupply(FigureRow area, List<FigureRow> members) {
        if (!members.stream().allMatch(FigureRow::notSupplied)) return area;
        List<Flag> flags = new ArrayList<>(area.flags());
        flags.add(Flag.of(Flag.Code.NOT_SUPPLIED));
        return new FigureRow(area.year(), area.org(), area.indicator(), area.theme(), area.unit(), area.polarity(), area.savingUnit(),
                area.numerator(), area.denominator(), area.value(), area.benchmark(), area.typical(), area.stretch(), area.factorYear(), flags,
                area.members(), area.coverage(), area.pricing(), area.sourceRows(), area.numeratorFactors());
    }

    /**
     * The route-shift saving: items moved = (value − benchmark) ÷ scale × denominator (mirrored when high is good), each
     * saving the difference between the routes' kgCO2e per item. Not priced in £ unless the rule has costs.
     */
    private static Saving saving(IndicatorDefinition d, double value, double den, double benchmark, FactorSet factors) {
        double gap = d.polarity() == Polarity.LOW_IS_GOOD ? value - benchmark : benchmark - value;
        double units = Math.max(0, gap / d.scaleOrOne() * den);
        SavingRule s = d.saving();
        if (!s.isRouteShift()) return new Saving(units, null, null);
        Double perUnit = perUnit(s.from().carbon(), s.from().quantity(), factors), perUnitTo = perUnit(s.to().carbon(), s.to().quantity(), factors);
        Double tco2e = perUnit == null || perUnitTo == null ? null : units * (perUnit - perUnitTo) / 1000;
        return new Saving(units, null, tco2e);
    }

    /** kgCO2e per unit of a route: its carbon expression over its quantity, with every measure at one unit. */
    private static Double perUnit(Expression carbon, Expression quantity, FactorSet factors) {
        if (carbon == null) return null;
        java.util.Set<String> names = new TreeSet<>();
        carbon.collectMeasures(names);
        quantity.collectMeasures(names);
        Map<String, Double> one = new HashMap<>();
        for (String n : names) one.put(n, 1.0);
        OptionalDouble c = carbon.evaluate(one, factors, new TreeSet<>()), q = quantity.evaluate(one, factors, new TreeSet<>());
        return c.isPresent() && q.isPresent() && q.getAsDouble() > 0 ? c.getAsDouble() / q.getAsDouble() : null;
    }

    private static FigureRow row(String year, IndicatorDefinition d, OrgRef org, Double num, Double den, Double value, Benchmark b,
                                 Saving typical, Saving stretch, FactorSet factors, List<Flag> flags, String rows) {
        return new FigureRow(year, org, d.id(), d.theme(), d.unit(), d.polarity().id(), d.savingUnit(),
                num, den, value, b, typical, stretch,
                factors.label(), flags, value == null ? 0 : 1, null, Pricing.NONE, rows, Map.of());
    }
}
