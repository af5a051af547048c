package uk.nhs.greenbench.capacity;

import uk.nhs.greenbench.model.Capacity;
import uk.nhs.greenbench.model.CapacitySummary;
import uk.nhs.greenbench.model.CapacitySummary.VerdictCount;
import uk.nhs.greenbench.model.Level;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.model.SiteCapacity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Sums sites' headroom to their trust, and trusts' to their ICS, region and England. Every figure is a plain sum over
 * the sites (an area's shortfall is its sites' shortfalls added: headroom at one site does not serve another).
 */
public final class CapacityRollup {
    private CapacityRollup() {
    }

    /**
     * @param sitesByTrust trust code → its assessed sites
     * @param trusts       trust code → who the trust is (its ICS and region)
     * @param areas        the ICS, region and England organisations, keyed by {@link Capacity#key}
     */
    public static Map<String, CapacitySummary> summaries(Map<String, List<SiteCapacity>> sitesByTrust, Map<String, OrgRef> trusts,
                                                         Map<String, OrgRef> areas) {
        Map<String, CapacitySummary> out = new TreeMap<>();
        List<CapacitySummary> trustSums = new ArrayList<>();
        sitesByTrust.forEach((code, sites) -> {
            OrgRef org = trusts.get(code);
            if (org == null) return;
            CapacitySummary s = ofSites(org, sites);
            trustSums.add(s);
            out.put(Capacity.key(org), s);
        });
        group(trustSums, s -> s.org().icsCode(), Level.ICS, areas, out);
        group(trustSums, s -> s.org().regionCode(), Level.REGION, areas, out);
        OrgRef england = areas.get(Level.NATIONAL.id() + "/ENG");
        if (england != null && !trustSums.isEmpty()) out.put(Capacity.key(england), ofTrusts(england, trustSums));
        return out;
    }

    private static void group(List<CapacitySummary> trustSums, Function<CapacitySummary, String> key, Level level,
                              Map<String, OrgRef> areas, Map<String, CapacitySummary> out) {
        Map<String, List<CapacitySummary>> by = new TreeMap<>();
        for (CapacitySummary s : trustSums) {
            String code = key.apply(s);
            if (code != null && !code.isEmpty()) by.computeIfAbsent(code, k -> new ArrayList<>()).add(s);
        }
        by.forEach((code, members) -> {
            OrgRef area = areas.get(level.id() + "/" + code);
            if (area != null) out.put(Capacity.key(area), ofTrusts(area, members));
        });
    }

    static CapacitySummary ofSites(OrgRef org, List<SiteCapacity> sites) {
        Map<SiteCapacity.Verdict, double[]> by = new java.util.EnumMap<>(SiteCapacity.Verdict.class);
        double fossil = 0, heat = 0, load = 0, annual = 0, shortfall = 0, out = 0, in = 0, costOut = 0, costIn = 0;
        boolean unpriced = false;
        for (SiteCapacity s : sites) {
            double[] c = by.computeIfAbsent(s.verdict(), k -> new double[3]);
            c[0]++;
            c[1] += s.floorAreaM2() == null ? 0 : s.floorAreaM2();
            c[2] += s.fossilKwh();
            fossil += s.fossilKwh();
            heat += s.heatKwh();
            load += s.addedLoadKw();
            annual += s.addedAnnualKwh();
            if (s.shortfallKw() != null) shortfall += s.shortfallKw();
            out += s.carbonOutKg();
            in += s.carbonInKg();
            if (s.costOutGbp() == null || s.costInGbp() == null) unpriced = true;
            else {
                costOut += s.costOutGbp();
                costIn += s.costInGbp();
            }
        }
        List<VerdictCount> counts = new ArrayList<>();
        for (SiteCapacity.Verdict v : SiteCapacity.Verdict.values()) {
            double[] c = by.getOrDefault(v, new double[3]);
            counts.add(new VerdictCount(v, (int) c[0], c[1], c[2]));
        }
        return new CapacitySummary(org, 1, counts, fossil, heat, load, annual, shortfall, out / 1000, in / 1000,
                unpriced ? null : costOut, unpriced ? null : costIn, unpriced ? 1 : 0);
    }

    static CapacitySummary ofTrusts(OrgRef area, Collection<CapacitySummary> members) {
        List<VerdictCount> counts = new ArrayList<>();
        for (SiteCapacity.Verdict v : SiteCapacity.Verdict.values()) {
            int n = 0;
            double m2 = 0, kwh = 0;
            for (CapacitySummary s : members) {
                VerdictCount c = s.of(v);
                n += c.sites();
                m2 += c.floorAreaM2();
                kwh += c.fossilKwh();
            }
            counts.add(new VerdictCount(v, n, m2, kwh));
        }
        double costOut = 0, costIn = 0;
        int unpriced = 0, priced = 0;
        for (CapacitySummary s : members) {
            if (s.costOutGbp() == null || s.costInGbp() == null) unpriced += s.unpricedTrusts() == 0 ? 1 : s.unpricedTrusts();
            else {
                costOut += s.costOutGbp();
                costIn += s.costInGbp();
                priced++;
            }
        }
        return new CapacitySummary(area, members.size(), counts, sum(members, CapacitySummary::fossilKwh),
                sum(members, CapacitySummary::heatKwh), sum(members, CapacitySummary::addedLoadKw),
                sum(members, CapacitySummary::addedAnnualKwh), sum(members, CapacitySummary::shortfallKw),
                sum(members, CapacitySummary::carbonOutT), sum(members, CapacitySummary::carbonInT),
                priced == 0 ? null : costOut, priced == 0 ? null : costIn, unpriced);
    }

    private static double sum(Collection<CapacitySummary> members, java.util.function.ToDoubleFunction<CapacitySummary> part) {
        return members.stream().mapToDouble(part).sum();
    }
}
