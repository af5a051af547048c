package uk.nhs.greenbench.figures;

import uk.nhs.greenbench.benchmark.PeerDistribution;
import uk.nhs.greenbench.indicator.PlausibilityChecks;
import uk.nhs.greenbench.model.Flag;
import uk.nhs.greenbench.model.Flag.Code;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each quality flag means, for readers of the workbooks and reports, with the thresholds of the run's own
 * plausibility file (so the words cannot drift from the checks), and the data-quality.csv findings that are not flags.
 */
public final class FlagGlossary {
    /** Findings of data-quality.csv that mark source rows rather than figures. */
    private static final Map<String, String> FINDINGS = new LinkedHashMap<>();

    static {
        FINDINGS.put("short_row", "A row of the source file had fewer cells than its header (a file cut off?); missing cells were read as no value.");
        FINDINGS.put("repeated_trust", "A trust appeared more than once in a trust-level file; the first row was used.");
        FINDINGS.put("negative_value", "A negative quantity in the source was treated as missing.");
        FINDINGS.put("negative_cost", "A negative cost in the source was kept: it can be income, such as a recycling rebate.");
    }

    private final Map<Code, String> meanings = new EnumMap<>(Code.class);

    public FlagGlossary(PlausibilityChecks checks) {
        String file = PlausibilityChecks.FILE;
        String coverage = Numbers.plain(checks.coverage().warnBelow() * 100) + "%";
        String outlierZ = Numbers.plain(checks.outlier().robustZ());
        String unitErrorZ = Numbers.plain(checks.unitError().robustZ());
        String times = Numbers.plain(checks.unitError().timesPeerMedian());
        String minPeers = String.valueOf(PeerDistribution.MIN_PEERS);
        put(Code.NO_DATA, "No site reported both the numerator and the denominator, so there is no value.");
        put(Code.ZERO_DENOMINATOR, "The denominator sums to zero, so there is no value.");
        put(Code.NOT_IN_SOURCE, "The year's files do not publish the measures this indicator needs (or ERIC did not yet collect them: its Net Zero questions start in 2021/22).");
        put(Code.NOT_SUPPLIED, "No data supplied: the indicator needs figures that are not in ERIC (travel, fleet, anaesthetic gases, staff, spend from a returns file; inhaler prescribing from OpenPrescribing), and none were given for this organisation and year.");
        put(Code.NO_SITE_DATA, "The trust made only a trust-level return: no site data was read for it.");
        put(Code.COVERAGE_PARTIAL, "Sites holding less than " + coverage + " of the trust's floor area reported these measures; the value covers those sites only.");
        put(Code.OUTLIER, "The value is far from the peer group (robust z-score beyond " + outlierZ + "): check the data, a value this far out is often a unit error.");
        put(Code.UNIT_ERROR_LIKELY, "The value is an order of magnitude from its peers (robust z beyond " + unitErrorZ + " and at least " + times
                + " times, or 1/" + times + " of, its type's median: " + file + "): most likely a unit error. It is shown but left out of peer quartiles, area values, totals, trends and savings.");
        put(Code.UNIT_PRICE_IMPLAUSIBLE, "The trust's own price per unit (shown in brackets) is below " + Numbers.plain(checks.ownUnitRate().lowerTimesPeerMedian())
                + " times or above " + Numbers.plain(checks.ownUnitRate().upperTimesPeerMedian()) + " times its peers' median, so it is not a price it pays at scale: the peer median is used.");
        put(Code.CHP_FUEL_ADDED, "Some sites reported more fossil input to CHP than gas and oil consumed; ERIC counts CHP fuel inside gas, so the CHP input was taken as their fuel (the difference added to gas). The sites are listed in data-quality.csv.");
        put(Code.PEER_FALLBACK_NATIONAL, "Fewer than " + minPeers + " of the trust's comparators (named in brackets) had a value, so it is compared with all trusts.");
        put(Code.UNIT_COST_PEER_MEDIAN, "The trust reported no cost for this, so its saving is priced at the peer median unit cost.");
        put(Code.UNIT_CARBON_PEER_MEDIAN, "The trust's own carbon per unit could not be worked out, so the peer median is used.");
        put(Code.ROUTE_COST_PEER_MEDIAN, "A disposal or fuel route had no cost of the trust's own, so the peer median cost of that route is used.");
        put(Code.ROUTE_CARBON_PEER_MEDIAN, "A route had no quantity of the trust's own, so the peer median carbon of that route is used.");
        put(Code.NOT_PRICED, "This indicator's gap is shown in units only; it is not priced in £ or tCO2e.");
        put(Code.FACTOR_FALLBACK, "A carbon factor came from an earlier factor set because the year's set does not have it.");
        put(Code.FACTOR_MISSING, "A carbon factor needed for this indicator is in no bundled factor set.");
        put(Code.UNKNOWN_TRUST, "The trust is not in the ODS trust file, so it has no ICS (its region comes from ERIC where possible).");
        put(Code.ICS_UNKNOWN, "The registry's ICB code for the trust is not in the ICB list, so it is left out of ICS totals.");
        put(Code.CLOSED_IN_ODS, "The trust has since closed or merged (ODS close date shown); its figures are as it reported them.");
        put(Code.PEER_TYPE_MAPPED, "The trust's ERIC type is too small to be a peer group of its own; it is compared with the type named (regions/peer-groups.csv says why).");
        put(Code.PARTIAL_YEAR, "The ICB's prescribing figures cover only the months named, not the whole year; the value is for those months.");
        put(Code.MEMBERS_WITHOUT_VALUE, "Member trusts with no value for this indicator (how many, of all the members, in brackets); the area's value, where it has one, covers the others.");
        put(Code.MEMBERS_OUTLIER, "Some member trusts' values are flagged as outliers.");
        put(Code.MEMBERS_UNKNOWN_TRUST, "Some member trusts are not in the ODS trust file.");
        put(Code.MEMBERS_UNIT_ERROR_LIKELY, "Some member trusts' values are most likely unit errors; they are left out of the area's value and savings (how many in brackets).");
        put(Code.MEMBERS_UNIT_PRICE_IMPLAUSIBLE, "Some member trusts' own prices per unit were implausible, so their peers' median price is used.");
        put(Code.MEMBERS_PEER_FALLBACK_NATIONAL, "Some member trusts were compared with all trusts because fewer than " + minPeers + " of their comparators had a value.");
        put(Code.SINGLE_YEAR, "Trend: only one year comparable with the latest has a value, so there is no change to show.");
        put(Code.CHECK_THE_DATA, "Trend: the change between these years is far larger than the peer group's changes (robust z of the ratio beyond "
                + Numbers.plain(checks.trendChange().robustZ()) + "). Check the data before reading it as success or failure.");
        put(Code.MEMBERS_CHANGED, "Trend: the area's member trusts with a value were not the same in the two years (how many at the baseline, how many in the latest year, how many in both), so part of the change is membership; the like-for-like change, over the trusts with a value in both years, is beside it.");
        put(Code.ESTATE_CHANGED, "Trend: the trust's floor area changed by more than " + Numbers.plain(checks.trendChange().estateChange() * 100)
                + "% between the years (shown in brackets: a merger, or sites taken on or handed over), so its carbon total compares different estates; the change per m² is the like-for-like measure.");
        put(Code.PRICE_SHOCK, "Trend: between the last two years the price per unit (shown in brackets, beside the use per floor area) rose by more than "
                + Numbers.plain(checks.trendChange().priceShock() * 100) + "% and at least " + Numbers.plain(checks.trendChange().priceShockTimesUse())
                + " times as much as the use per floor area, so the cost rose because prices did (the 2022-23 energy price shock), not because more was used.");
        for (Code c : Code.values()) if (!meanings.containsKey(c)) throw new IllegalStateException("the flag glossary has no meaning for " + c);
    }

    private void put(Code code, String meaning) {
        meanings.put(code, meaning);
    }

    public String meaning(Code code) {
        return meanings.get(code);
    }

    public String meaning(Flag flag) {
        return meanings.get(flag.code());
    }

    /** Every flag, then the source-row findings, with what each means: the glossary as the workbook and report print it. */
    public Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        meanings.forEach((c, m) -> all.put(c.id(), m));
        all.putAll(FINDINGS);
        return Collections.unmodifiableMap(all);
    }
}
