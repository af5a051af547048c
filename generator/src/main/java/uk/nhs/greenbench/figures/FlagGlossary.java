package uk.nhs.greenbench.figures;

import java.util.LinkedHashMap;
import java.util.Map;

/** What each quality flag in figures.csv means, for readers of the workbooks and reports. */
public final class FlagGlossary {
    private static final Map<String, String> MEANINGS = new LinkedHashMap<>();

    static {
        MEANINGS.put("no_data", "No site reported both the numerator and the denominator, so there is no value.");
        MEANINGS.put("zero_denominator", "The denominator sums to zero, so there is no value.");
        MEANINGS.put("not_in_source", "The year's files do not publish the measures this indicator needs.");
        MEANINGS.put("not_supplied", "No data supplied: the indicator needs figures that are not in ERIC (travel, fleet, anaesthetic gases, staff, spend from a returns file; inhaler prescribing from OpenPrescribing), and none were given for this organisation and year.");
        MEANINGS.put("no_site_data", "The trust made only a trust-level return: no site data was read for it.");
        MEANINGS.put("coverage_partial", "Sites holding less than 90% of the trust's floor area reported these measures; the value covers those sites only.");
        MEANINGS.put("outlier", "The value is far from the peer group (robust z-score beyond 3.5): check the data, a value this far out is often a unit error.");
        MEANINGS.put("unit_error_likely", "The value is an order of magnitude from its peers (robust z beyond 10 and at least ten times, or a tenth of, its type's median: indicators/checks/plausibility.json): most likely a unit error. It is shown but left out of peer quartiles, area values, totals, trends and savings.");
        MEANINGS.put("unit_price_implausible", "The trust's own price per unit (shown in brackets) is below a fifth or above five times its peers' median, so it is not a price it pays at scale: the peer median is used.");
        MEANINGS.put("chp_fuel_added", "Some sites reported more fossil input to CHP than gas and oil consumed; ERIC counts CHP fuel inside gas, so the CHP input was taken as their fuel (the difference added to gas). The sites are listed in data-quality.csv.");
        MEANINGS.put("peer_fallback_national", "Fewer than 5 of the trust's comparators (named in brackets) had a value, so it is compared with all trusts.");
        MEANINGS.put("unit_cost_peer_median", "The trust reported no cost for this, so its saving is priced at the peer median unit cost.");
        MEANINGS.put("unit_carbon_peer_median", "The trust's own carbon per unit could not be worked out, so the peer median is used.");
        MEANINGS.put("route_cost_peer_median", "A disposal or fuel route had no cost of the trust's own, so the peer median cost of that route is used.");
        MEANINGS.put("route_carbon_peer_median", "A route had no quantity of the trust's own, so the peer median carbon of that route is used.");
        MEANINGS.put("not_priced", "This indicator's gap is shown in units only; it is not priced in £ or tCO2e.");
        MEANINGS.put("factor_fallback", "A carbon factor came from an earlier factor set because the year's set does not have it.");
        MEANINGS.put("factor_missing", "A carbon factor needed for this indicator is in no bundled factor set.");
        MEANINGS.put("unknown_trust", "The trust is not in the ODS trust file, so it has no ICS (its region comes from ERIC where possible).");
        MEANINGS.put("ics_unknown", "The registry's ICB code for the trust is not in the ICB list, so it is left out of ICS totals.");
        MEANINGS.put("closed_in_ods", "The trust has since closed or merged (ODS close date shown); its figures are as it reported them.");
        MEANINGS.put("peer_type_mapped", "The trust's ERIC type is too small to be a peer group of its own; it is compared with the type named (regions/peer-groups.csv says why).");
        MEANINGS.put("short_row", "A row of the source file had fewer cells than its header (a file cut off?); missing cells were read as no value.");
        MEANINGS.put("repeated_trust", "A trust appeared more than once in a trust-level file; the first row was used.");
        MEANINGS.put("negative_value", "A negative quantity in the source was treated as missing.");
        MEANINGS.put("negative_cost", "A negative cost in the source was kept: it can be income, such as a recycling rebate.");
        MEANINGS.put("members_without_value", "Some member trusts have no value for this indicator; the area value covers the others.");
        MEANINGS.put("members_outlier", "Some member trusts' values are flagged as outliers.");
        MEANINGS.put("members_unknown_trust", "Some member trusts are not in the ODS trust file.");
        MEANINGS.put("members_unit_error_likely", "Some member trusts' values are most likely unit errors; they are left out of the area's value and savings (how many in brackets).");
        MEANINGS.put("members_unit_price_implausible", "Some member trusts' own prices per unit were implausible, so their peers' median price is used.");
        MEANINGS.put("members_peer_fallback_national", "Some member trusts were compared with all trusts because their type has fewer than 5.");
        MEANINGS.put("single_year", "Trend: only one year comparable with the latest has a value, so there is no change to show.");
        MEANINGS.put("check_the_data", "Trend: the change between these years is far larger than the peer group's changes (robust z of the ratio beyond 3.5). Check the data before reading it as success or failure.");
        MEANINGS.put("members_changed", "Trend: the area's member trusts with a value were not the same in the two years (how many at the baseline, how many in the latest year, how many in both), so part of the change is membership; the like-for-like change, over the trusts with a value in both years, is beside it.");
    }

    private FlagGlossary() {
    }

    /** The flag's code without its detail: {@code coverage_partial(87%)} → {@code coverage_partial}. */
    public static String code(String flag) {
        int i = flag.indexOf('(');
        return (i < 0 ? flag : flag.substring(0, i)).trim();
    }

    public static String meaning(String flag) {
        return MEANINGS.getOrDefault(code(flag), "");
    }

    public static Map<String, String> all() {
        return MEANINGS;
    }
}
