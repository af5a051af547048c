package uk.nhs.greenbench.model;

import java.util.List;

/**
 * The electrification headroom of a trust, ICS, region or England: its sites counted by verdict, and the sums over them.
 *
 * @param trusts          trusts with at least one site read (1 for a trust)
 * @param verdicts        one entry per verdict, in {@link SiteCapacity.Verdict} order
 * @param addedLoadKw     load added at peak by electrifying every site's heat
 * @param shortfallKw     capacity the sites that need more are short of, added
 * @param carbonOutT      fossil-fuel carbon removed by electrifying every site, a year
 * @param carbonInT       grid-electricity carbon added, a year (at the data year's grid factor)
 * @param costOutGbp      fossil fuel no longer bought, at each trust's own prices; null when no trust had prices
 * @param costInGbp       electricity bought, at each trust's own price; null when no trust had one
 * @param unpricedTrusts  trusts whose £ could not be put (no price of their own), left out of the £ sums
 */
public record CapacitySummary(OrgRef org, int trusts, List<VerdictCount> verdicts, double fossilKwh, double heatKwh,
                              double addedLoadKw, double addedAnnualKwh, double shortfallKw, double carbonOutT,
                              double carbonInT, Double costOutGbp, Double costInGbp, int unpricedTrusts) {
    public CapacitySummary {
        verdicts = List.copyOf(verdicts);
    }

    /** Sites, floor area and fossil fuel of one verdict. */
    public record VerdictCount(SiteCapacity.Verdict verdict, int sites, double floorAreaM2, double fossilKwh) {
    }

    public VerdictCount of(SiteCapacity.Verdict v) {
        for (VerdictCount c : verdicts) if (c.verdict() == v) return c;
        return new VerdictCount(v, 0, 0, 0);
    }

    /** Share of the fossil fuel at sites that can electrify within today's capacity (0 when there is none). */
    public double withinShare() {
        return fossilKwh > 0 ? of(SiteCapacity.Verdict.WITHIN).fossilKwh() / fossilKwh : 0;
    }

    public int sites() {
        return verdicts.stream().mapToInt(VerdictCount::sites).sum();
    }

    /** Carbon change of electrifying, a year: negative is a saving. */
    public double carbonChangeT() {
        return carbonInT - carbonOutT;
    }

    /** £ change a year (positive costs more), or null when it could not be priced. */
    public Double costChangeGbp() {
        return costOutGbp == null || costInGbp == null ? null : costInGbp - costOutGbp;
    }
}
