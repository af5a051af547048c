package uk.nhs.greenbench.figures;

import uk.nhs.greenbench.model.Capacity;
import uk.nhs.greenbench.model.CapacitySummary;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.model.SiteCapacity;
import uk.nhs.greenbench.model.SiteCapacity.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The capacity lists the report page and the web page both show: a trust's sites that need more capacity, or an area's
 * member trusts short of the most, the largest shortfall first, as formatted cells.
 *
 * @param title   what the list is, saying when it is cut short
 * @param headers five column headings
 * @param rows    five cells a row; empty when nothing is short
 */
public record CapacityLists(String title, List<String> headers, List<List<String>> rows) {
    /** Sites, floor area and fossil fuel by verdict, one row each: the verdict table of the report and the web page. */
    public static CapacityLists verdicts(CapacitySummary s) {
        List<List<String>> rows = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            CapacitySummary.VerdictCount c = s.of(v);
            rows.add(List.of(Character.toUpperCase(v.words().charAt(0)) + v.words().substring(1), String.format(java.util.Locale.UK, "%,d", c.sites()),
                    Formats.value(c.floorAreaM2(), 1000.0), c.fossilKwh() > 0 ? CapacityWords.gwh(c.fossilKwh()) : "0"));
        }
        return new CapacityLists("Sites by what they can do", List.of("Verdict", "Sites", "Floor area m²", "Gas, oil and coal a year"), rows);
    }

    /**
     * "(10 of 25; rounded: exact in capacity.csv)": the lists give kW to the nearest 10 and MW to 0.1
     * ({@link CapacityWords#kw}), estimates that capacity.csv and the workbook hold unrounded. Short, as a report's
     * table heading is one line.
     */
    private static String rounded(int limit, int size) {
        return "(" + (size > limit ? limit + " of " + size + "; " : "") + "rounded: exact in capacity.csv)";
    }

    public static CapacityLists sitesShort(List<SiteCapacity> sites, int limit) {
        List<SiteCapacity> short_ = sites.stream().filter(x -> x.shortfallKw() != null)
                .sorted(Comparator.comparingDouble(SiteCapacity::shortfallKw).reversed()).toList();
        List<List<String>> rows = new ArrayList<>();
        for (SiteCapacity s : short_.subList(0, Math.min(limit, short_.size()))) {
            rows.add(List.of(OrgNames.display(s.siteName()) + " (" + s.siteCode() + ")", CapacityWords.kw(s.maxDemandKw()),
                    CapacityWords.kw(s.headroomKw()), CapacityWords.kw(s.addedLoadKw()), CapacityWords.kw(s.shortfallKw())));
        }
        return new CapacityLists("Sites short of capacity, largest shortfall first " + rounded(limit, short_.size()),
                List.of("Site", "Maximum demand", "Headroom", "Added peak load", "Shortfall"), rows);
    }

    public static CapacityLists membersShort(List<OrgRef> memberTrusts, Capacity capacity, int limit) {
        List<CapacitySummary> members = new ArrayList<>();
        for (OrgRef t : memberTrusts) {
            CapacitySummary s = capacity.summaryOf(t);
            if (s != null && s.shortfallKw() > 0) members.add(s);
        }
        members.sort(Comparator.comparingDouble(CapacitySummary::shortfallKw).reversed());
        List<List<String>> rows = new ArrayList<>();
        for (CapacitySummary s : members.subList(0, Math.min(limit, members.size()))) {
            rows.add(List.of(OrgNames.display(s.org().name()), s.of(Verdict.UPGRADE).sites() + " of " + s.sites(), CapacityWords.kw(s.addedLoadKw()),
                    CapacityWords.kw(s.shortfallKw()), Formats.tco2e(s.carbonChangeT())));
        }
        return new CapacityLists("Member trusts short of the most capacity " + rounded(limit, members.size()),
                List.of("Trust", "Sites needing more", "Added peak load", "Shortfall", "Carbon change tCO2e a year"), rows);
    }
}
