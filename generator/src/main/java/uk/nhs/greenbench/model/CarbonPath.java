package uk.nhs.greenbench.model;

import java.util.List;

/**
 * An organisation's estates carbon from its data year to 2040 under four scenarios, against the Net Zero path:
 * (a) today's consumption as the grid decarbonises; (b) plus demand growth; (c) plus heat electrified where headroom
 * allows (elsewhere from the capacity upgrade year); (d) plus the typical savings, applied to what (c) leaves.
 *
 * The starting point is the data year's estates carbon split three ways: grid electricity, fossil fuel, and the rest.
 *
 * @param fromYear        the calendar year the data year starts in (2023 for 2023-24)
 * @param estatesT        the estates carbon of the data year, tCO2e (= gridKwh × grid factor + fossil + other)
 * @param gridKwh         electricity counted at the grid factor in the data year
 * @param gasKwh          gas (oil and coal likewise) in the estates carbon of the data year
 * @param gridT           the grid electricity's carbon in the data year
 * @param fossilT         the fossil fuel's carbon in the data year
 * @param otherT          carbon of everything else (water, waste, bought-in heat, biomass), held through the years
 * @param withinShare     share of the fossil fuel at sites that can electrify within today's capacity (electrified in
 *                        equal steps to the electrify-by year); the rest is electrified in the capacity upgrade year
 * @param savingsT        the typical savings applied in (d), tCO2e
 * @param savingsShare    those savings as a share of the estates carbon (at most 1)
 * @param electrifiable   share of the fossil fuel at sites whose capacity was assessed
 * @param points          one per year from {@code fromYear} to 2040
 * @param netZeroNote     how the Net Zero path was drawn, or why there is none
 */
public record CarbonPath(OrgRef org, int fromYear, double estatesT, double gridKwh, double gasKwh, double oilKwh,
                         double coalKwh, double gridT, double fossilT, double otherT, double withinShare, double growthPct, double savingsT,
                         double savingsShare, double electrifiable, List<Point> points, String netZeroNote) {
    public CarbonPath {
        points = List.copyOf(points);
    }

    /**
     * One year's tCO2e under each scenario, with the steps between: the grid's intensity and its ratio to the data
     * year's, the demand growth factor, and the share of the fossil fuel electrified by then. {@code netZeroT} is null
     * when the organisation has no Net Zero path.
     */
    public record Point(int year, double gridIntensity, double gridRatio, double growth, double electrifiedShare,
                        double gridOnlyT, double withGrowthT, double electrifiedT, double withSavingsT, Double netZeroT) {
    }

    public double fossilKwh() {
        return gasKwh + oilKwh + coalKwh;
    }

    public Point in(int year) {
        for (Point p : points) if (p.year() == year) return p;
        return null;
    }
}
