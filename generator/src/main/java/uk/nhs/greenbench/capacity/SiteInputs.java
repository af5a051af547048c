package uk.nhs.greenbench.capacity;

import java.util.Map;

/**
 * What one ERIC site row publishes that the headroom needs, as read (null where not reported). Zero maximum demand or
 * capacity is read as not reported: a site that draws power has a demand above zero.
 */
public record SiteInputs(String trustCode, String siteCode, String siteName, String siteType, Double floorAreaM2,
                         Double maxDemandKw, Double capacityKva, double gasKwh, double oilKwh, double coalKwh,
                         int chpUnits, int heatPumps, String sourceRow) {
    public static final String MAX_DEMAND = "max_demand_kw", CAPACITY = "available_capacity_kva";

    /** From a row's canonical measures. */
    public static SiteInputs of(String trustCode, String siteCode, String siteName, String siteType, Map<String, Double> m,
                                String sourceRow) {
        return new SiteInputs(trustCode, siteCode, siteName, siteType, m.get("gia_m2"), positive(m.get(MAX_DEMAND)),
                positive(m.get(CAPACITY)), orZero(m.get("gas_kwh")), orZero(m.get("oil_kwh")), orZero(m.get("coal_kwh")),
                (int) orZero(m.get("chp_units_n")), (int) orZero(m.get("heat_pumps_n")), sourceRow);
    }

    private static Double positive(Double v) {
        return v == null || v <= 0 ? null : v;
    }

    private static double orZero(Double v) {
        return v == null ? 0 : v;
    }
}
