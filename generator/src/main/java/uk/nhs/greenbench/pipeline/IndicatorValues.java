package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.model.Flag;
import uk.nhs.greenbench.factor.Factor;
import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.indicator.Expression;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.IndicatorLibrary;
import uk.nhs.greenbench.indicator.PlausibilityChecks;
import uk.nhs.greenbench.model.IndicatorInputs;
import uk.nhs.greenbench.quality.QualityIssue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The indicator-values stage: each trust's value for one indicator from its sums, with the flags and findings about
 * the data behind it (no data, zero denominator, partial coverage, CHP fuel, fallback factors).
 *
 * @param values  trust code → its value (NaN when it has none) and sums
 * @param flags   trust code → its flags so far (the later stages add theirs)
 * @param closing one finding for the indicator as a whole (not in the year's files, or how many trusts supplied no
 *                returns), reported after the trusts' own; or null
 */
record IndicatorValues(Map<String, TrustValue> values, Map<String, List<Flag>> flags, QualityIssue closing) {

    static IndicatorValues compute(String year, IndicatorDefinition d, TrustDirectory directory, FactorSet factors,
                                   SourceMeasures available, IndicatorLibrary indicators, PlausibilityChecks checks,
                                   List<QualityIssue> issues) {
        boolean fromReturns = indicators.fromReturns(d);
        String notInSource = missingFromSource(d, available, year, fromReturns);
        Flag.Code missingFlag = fromReturns ? Flag.Code.NOT_SUPPLIED : Flag.Code.NOT_IN_SOURCE;
        int notSupplied = 0;
        boolean usesGas = usesGas(d);
        Map<String, TrustValue> values = new LinkedHashMap<>();
        Map<String, List<Flag>> flags = new LinkedHashMap<>();
        for (TrustDirectory.Entry t : directory.trusts().values()) {
            List<Flag> f = new ArrayList<>(t.flags());
            flags.put(t.org().code(), f);
            if (notInSource != null) {
                f.add(Flag.of(missingFlag));
                values.put(t.org().code(), new TrustValue(t, null, Double.NaN));
                continue;
            }
            IndicatorInputs in;
            try {
                in = t.sums().inputs(d);
            } catch (Expression.MissingFactorException e) {
                f.add(Flag.of(Flag.Code.FACTOR_MISSING));
                issues.add(new QualityIssue(Flag.Code.FACTOR_MISSING.id(), t.org().code(), d.id(), "factors/factors.json", e.getMessage()));
                values.put(t.org().code(), new TrustValue(t, null, Double.NaN));
                continue;
            }
            double value = Double.NaN;
            if (!in.hasData() && fromReturns) {
                // One finding for all the trusts without returns, not one each.
                f.add(Flag.of(Flag.Code.NOT_SUPPLIED));
                notSupplied++;
            } else if (!in.hasData()) {
                f.add(Flag.of(Flag.Code.NO_DATA));
                issues.add(new QualityIssue("missing_value", t.org().code(), d.id(), "",
                        "No site of " + t.org().name() + " reported both the numerator and the denominator of " + d.id() + "."));
            } else if (d.readsZeroAsUnmeasured() && in.numerator() == 0 && in.denominator() > 0) {
                // Ranked as it stands, a zero that means "not measured" would be the best value of its group.
                f.add(Flag.of(Flag.Code.NO_DATA));
                issues.add(new QualityIssue("zero_read_as_unmeasured", t.org().code(), d.id(), in.sourceRows(),
                        t.org().name() + " reports a numerator of zero for " + d.id() + " against a denominator of "
                                + String.format(Locale.UK, "%,.0f", in.denominator()) + ": read as not measured, not as the best value."));
            } else if (in.denominator() <= 0) {
                f.add(Flag.of(Flag.Code.ZERO_DENOMINATOR));
                issues.add(new QualityIssue(Flag.Code.ZERO_DENOMINATOR.id(), t.org().code(), d.id(), in.sourceRows(),
                        "The denominator of " + d.id() + " sums to zero for " + t.org().name() + ", so no value can be computed."));
            } else {
                value = in.numerator() / in.denominator() * d.scaleOrOne();
                if (checks.isPartialCoverage(in.coverage())) {
                    f.add(Flag.of(Flag.Code.COVERAGE_PARTIAL, String.format(Locale.ROOT, "%.0f%%", in.coverage() * 100)));
                    issues.add(new QualityIssue(Flag.Code.COVERAGE_PARTIAL.id(), t.org().code(), d.id(), in.sourceRows(),
                            String.format(Locale.ROOT, "Only %.1f%% of %s's floor area is in sites that reported %s (%d of %d sites).",
                                    in.coverage() * 100, t.org().name(), d.id(), in.sites(), in.sitesTotal())));
                }
            }
            if (usesGas) t.sums().chpFlag().ifPresent(f::add);
            for (String factorId : in.factorsUsed()) {
                factors.get(factorId).filter(Factor::isFallback)
                        .ifPresent(x -> f.add(Flag.of(Flag.Code.FACTOR_FALLBACK, factorId + ": " + x.setYear())));
            }
            values.put(t.org().code(), new TrustValue(t, in, value));
        }
        QualityIssue closing = null;
        if (notInSource != null) {
            closing = new QualityIssue(missingFlag.id(), "", d.id(), "", notInSource);
        } else if (notSupplied > 0) {
            closing = new QualityIssue(Flag.Code.NOT_SUPPLIED.id(), "", d.id(), "", notSupplied + " of " + values.size() + " trusts have no returns for "
                    + year + " giving both the numerator and the denominator of " + d.id() + ", so it has no value for them.");
        }
        return new IndicatorValues(values, flags, closing);
    }

    private static boolean usesGas(IndicatorDefinition d) {
        Set<String> m = new TreeSet<>();
        for (Expression e : IndicatorLibrary.expressions(d)) e.collectMeasures(m);
        return m.contains("gas_kwh");
    }

    /** A reason when the year's files lack every numerator or denominator measure of the indicator. */
    private static String missingFromSource(IndicatorDefinition d, SourceMeasures available, String year, boolean fromReturns) {
        Set<String> num = new TreeSet<>(), den = new TreeSet<>();
        d.numerator().collectMeasures(num);
        d.denominator().collectMeasures(den);
        for (String m : new TreeSet<>(java.util.stream.Stream.concat(num.stream(), den.stream()).toList())) {
            String where = available.notPublished().get(m);
            // Computing the indicator from the measures that are left would understate it (energy without electricity).
            if (where != null) return "Not published: " + where + " (measure " + m + "), which " + d.id() + " needs, so it is not available for " + year + ".";
        }
        boolean numOk = num.stream().anyMatch(available.published()::contains);
        boolean denOk = den.stream().anyMatch(available.published()::contains);
        if (numOk && denOk) return null;
        if (fromReturns) {
            return "No data supplied: " + d.id() + " needs figures that are not in ERIC (" + (numOk ? den : num) + "), and no returns file"
                    + " read for " + year + " gives them. Supply them with generate --returns FILE (see README, \"Returns\").";
        }
        if (d.notCollectedIn(year)) {
            return "Not collected in " + year + ": ERIC first asked for what " + d.id() + " needs (" + (numOk ? den : num) + ") in "
                    + d.collectedFrom() + ", so it is not available for " + year + ".";
        }
        return "The " + year + " files read have none of the measures " + (numOk ? den : num) + " that " + d.id()
                + " needs, so it is not available for " + year + ".";
    }
}
