package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.model.Flag;
import uk.nhs.greenbench.benchmark.PeerDistribution;
import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.Polarity;
import uk.nhs.greenbench.indicator.PlausibilityChecks;
import uk.nhs.greenbench.model.Benchmark;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.IndicatorInputs;
import uk.nhs.greenbench.model.Pricing;
import uk.nhs.greenbench.model.Saving;
import uk.nhs.greenbench.opportunity.PeerUnitRates;
import uk.nhs.greenbench.opportunity.SavingCalculator;
import uk.nhs.greenbench.peers.PeerSet;
import uk.nhs.greenbench.quality.QualityIssue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The benchmarking and pricing stage for one indicator: each trust's benchmark among the distribution it is compared
 * with, its outlier or unit-error check, the rates its gap is priced at and its typical and stretch savings, as the
 * trust's figure row.
 */
final class TrustRows {
    private final String year;
    private final IndicatorDefinition d;
    private final FactorSet factors;
    private final PlausibilityChecks checks;

    TrustRows(String year, IndicatorDefinition d, FactorSet factors, PlausibilityChecks checks) {
        this.year = year;
        this.d = d;
        this.factors = factors;
        this.checks = checks;
    }

    List<FigureRow> rows(IndicatorValues values, PeerComparison comparison, Map<String, PeerSet> peerSets, List<QualityIssue> issues) {
        Map<String, PeerUnitRates> rates = new LinkedHashMap<>();
        // A distribution is shared by every trust of its peer set (whose name it carries), or by all when national.
        Map<PeerDistribution, Benchmark> groups = new java.util.IdentityHashMap<>();
        List<FigureRow> rows = new java.util.ArrayList<>();
        for (TrustValue tv : values.values().values()) {
            String code = tv.trust().org().code();
            List<Flag> f = values.flags().get(code);
            IndicatorInputs in = tv.inputs();
            PeerDistribution dist = comparison.distributions().get(code);
            PeerComparison.UnitError unitError = comparison.unitErrors().get(code);
            if (!tv.hasValue() || dist == null) {
                // No value, or no other trust with a usable value to compare it with.
                if (tv.hasValue() && unitError != null) flagUnitError(tv, unitError, f, issues);
                rows.add(row(tv, Benchmark.NONE, Saving.NONE, Saving.NONE, Pricing.NONE, f));
                continue;
            }
            PeerSet set = peerSets.get(code);
            if (dist.national()) f.add(Flag.of(Flag.Code.PEER_FALLBACK_NATIONAL, set.name()));
            Benchmark b = groups.computeIfAbsent(dist, g -> new Benchmark(g.n(), g.median(), g.q1(), g.q3(), null, null,
                            g.national() ? "national (fewer than " + PeerDistribution.MIN_PEERS + " peers)" : "peer group",
                            g.national() ? PeerGroups.NATIONAL : g.group(), g.min(), g.max()))
                    .placing(dist.percentile(tv.value()), dist.rank(tv.value(), d.polarity()), dist.ties(tv.value()));
            if (unitError != null) {
                flagUnitError(tv, unitError, f, issues);
                // Shown beside its peers' benchmarks, but not ranked among them.
                b = b.unranked();
                rows.add(row(tv, b, Saving.NONE, Saving.NONE, Pricing.NONE, f));
                continue;
            }
            // Whether a value looks like a data error is judged among all trusts of its type, whatever it is compared with:
            // a handful of nearest peers is too few for a robust spread.
            PeerDistribution typeDist = comparison.typeDistributions().get(code);
            double z = d.outlierCheck() ? typeDist.robustZ(tv.value()) : Double.NaN;
            boolean outlier = checks.isOutlier(z);
            if (outlier) {
                f.add(Flag.of(Flag.Code.OUTLIER, String.format(Locale.ROOT, "robust z %.1f", z)));
                issues.add(new QualityIssue(Flag.Code.OUTLIER.id(), code, d.id(), in.sourceRows(), String.format(Locale.ROOT,
                        "%s's %s of %.4g %s is far from its peers' (median %.4g; robust z %.1f > %.1f): check the data. It is still used.",
                        tv.trust().org().name(), d.id(), tv.value(), d.unit(), typeDist.median(), z, checks.outlier().robustZ())));
            }
            PeerUnitRates peerRates = rates.computeIfAbsent(dist.group(), g -> PeerUnitRates.of(
                    peersOf(values.values(), dist, set, comparison.unitErrors().keySet())));
            Pricing pricing = SavingCalculator.pricing(d, in, peerRates, checks, outlier, f);
            boolean lowIsGood = d.polarity() == Polarity.LOW_IS_GOOD;
            Saving typical = pricing.saving(lowIsGood, d.scaleOrOne(), tv.value(), in.denominator(), dist.typical());
            Saving stretch = pricing.saving(lowIsGood, d.scaleOrOne(), tv.value(), in.denominator(), dist.stretch(d.polarity()));
            // The gap to the national target's value, priced the same way (the distance from a target mix: all the way to it).
            Saving target = d.targetValue() == null ? Saving.NONE
                    : pricing.saving(lowIsGood, d.scaleOrOne(), tv.value(), in.denominator(), d.targetValue());
            rows.add(row(tv, b, typical, stretch, pricing, f, target));
        }
        return rows;
    }

    /** The sums of the trusts in a distribution, whose unit rates price a trust that reported none of its own. */
    private static List<IndicatorInputs> peersOf(Map<String, TrustValue> values, PeerDistribution dist, PeerSet set, Set<String> excluded) {
        return values.values().stream().filter(TrustValue::hasValue).filter(v -> !excluded.contains(v.trust().org().code()))
                .filter(v -> dist.national() || set.contains(v.trust().org().code())).map(TrustValue::inputs).toList();
    }

    /** Flags a likely unit error and says, in data-quality.csv, what it is left out of. */
    private void flagUnitError(TrustValue tv, PeerComparison.UnitError e, List<Flag> f, List<QualityIssue> issues) {
        f.add(Flag.of(Flag.Code.UNIT_ERROR_LIKELY, String.format(Locale.ROOT, "robust z %.1f", e.z())));
        issues.add(new QualityIssue(Flag.Code.UNIT_ERROR_LIKELY.id(), tv.trust().org().code(), d.id(), tv.inputs().sourceRows(), String.format(Locale.ROOT,
                "%s's %s of %.4g %s is %.0f times its type's median (%.4g; robust z %.1f, beyond %.0f): most likely a unit error. It is shown but "
                        + "left out of peer quartiles, area values, national totals, baselines, trends and savings.",
                tv.trust().org().name(), d.id(), tv.value(), d.unit(), tv.value() / e.typeMedian(), e.typeMedian(), e.z(),
                checks.unitError().robustZ())));
    }

    private FigureRow row(TrustValue tv, Benchmark b, Saving typical, Saving stretch, Pricing pricing, List<Flag> flags) {
        return row(tv, b, typical, stretch, pricing, flags, Saving.NONE);
    }

    private FigureRow row(TrustValue tv, Benchmark b, Saving typical, Saving stretch, Pricing pricing, List<Flag> flags, Saving target) {
        IndicatorInputs in = tv.inputs();
        boolean has = tv.hasValue();
        boolean data = in != null && in.hasData();
        return new FigureRow(year, tv.trust().org(), d.id(), d.theme(), d.unit(), d.polarity().id(), d.savingUnit(),
                data ? in.numerator() : null, data ? in.denominator() : null, has ? tv.value() : null, b, typical,
                stretch, factors.label(), flags, has ? 1 : 0,
                in != null && !Double.isNaN(in.coverage()) ? in.coverage() : null, pricing,
                in == null ? "" : in.sourceRows(), data ? in.numeratorFactors() : Map.of(), target);
    }
}
