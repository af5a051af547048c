package uk.nhs.greenbench.model;

import java.util.List;
import java.util.Map;

/**
 * A year's capacity and demand view: every site's electrification headroom, the sums for each trust and area, and
 * each organisation's carbon paths to 2040. Keys of {@code summaries} and {@code paths} are {@link #key(OrgRef)}.
 *
 * @param notComputed why there is no view for the year (the ERIC year publishes no demand or capacity), or empty
 * @param sitesByTrust trust code → its sites, largest floor area first
 * @param prices       trust code → the trust's own fuel prices the £ were put at
 */
public record Capacity(String notComputed, CapacityAssumptions assumptions, Map<String, List<SiteCapacity>> sitesByTrust,
                       Map<String, FuelPrices> prices, Map<String, CapacitySummary> summaries, Map<String, CarbonPath> paths) {
    public static final Capacity NONE = new Capacity("not computed", null, Map.of(), Map.of(), Map.of(), Map.of());

    public Capacity {
        sitesByTrust = Map.copyOf(sitesByTrust);
        prices = Map.copyOf(prices);
        summaries = Map.copyOf(summaries);
        paths = Map.copyOf(paths);
    }

    public static Capacity notComputed(String why, CapacityAssumptions assumptions) {
        return new Capacity(why, assumptions, Map.of(), Map.of(), Map.of(), Map.of());
    }

    public boolean computed() {
        return notComputed.isEmpty();
    }

    public static String key(OrgRef org) {
        return org.level().id() + "/" + org.code();
    }

    public List<SiteCapacity> sitesOf(String trustCode) {
        return sitesByTrust.getOrDefault(trustCode, List.of());
    }

    public FuelPrices pricesOf(String trustCode) {
        return prices.getOrDefault(trustCode, FuelPrices.NONE);
    }

    public CapacitySummary summaryOf(OrgRef org) {
        return summaries.get(key(org));
    }

    public CarbonPath pathOf(OrgRef org) {
        return paths.get(key(org));
    }

    public Capacity withPaths(Map<String, CarbonPath> paths) {
        return new Capacity(notComputed, assumptions, sitesByTrust, prices, summaries, paths);
    }
}
