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
     * @param trustSums each trust's summary (its own sites)
     * @param areas     the ICS, region and England organisations, keyed by {@link Capacity#key}
     * @return the trusts' and the areas' summaries, keyed by {@link Capacity#key}
     */
    public static Map<String, CapacitySummary> summaries(List<CapacitySummary> trustSums, Map<String, OrgRef> areas) {
        Map<String, CapacitySummary> out = new TreeMap<>();
        for (CapacitySummary s : trustSums) out.put(Capacity.key(s.org()), s);
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
