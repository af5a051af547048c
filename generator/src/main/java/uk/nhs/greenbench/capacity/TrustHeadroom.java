package uk.nhs.greenbench.capacity;

import uk.nhs.greenbench.model.CapacitySummary;
import uk.nhs.greenbench.model.FuelPrices;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.model.SiteCapacity;
import uk.nhs.greenbench.model.SiteCapacity.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * One trust's headroom summed as its sites are read, keeping only its {@code listed} largest sites whole: memory does
 * not grow with a file's length, and every site is in the sums. The £ are put at the end, at the trust's own prices
 * (which are known only once all its sites are read): each £ sum is linear in the trust's kWh, so it needs no site.
 */
public final class TrustHeadroom {
    private static final Comparator<SiteCapacity> SMALLEST_FIRST = Comparator.comparingDouble((SiteCapacity s) -> area(s))
            .thenComparing(SiteCapacity::siteCode, Comparator.reverseOrder());
    private final int listed;
    private final PriorityQueue<SiteCapacity> largest = new PriorityQueue<>(SMALLEST_FIRST);
    private final double[][] byVerdict = new double[Verdict.values().length][3];
    private double heat, load, annual, shortfall, carbonOut, carbonIn, gas, oil, coal;
    private int notListed;

    public TrustHeadroom(int listed) {
        this.listed = listed;
    }

    public void add(SiteCapacity s) {
        double[] v = byVerdict[s.verdict().ordinal()];
        v[0]++;
        v[1] += s.floorAreaM2() == null ? 0 : s.floorAreaM2();
        v[2] += s.fossilKwh();
        heat += s.heatKwh();
        load += s.addedLoadKw();
        annual += s.addedAnnualKwh();
        if (s.shortfallKw() != null) shortfall += s.shortfallKw();
        carbonOut += s.carbonOutKg();
        carbonIn += s.carbonInKg();
        gas += s.gasKwh();
        oil += s.oilKwh();
        coal += s.coalKwh();
        largest.add(s);
        if (largest.size() > listed) {
            largest.poll();
            notListed++;
        }
    }

    public CapacitySummary summary(OrgRef org, FuelPrices prices) {
        List<CapacitySummary.VerdictCount> counts = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            double[] c = byVerdict[v.ordinal()];
            counts.add(new CapacitySummary.VerdictCount(v, (int) c[0], c[1], c[2]));
        }
        Double out = SiteHeadroom.costOut(gas, oil, coal, prices), in = SiteHeadroom.costIn(annual, prices);
        boolean priced = out != null && in != null;
        return new CapacitySummary(org, 1, counts, gas + oil + coal, heat, load, annual, shortfall, carbonOut / 1000, carbonIn / 1000,
                priced ? out : null, priced ? in : null, priced ? 0 : 1);
    }

    /** The sites kept, largest floor area first, priced at the trust's prices. */
    public List<SiteCapacity> listed(FuelPrices prices) {
        return largest.stream().sorted(SMALLEST_FIRST.reversed()).map(s -> SiteHeadroom.priced(s, prices)).toList();
    }

    /** Sites in the sums but not kept whole (only in a synthetic file far longer than any real trust's). */
    public int notListed() {
        return notListed;
    }

    private static double area(SiteCapacity s) {
        return s.floorAreaM2() == null ? -1 : s.floorAreaM2();
    }
}
