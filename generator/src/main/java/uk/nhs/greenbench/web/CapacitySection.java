package uk.nhs.greenbench.web;

import uk.nhs.greenbench.figures.CapacityLists;
import uk.nhs.greenbench.figures.CapacityWords;
import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.figures.Formats;
import uk.nhs.greenbench.figures.OrgNames;
import uk.nhs.greenbench.model.Capacity;
import uk.nhs.greenbench.model.CapacitySummary;
import uk.nhs.greenbench.model.CarbonPath;
import uk.nhs.greenbench.model.Level;
import uk.nhs.greenbench.model.NetZeroCheck;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.model.SiteCapacity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An organisation page's "Capacity and demand" section: the headroom in words, its sites by verdict, the sites (or
 * member trusts) short of the most capacity, and the carbon paths to 2040 as a chart with the same figures in a table.
 */
final class CapacitySection {
    static final String[] SERIES = {"(a) Grid decarbonises", "(b) + demand growth", "(c) + heat electrified", "(d) + typical savings",
            "Illustrative Net Zero path"};
    private static final int LISTED = 10;

    private CapacitySection() {
    }

    /** The section's model, or one that says why there is none. */
    static Map<String, Object> model(FiguresIndex index, OrgRef org) {
        Capacity capacity = index.figures().capacity();
        Map<String, Object> m = new LinkedHashMap<>();
        String name = OrgNames.display(org.name());
        if (!capacity.computed()) {
            m.put("body", capacity.notComputed());
            return m;
        }
        CapacitySummary summary = capacity.summaryOf(org);
        if (summary == null) {
            m.put("body", "No site of " + name + " was read from ERIC " + index.figures().year() + ", so its headroom cannot be worked out.");
        } else {
            List<SiteCapacity> sites = org.level() == Level.TRUST ? capacity.sitesOf(org.code()) : null;
            m.put("body", CapacityWords.headroom(name, summary, sites));
            List<Map<String, String>> verdicts = new ArrayList<>();
            for (List<String> r : CapacityLists.verdicts(summary).rows()) {
                verdicts.add(Map.of("words", r.get(0), "sites", r.get(1), "area", r.get(2), "fossil", r.get(3)));
            }
            m.put("verdicts", verdicts);
            list(m, sites != null ? CapacityLists.sitesShort(sites, LISTED) : CapacityLists.membersShort(index.memberTrusts(org), capacity, LISTED));
        }
        CarbonPath path = capacity.pathOf(org);
        if (path != null) {
            String words = CapacityWords.paths(path);
            m.put("chart", SvgCharts.paths(path, "Estates carbon of " + name + " to 2040 under four scenarios and the Net Zero path. " + words));
            m.put("pathsText", words + (path.growthPct() == 0 ? " With no demand growth, (b) is (a)." : ""));
            List<Map<String, String>> legend = new ArrayList<>();
            for (int i = 0; i < SERIES.length; i++) legend.add(Map.of("name", SERIES[i], "cls", SvgCharts.PATH_CLASSES[i]));
            m.put("legend", legend);
            List<List<String>> rows = new ArrayList<>();
            for (int year : new int[]{path.fromYear(), NetZeroCheck.EIGHTY_PERCENT_YEAR, 2035, NetZeroCheck.NET_ZERO_YEAR}) {
                CarbonPath.Point p = path.in(year);
                if (p == null || (year != path.fromYear() && year <= path.fromYear())) continue;
                rows.add(List.of(String.valueOf(year), Formats.tco2e(p.gridOnlyT()), Formats.tco2e(p.withGrowthT()), Formats.tco2e(p.electrifiedT()),
                        Formats.tco2e(p.withSavingsT()), p.netZeroT() == null ? Formats.CELL_NOT_AVAILABLE : Formats.tco2e(p.netZeroT())));
            }
            m.put("pathRows", rows);
        }
        m.put("method", CapacityWords.method(capacity.assumptions(), index.figures().factors().get(uk.nhs.greenbench.model.CapacityAssumptions.SEASONAL_COP_FACTOR).orElseThrow().value()));
        return m;
    }

    private static void list(Map<String, Object> m, CapacityLists list) {
        if (list.rows().isEmpty()) return;
        m.put("listTitle", list.title());
        m.put("listHeaders", list.headers());
        m.put("listRows", list.rows());
    }
}
