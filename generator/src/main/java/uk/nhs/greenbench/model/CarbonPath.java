package uk.nhs.greenbench.model;

import java.util.List;

/**
 * An organisation's estates carbon from its data year to 2040 under four scenarios, against the Net Zero path:
 * (a) today's consumption as the grid decarbonises; (b) plus demand growth; (c) plus heat electrified where headroom
 * allows (elsewhere from the capacity upgrade year); (d) plus the typical savings, applied to what (c) leaves.
 *
 * @param fromYear        the calendar year the data year starts in (2023 for 2023-24)
 * @param estatesT        the estates carbon of the data year, tCO2e
 * @param savingsShare    the typical savings applied in (d), as a share of the estates carbon
 * @param electrifiable   share of the fossil fuel at sites whose capacity was assessed (the rest is electrified from
 *                        the upgrade year, as sites that need more capacity are)
 * @param points          one per year from {@code fromYear} to 2040
 * @param netZeroNote     how the Net Zero path was drawn, or why there is none
 */
public record CarbonPath(OrgRef org, int fromYear, double estatesT, double growthPct, double savingsShare,
                         double electrifiable, List<Point> points, String netZeroNote) {
    public CarbonPath {
        points = List.copyOf(points);
    }

    /** One year's tCO2e under each scenario; {@code netZeroT} is null when the organisation has no Net Zero path. */
    public record Point(int year, double gridOnlyT, double withGrowthT, double electrifiedT, double withSavingsT, Double netZeroT) {
    }

    public Point in(int year) {
        for (Point p : points) if (p.year() == year) return p;
        return null;
    }
}
