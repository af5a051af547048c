package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.model.IndicatorInputs;

import uk.nhs.greenbench.benchmark.PeerDistribution;
import uk.nhs.greenbench.factor.Factor;
import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.model.Benchmark;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.model.Saving;
import uk.nhs.greenbench.indicator.Expression;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.Polarity;
import uk.nhs.greenbench.indicator.IndicatorLibrary;
import uk.nhs.greenbench.indicator.PlausibilityChecks;
import uk.nhs.greenbench.opportunity.AreaRollup;
import uk.nhs.greenbench.opportunity.PeerUnitRates;
import uk.nhs.greenbench.model.Pricing;
import uk.nhs.greenbench.opportunity.SavingCalculator;
import uk.nhs.greenbench.pipeline.TrustValue;
import uk.nhs.greenbench.peers.FilePeers;
import uk.nhs.greenbench.peers.PeerCandidate;
import uk.nhs.greenbench.peers.PeerChoice;
import uk.nhs.greenbench.peers.PeerSet;
import uk.nhs.greenbench.peers.TypePeers;
import uk.nhs.greenbench.quality.QualityIssue;
import uk.nhs.greenbench.registry.OrgRegistry;
import uk.nhs.greenbench.registry.PeerGroupMap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes one year's figures: indicator values per trust, peer benchmarks, savings, then ICS, region and
 * national roll-ups.
 */
public final class FiguresCalculator {

    private final OrgRegistry registry;
    private final IndicatorLibrary indicators;
    private final PeerChoice peers;
    private final PlausibilityChecks checks;

    public FiguresCalculator(OrgRegistry registry, IndicatorLibrary indicators, PlausibilityChecks checks) {
        this(registry, indicators, checks, new TypePeers());
    }

    /** @param peers how each trust's comparators are chosen */
    public FiguresCalculator(OrgRegistry registry, IndicatorLibrary indicators, PlausibilityChecks checks, PeerChoice peers) {
        this.registry = registry;
        this.indicators = indicators;
        this.checks = checks;
        this.peers = peers;
    }

    /** A new running total for the year's files, to be filled while they are read and then passed to {@link #compute}. */
    public YearSums sumsFor(String year, FactorSet factors) {
        return new YearSums(indicators.forYear(year), factors);
    }

    public Figures compute(String year, YearSums sums, List<Figures.InputFile> inputs) {
        TrustDirectory directory = TrustDirectory.build(sums, registry);
        List<QualityIssue> issues = new ArrayList<>(directory.issues());
        FactorSet factors = sums.factors();
        List<PeerCandidate> candidates = directory.trusts().values().stream().map(e -> new PeerCandidate(e.org().code(),
                e.org().peerGroup(), e.sums().floorArea(), e.sums().inpatientMeals())).toList();
        Map<String, PeerSet> peerSets = peers.assign(candidates);
        Map<String, PeerSet> typeSets = peers instanceof TypePeers ? peerSets : new TypePeers().assign(candidates);
        issues.addAll(peers.findings(candidates));
        List<FigureRow> rows = new ArrayList<>();
        List<FigureRow> areaRows = new ArrayList<>();
        for (IndicatorDefinition d : indicators.forYear(year)) {
            if (d.isIcsGrain()) {
                areaRows.addAll(new IcsIndicatorCalculator(registry).compute(year, d, sums.prescribing(), factors, issues));
                continue;
            }
            List<FigureRow> trustRows = computeIndicator(year, d, directory, factors, sums.measures(), peerSets, typeSets, issues);
            rows.addAll(trustRows);
            areaRows.addAll(AreaRollup.rollUp(trustRows, d.scaleOrOne(), registry));
        }
        areaRows.sort(AreaRollup.order());
        rows.addAll(areaRows);
        return new Figures(year, factors, rows, issues, inputs, List.of(), new Figures.Peers(peers.label(), peers.description() + mappedTypes(directory), peerSets,
                peers instanceof FilePeers fp ? new Figures.InputFile(fp.file().toString(), "peers", null, fp.sha256()) : null), checks);
    }

    private List<FigureRow> computeIndicator(String year, IndicatorDefinition d, TrustDirectory directory, FactorSet factors,
                                             Set<String> available, Map<String, PeerSet> peerSets, Map<String, PeerSet> typeSets,
                                             List<QualityIssue> issues) {
        boolean fromReturns = indicators.fromReturns(d);
        String notInSource = missingFromSource(d, available, year, fromReturns);
        String missingFlag = fromReturns ? "not_supplied" : "not_in_source";
        int notSupplied = 0;
        boolean usesGas = usesGas(d);
        Map<String, TrustValue> values = new LinkedHashMap<>();
        Map<String, List<String>> flags = new LinkedHashMap<>();
        for (TrustDirectory.Entry t : directory.trusts().values()) {
            List<String> f = new ArrayList<>(t.flags());
            flags.put(t.org().code(), f);
            if (notInSource != null) {
                f.add(missingFlag);
                values.put(t.org().code(), new TrustValue(t, null, Double.NaN));
                continue;
            }
            IndicatorInputs in;
            try {
                in = t.sums().inputs(d);
            } catch (Expression.MissingFactorException e) {
                f.add("factor_missing");
                issues.add(new QualityIssue("factor_missing", t.org().code(), d.id(), "factors/factors.json", e.getMessage()));
                values.put(t.org().code(), new TrustValue(t, null, Double.NaN));
                continue;
            }
            double value = Double.NaN;
            if (!in.hasData() && fromReturns) {
                // One finding for all the trusts without returns, not one each.
                f.add("not_supplied");
                notSupplied++;
            } else if (!in.hasData()) {
                f.add("no_data");
                issues.add(new QualityIssue("missing_value", t.org().code(), d.id(), "",
                        "No site of " + t.org().name() + " reported both the numerator and the denominator of " + d.id() + "."));
            } else if (in.denominator() <= 0) {
                f.add("zero_denominator");
                issues.add(new QualityIssue("zero_denominator", t.org().code(), d.id(), in.sourceRows(),
                        "The denominator of " + d.id() + " sums to zero for " + t.org().name() + ", so no value can be computed."));
            } else {
                value = in.numerator() / in.denominator() * d.scaleOrOne();
                if (checks.isPartialCoverage(in.coverage())) {
                    f.add(String.format(Locale.ROOT, "coverage_partial(%.0f%%)", in.coverage() * 100));
                    issues.add(new QualityIssue("coverage_partial", t.org().code(), d.id(), in.sourceRows(),
                            String.format(Locale.ROOT, "Only %.1f%% of %s's floor area is in sites that reported %s (%d of %d sites).",
                                    in.coverage() * 100, t.org().name(), d.id(), in.sites(), in.sitesTotal())));
                }
            }
            if (usesGas && !t.sums().chpFlag().isEmpty()) f.add(t.sums().chpFlag());
            for (String factorId : in.factorsUsed()) {
                factors.get(factorId).filter(Factor::isFallback)
                        .ifPresent(x -> f.add("factor_fallback(" + factorId + ": " + x.setYear() + ")"));
            }
            values.put(t.org().code(), new TrustValue(t, in, value));
        }
        Map<String, UnitError> unitErrors = d.outlierCheck() ? unitErrors(values, typeSets) : Map.of();
        Map<String, PeerDistribution> distributions = distributions(values, peerSets, unitErrors.keySet());
        Map<String, PeerDistribution> typeDistributions = peerSets == typeSets ? distributions
                : distributions(values, typeSets, unitErrors.keySet());
        Map<String, PeerUnitRates> rates = new LinkedHashMap<>();
        List<FigureRow> rows = new ArrayList<>();
        for (TrustValue tv : values.values()) {
            String code = tv.trust().org().code();
            List<String> f = flags.get(code);
            IndicatorInputs in = tv.inputs();
            if (!tv.hasValue()) {
                rows.add(row(year, d, tv, Benchmark.NONE, Saving.NONE, Saving.NONE, Pricing.NONE, factors, f));
                continue;
            }
            PeerSet set = peerSets.get(code);
            PeerDistribution dist = distributions.get(code);
            if (dist == null) {
                // No other trust has a usable value to compare with.
                if (unitErrors.containsKey(code)) flagUnitError(d, tv, unitErrors.get(code), f, issues);
                rows.add(row(year, d, tv, Benchmark.NONE, Saving.NONE, Saving.NONE, Pricing.NONE, factors, f));
                continue;
            }
            if (dist.national()) {
                f.add("peer_fallback_national(" + set.name() + ")");
            }
            Benchmark b = new Benchmark(dist.n(), dist.median(), dist.q1(), dist.q3(), dist.percentile(tv.value()),
                    dist.rank(tv.value(), d.polarity()), dist.national() ? "national (fewer than " + PeerDistribution.MIN_PEERS + " peers)" : "peer group",
                    dist.national() ? PeerGroups.NATIONAL : set.name());
            if (unitErrors.containsKey(code)) {
                flagUnitError(d, tv, unitErrors.get(code), f, issues);
                // Shown beside its peers' benchmarks, but not ranked among them.
                b = new Benchmark(b.peerN(), b.median(), b.q1(), b.q3(), null, null, b.basis(), b.comparator());
                rows.add(row(year, d, tv, b, Saving.NONE, Saving.NONE, Pricing.NONE, factors, f));
                continue;
            }
            // Whether a value looks like a data error is judged among all trusts of its type, whatever it is compared with:
            // a handful of nearest peers is too few for a robust spread.
            PeerDistribution typeDist = typeDistributions.get(code);
            double z = d.outlierCheck() ? typeDist.robustZ(tv.value()) : Double.NaN;
            boolean outlier = checks.isOutlier(z);
            if (outlier) {
                f.add(String.format(Locale.ROOT, "outlier(robust z %.1f)", z));
                issues.add(new QualityIssue("outlier", code, d.id(), in.sourceRows(), String.format(Locale.ROOT,
                        "%s's %s of %.4g %s is far from its peers' (median %.4g; robust z %.1f > %.1f): check the data. It is still used.",
                        tv.trust().org().name(), d.id(), tv.value(), d.unit(), typeDist.median(), z, checks.outlier().robustZ())));
            }
            PeerUnitRates peerRates = rates.computeIfAbsent(dist.group(), g -> PeerUnitRates.of(peersOf(values, dist, set, unitErrors.keySet()).stream().map(TrustValue::inputs).toList()));
            Pricing pricing = SavingCalculator.pricing(d, in, peerRates, checks, outlier, f);
            boolean lowIsGood = d.polarity() == Polarity.LOW_IS_GOOD;
            Saving typical = pricing.saving(lowIsGood, d.scaleOrOne(), tv.value(), in.denominator(), dist.typical());
            Saving stretch = pricing.saving(lowIsGood, d.scaleOrOne(), tv.value(), in.denominator(), dist.stretch(d.polarity()));
            rows.add(row(year, d, tv, b, typical, stretch, pricing, factors, f));
        }
        if (notInSource != null) {
            issues.add(new QualityIssue(missingFlag, "", d.id(), "", notInSource));
        } else if (notSupplied > 0) {
            issues.add(new QualityIssue("not_supplied", "", d.id(), "", notSupplied + " of " + values.size() + " trusts have no returns for "
                    + year + " giving both the numerator and the denominator of " + d.id() + ", so it has no value for them."));
        }
        return rows;
    }

    /** "; ERIC's Care Trust type is compared as …" when some trusts' types were mapped to another peer group. */
    private static String mappedTypes(TrustDirectory directory) {
        Map<String, Set<String>> mapped = new java.util.TreeMap<>();
        for (TrustDirectory.Entry e : directory.trusts().values()) {
            PeerGroupMap.Mapped m = e.peerTypeMapped();
            if (m != null) mapped.computeIfAbsent(m.ericType() + " as " + m.peerGroup(), k -> new TreeSet<>()).add(e.org().code());
        }
        List<String> parts = new ArrayList<>();
        mapped.forEach((how, codes) -> parts.add(how + " (" + String.join(", ", codes) + ")"));
        return parts.isEmpty() ? "" : "; trusts of an ERIC type too small to be a group are compared with a larger type (regions/peer-groups.csv): "
                + String.join("; ", parts);
    }

    private static List<TrustValue> peersOf(Map<String, TrustValue> values, PeerDistribution dist, PeerSet set, Set<String> excluded) {
        return values.values().stream().filter(TrustValue::hasValue).filter(v -> !excluded.contains(v.trust().org().code()))
                .filter(v -> dist.national() || set.contains(v.trust().org().code())).toList();
    }

    /** What a likely unit error was judged on: its robust z and the median of all the trusts of its type. */
    private record UnitError(double z, double typeMedian) {
    }

    /**
     * Trust code → the likely unit errors among the values: judged among all the trusts of a type (the values
     * themselves included, as robust statistics allow), before they are left out of every distribution.
     */
    private Map<String, UnitError> unitErrors(Map<String, TrustValue> values, Map<String, PeerSet> typeSets) {
        Map<String, PeerDistribution> allOfType = distributions(values, typeSets, Set.of());
        Map<String, UnitError> out = new HashMap<>();
        for (TrustValue tv : values.values()) {
            if (!tv.hasValue()) continue;
            PeerDistribution type = allOfType.get(tv.trust().org().code());
            double z = type.robustZ(tv.value());
            if (checks.isUnitError(z, tv.value(), type.median())) out.put(tv.trust().org().code(), new UnitError(z, type.median()));
        }
        return out;
    }

    /** Flags a likely unit error and says, in data-quality.csv, what it is left out of. */
    private void flagUnitError(IndicatorDefinition d, TrustValue tv, UnitError e, List<String> f, List<QualityIssue> issues) {
        f.add(String.format(Locale.ROOT, "%s(robust z %.1f)", FigureRow.UNIT_ERROR, e.z()));
        issues.add(new QualityIssue(FigureRow.UNIT_ERROR, tv.trust().org().code(), d.id(), tv.inputs().sourceRows(), String.format(Locale.ROOT,
                "%s's %s of %.4g %s is %.0f times its type's median (%.4g; robust z %.1f, beyond %.0f): most likely a unit error. It is shown but "
                        + "left out of peer quartiles, area values, national totals, baselines, trends and savings.",
                tv.trust().org().name(), d.id(), tv.value(), d.unit(), tv.value() / e.typeMedian(), e.typeMedian(), e.z(),
                checks.unitError().robustZ())));
    }

    /**
     * Trust code → the distribution it is compared with: its peer set's values, or every trust's when fewer than 5
     * of its set have a value, leaving out the {@code excluded} trusts' values. Sets shared by many trusts (a trust
     * type) are computed once.
     */
    private static Map<String, PeerDistribution> distributions(Map<String, TrustValue> values, Map<String, PeerSet> peerSets,
                                                               Set<String> excluded) {
        List<Double> all = new ArrayList<>();
        for (TrustValue v : values.values()) if (v.hasValue() && !excluded.contains(v.trust().org().code())) all.add(v.value());
        PeerDistribution national = all.isEmpty() ? null : PeerDistribution.of(PeerGroups.NATIONAL, true, all);
        Map<String, PeerDistribution> bySet = new HashMap<>();
        Map<String, PeerDistribution> out = new LinkedHashMap<>();
        for (TrustValue v : values.values()) {
            if (!v.hasValue()) continue;
            PeerSet set = peerSets.get(v.trust().org().code());
            out.put(v.trust().org().code(), bySet.computeIfAbsent(set.name(), n -> {
                List<Double> xs = new ArrayList<>();
                for (String m : set.members()) {
                    TrustValue p = values.get(m);
                    if (p != null && p.hasValue() && !excluded.contains(m)) xs.add(p.value());
                }
                return xs.size() >= PeerDistribution.MIN_PEERS ? PeerDistribution.of(n, false, xs) : national;
            }));
        }
        return out;
    }

    private static boolean usesGas(IndicatorDefinition d) {
        Set<String> m = new TreeSet<>();
        for (Expression e : IndicatorLibrary.expressions(d)) e.collectMeasures(m);
        return m.contains("gas_kwh");
    }

    /** A reason when the year's files lack every numerator or denominator measure of the indicator. */
    private static String missingFromSource(IndicatorDefinition d, Set<String> available, String year, boolean fromReturns) {
        Set<String> num = new TreeSet<>(), den = new TreeSet<>();
        d.numerator().collectMeasures(num);
        d.denominator().collectMeasures(den);
        boolean numOk = num.stream().anyMatch(available::contains);
        boolean denOk = den.stream().anyMatch(available::contains);
        if (numOk && denOk) return null;
        if (fromReturns) {
            return "No data supplied: " + d.id() + " needs figures that are not in ERIC (" + (numOk ? den : num) + "), and no returns file"
                    + " read for " + year + " gives them. Supply them with generate --returns FILE (see README, \"Returns\").";
        }
        return "The " + year + " files read have none of the measures " + (numOk ? den : num) + " that " + d.id()
                + " needs, so it is not available for " + year + ".";
    }

    private static FigureRow row(String year, IndicatorDefinition d, TrustValue tv, Benchmark b, Saving typical,
                                 Saving stretch, Pricing pricing, FactorSet factors, List<String> flags) {
        IndicatorInputs in = tv.inputs();
        boolean has = tv.hasValue();
        boolean data = in != null && in.hasData();
        return new FigureRow(year, tv.trust().org(), d.id(), d.theme(), d.unit(), d.polarity().id(), d.savingUnit(),
                data ? in.numerator() : null, data ? in.denominator() : null, has ? tv.value() : null, b, typical,
                stretch, factors.label(), flags, has ? 1 : 0,
                in != null && !Double.isNaN(in.coverage()) ? in.coverage() : null, pricing,
                in == null ? "" : in.sourceRows(), data ? in.numeratorFactors() : Map.of());
    }

}
