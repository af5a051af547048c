package uk.nhs.greenbench.trend;

import uk.nhs.greenbench.benchmark.PeerDistribution;
import uk.nhs.greenbench.indicator.PlausibilityChecks;
import uk.nhs.greenbench.model.Flag;
import uk.nhs.greenbench.model.Level;

import uk.nhs.greenbench.model.FinancialYear;

import uk.nhs.greenbench.model.CarbonSplit;
import uk.nhs.greenbench.model.LikeForLike;
import uk.nhs.greenbench.model.NetZeroCheck;
import uk.nhs.greenbench.model.TrendRow;
import uk.nhs.greenbench.model.YearValue;

import uk.nhs.greenbench.factor.Factor;
import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.indicator.IndicatorDefinition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trends across the bundled years for every trust, ICS, region and England: each indicator's value year by year,
 * the change since the baseline (the earliest year comparable with the latest — a change in how ERIC collects an
 * indicator restarts it), the carbon change split into factors and consumption, and the Net Zero check.
 * With so few years there are no control-chart alerts: a change much larger than the peer group's changes is
 * flagged "check the data", never read as success or failure.
 */
public final class TrendCalculator {
    private final Map<String, IndicatorDefinition> defs = new LinkedHashMap<>();
    private final PlausibilityChecks checks;

    /** @param checks the plausibility thresholds, of which the change check's robust z */
    public TrendCalculator(List<IndicatorDefinition> indicators, PlausibilityChecks checks) {
        for (IndicatorDefinition d : indicators) defs.put(d.id(), d);
        this.checks = checks;
    }

    /** Trends up to and including {@code upTo}, from the figures of the years available. */
    public List<TrendRow> compute(String upTo, Collection<Figures> available) {
        List<Figures> years = available.stream().filter(f -> f.year().compareTo(upTo) <= 0)
                .sorted(Comparator.comparing(Figures::year)).toList();
        Map<String, FactorSet> factors = new HashMap<>();
        // Each key's sort key made once, not at every comparison of the tree's inserts.
        Map<String, String> sortKeys = new HashMap<>();
        Map<String, TreeMap<String, FigureRow>> series = new TreeMap<>(Comparator.comparing(k -> sortKeys.computeIfAbsent(k, TrendCalculator::sortKey)));
        for (Figures f : years) {
            factors.put(f.year(), f.factors());
            for (FigureRow r : f.rows()) {
                if (!defs.containsKey(r.indicator())) continue;
                series.computeIfAbsent(key(r), k -> new TreeMap<>()).put(f.year(), r);
            }
        }
        Map<String, List<Flag>> changeFlags = changeChecks(years, series, upTo);
        Map<String, List<TreeMap<String, FigureRow>>> trustSeries = new HashMap<>();
        series.forEach((k, v) -> {
            if (k.startsWith(Level.TRUST + "|")) trustSeries.computeIfAbsent(v.lastEntry().getValue().indicator(), i -> new ArrayList<>()).add(v);
        });
        PeerBands bands = new PeerBands(years);
        List<TrendRow> out = new ArrayList<>();
        for (Map.Entry<String, TreeMap<String, FigureRow>> e : series.entrySet()) {
            TrendRow t = trend(e.getValue(), factors, changeFlags, trustSeries, bands, series);
            if (t != null) out.add(t);
        }
        return out;
    }

    private static String key(FigureRow r) {
        return r.org().level() + "|" + r.org().code() + "|" + r.indicator();
    }

    /** Trusts, then ICSs, regions and England; by code, then indicator. */
    private static String sortKey(String key) {
        String[] p = key.split("\\|", -1);
        int level = Level.of(p[0]).ordinal();
        return level + "|" + p[1] + "|" + p[2];
    }

    private TrendRow trend(TreeMap<String, FigureRow> byYear, Map<String, FactorSet> factors, Map<String, List<Flag>> changeFlags,
                           Map<String, List<TreeMap<String, FigureRow>>> trustSeries, PeerBands bands,
                           Map<String, TreeMap<String, FigureRow>> series) {
        FigureRow last = byYear.lastEntry().getValue();
        IndicatorDefinition d = defs.get(last.indicator());
        String latestYear = null;
        for (Map.Entry<String, FigureRow> e : byYear.descendingMap().entrySet()) {
            if (e.getValue().usableValue() != null) {
                latestYear = e.getKey();
                break;
            }
        }
        if (latestYear == null) return null;
        IndicatorDefinition.Break brk = d.breakBefore(latestYear);
        String from = brk == null ? "" : brk.from();
        List<YearValue> values = new ArrayList<>();
        String baselineYear = null;
        boolean earlierNotComparable = false;
        for (Map.Entry<String, FigureRow> e : byYear.entrySet()) {
            FigureRow r = e.getValue();
            boolean comparable = e.getKey().compareTo(from) >= 0;
            // A likely unit error is no point of a trend: no baseline, no latest value, no change.
            values.add(new YearValue(e.getKey(), r.usableValue(), r.numerator(), r.denominator(), comparable,
                    bands.of(last.org(), d.id(), e.getKey())));
            if (r.usableValue() == null) continue;
            if (!comparable) earlierNotComparable = true;
            else if (baselineYear == null) baselineYear = e.getKey();
        }
        FigureRow base = byYear.get(baselineYear), latest = byYear.get(latestYear);
        List<Flag> flags = new ArrayList<>();
        Double change = null, changePct = null;
        CarbonSplit split = null;
        NetZeroCheck netZero = null;
        LikeForLike likeForLike = null;
        if (baselineYear.equals(latestYear)) {
            flags.add(Flag.of(Flag.Code.SINGLE_YEAR));
        } else {
            change = latest.value() - base.value();
            changePct = base.value() != 0 ? change / Math.abs(base.value()) * 100 : null;
            split = split(base, latest, factors);
            if (d.hasNetZeroTrajectory()) netZero = netZero(base, latest);
            if (!last.org().level().equals(Level.TRUST)) {
                likeForLike = likeForLike(last.org(), baselineYear, latestYear, trustSeries.getOrDefault(d.id(), List.of()), d.scaleOrOne());
            }
        }
        flags.addAll(changeFlags.getOrDefault(key(last), List.of()));
        Flag estate = estateChanged(last.org(), d, base, latest);
        if (estate != null) flags.add(estate);
        Flag price = PriceShock.check(d, byYear, latestYear, series, checks.trendChange());
        if (price != null) flags.add(price);
        if (!last.org().level().equals(Level.TRUST) && !baselineYear.equals(latestYear)) {
            // Areas of an indicator measured for ICBs have no member trusts to compare like for like.
            int both = likeForLike == null ? 0 : likeForLike.trusts();
            if (likeForLike != null && (both != base.members() || both != latest.members())) {
                flags.add(Flag.of(Flag.Code.MEMBERS_CHANGED, base.members() + " to " + latest.members() + ", " + both + " in both"));
            }
        }
        return new TrendRow(last.org(), d.id(), d.theme(), last.unit(), last.polarity(), values, baselineYear, base.value(),
                latestYear, latest.value(), change, changePct, earlierNotComparable ? from : "",
                earlierNotComparable ? "Not comparable before " + from + ": " + brk.reason() : "", split, netZero, likeForLike, flags);
    }

    /**
     * For a trust's carbon total with a Net Zero path: whether its floor area (the denominator) changed by more than the
     * stated share between baseline and latest (a merger or sites taken on), so that the total compares different estates.
     */
    private Flag estateChanged(OrgRef org, IndicatorDefinition d, FigureRow base, FigureRow latest) {
        if (!org.level().equals(Level.TRUST) || !d.hasNetZeroTrajectory() || base == latest) return null;
        if (base.denominator() == null || latest.denominator() == null || base.denominator() <= 0) return null;
        double share = latest.denominator() / base.denominator() - 1;
        if (Math.abs(share) <= checks.trendChange().estateChange()) return null;
        return Flag.of(Flag.Code.ESTATE_CHANGED, String.format(Locale.UK, "%,.0f to %,.0f m², %+.0f%%", base.denominator(), latest.denominator(), share * 100));
    }

    /** The area's change over the trusts that are its members in the latest year and have a value in both years. */
    private static LikeForLike likeForLike(OrgRef area, String baselineYear, String latestYear,
                                           List<TreeMap<String, FigureRow>> trusts, double scale) {
        double numB = 0, denB = 0, numL = 0, denL = 0;
        int n = 0;
        for (TreeMap<String, FigureRow> t : trusts) {
            FigureRow b = t.get(baselineYear), l = t.get(latestYear);
            if (b == null || l == null || b.usableValue() == null || l.usableValue() == null || !memberOf(l.org(), area)) continue;
            numB += b.numerator();
            denB += b.denominator();
            numL += l.numerator();
            denL += l.denominator();
            n++;
        }
        if (n == 0 || denB <= 0 || denL <= 0) return null;
        double before = numB / denB * scale, after = numL / denL * scale;
        return new LikeForLike(n, before, after, before != 0 ? (after - before) / Math.abs(before) * 100 : null);
    }

    private static boolean memberOf(OrgRef trust, OrgRef area) {
        return switch (area.level()) {
            case ICS -> trust.icsCode().equals(area.code());
            case REGION -> trust.regionCode().equals(area.code());
            default -> true;
        };
    }

    private static CarbonSplit split(FigureRow before, FigureRow after, Map<String, FactorSet> factors) {
        if (before.numeratorFactors().isEmpty() || after.numeratorFactors().isEmpty()) return null;
        FactorSet fb = factors.get(before.year()), fa = factors.get(after.year());
        double cBefore = 0, cAfter = 0, fromFactors = 0;
        for (Map.Entry<String, Double> q : before.numeratorFactors().entrySet()) {
            Double b = fb.get(q.getKey()).map(Factor::value).orElse(null), a = fa.get(q.getKey()).map(Factor::value).orElse(null);
            if (b == null || a == null) return null;
            cBefore += q.getValue() * b;
            fromFactors += q.getValue() * (a - b);
        }
        for (Map.Entry<String, Double> q : after.numeratorFactors().entrySet()) {
            Double a = fa.get(q.getKey()).map(Factor::value).orElse(null);
            if (a == null) return null;
            cAfter += q.getValue() * a;
        }
        double change = cAfter - cBefore;
        return new CarbonSplit(before.year(), after.year(), change, fromFactors, change - fromFactors);
    }

    private static NetZeroCheck netZero(FigureRow base, FigureRow latest) {
        if (base.numerator() == null || latest.numerator() == null || base.numerator() <= 0) return null;
        double b = base.numerator() / 1000, l = latest.numerator() / 1000;
        int by = FinancialYear.startOf(base.year()), ly = FinancialYear.startOf(latest.year());
        double path = NetZeroCheck.path(b, by, ly);
        double target = 0.2 * b;
        Double achieved = ly > by && l > 0 ? (1 - Math.pow(l / b, 1.0 / (ly - by))) * 100 : null;
        Double required = ly >= NetZeroCheck.EIGHTY_PERCENT_YEAR ? null
                : l <= target ? 0.0 : (1 - Math.pow(target / l, 1.0 / (NetZeroCheck.EIGHTY_PERCENT_YEAR - ly))) * 100;
        return new NetZeroCheck(base.year(), b, latest.year(), l, path, target, achieved, required);
    }

    /**
     * For each pair of successive years, each trust's change in each indicator against its peer group's changes
     * (robust z of the log ratio, so that halving and doubling weigh the same; peers of the later year; all trusts
     * when the group has fewer than {@link PeerDistribution#MIN_PEERS}): beyond the plausibility file's trendChange z the trust
     * is flagged "check the data". Values of
     * zero or below have no ratio and are not checked.
     */
    private Map<String, List<Flag>> changeChecks(List<Figures> years, Map<String, TreeMap<String, FigureRow>> series, String upTo) {
        Map<String, List<Flag>> flags = new HashMap<>();
        for (int i = 1; i < years.size(); i++) {
            String y0 = years.get(i - 1).year(), y1 = years.get(i).year();
            Map<String, Map<String, Double>> changesByIndicator = new TreeMap<>();
            Map<String, FigureRow> laterRow = new HashMap<>();
            for (Map.Entry<String, TreeMap<String, FigureRow>> e : series.entrySet()) {
                FigureRow a = e.getValue().get(y0), b = e.getValue().get(y1);
                if (a == null || b == null || !b.org().level().equals(Level.TRUST) || a.usableValue() == null || b.usableValue() == null
                        || a.value() <= 0 || b.value() <= 0) continue;
                IndicatorDefinition.Break brk = defs.get(b.indicator()).breakBefore(y1);
                if (brk != null && brk.from().compareTo(y0) > 0) continue;
                // Only changes inside the trend the reader is shown: years before a later collection change are set aside.
                IndicatorDefinition.Break shown = defs.get(b.indicator()).breakBefore(upTo);
                if (shown != null && shown.from().compareTo(y0) > 0) continue;
                changesByIndicator.computeIfAbsent(b.indicator(), k -> new LinkedHashMap<>())
                        .put(e.getKey(), Math.log(b.value() / a.value()));
                laterRow.put(e.getKey(), b);
            }
            for (Map<String, Double> changes : changesByIndicator.values()) {
                Map<String, List<Double>> byGroup = new HashMap<>();
                changes.forEach((k, c) -> byGroup.computeIfAbsent(laterRow.get(k).org().peerGroup(), g -> new ArrayList<>()).add(c));
                List<Double> all = new ArrayList<>(changes.values());
                for (Map.Entry<String, Double> c : changes.entrySet()) {
                    List<Double> group = byGroup.get(laterRow.get(c.getKey()).org().peerGroup());
                    double z = robustZ(c.getValue(), group.size() >= PeerDistribution.MIN_PEERS ? group : all);
                    if (checks.isSuspectChange(z)) {
                        FigureRow later = laterRow.get(c.getKey());
                        double before = later.value() / Math.exp(c.getValue());
                        // A share's change is said in its values (0.04% to 29.8%), not as a percentage of a percentage.
                        String change = "%".equals(later.unit())
                                ? y0 + " to " + y1 + ": " + threeFigures(before) + "% to " + threeFigures(later.value()) + "%"
                                : String.format(Locale.ROOT, "%s to %s: %+.0f%%", y0, y1, (Math.exp(c.getValue()) - 1) * 100);
                        flags.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(Flag.of(Flag.Code.CHECK_THE_DATA, change));
                    }
                }
            }
        }
        return flags;
    }

    /** (x − median) / (1.4826 × median absolute deviation); 0 when the deviation is 0. */
    static double robustZ(double x, List<Double> sample) {
        double median = median(sample);
        List<Double> dev = new ArrayList<>();
        for (double s : sample) dev.add(Math.abs(s - median));
        double mad = median(dev) * 1.4826;
        return mad == 0 ? 0 : (x - median) / mad;
    }

    private static double median(List<Double> xs) {
        double[] s = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static String threeFigures(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
