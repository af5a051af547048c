package uk.nhs.greenbench.pdf;

import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import uk.nhs.greenbench.figures.CapacityLists;
import uk.nhs.greenbench.figures.CapacityWords;
import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.figures.OrgNames;
import uk.nhs.greenbench.model.Capacity;
import uk.nhs.greenbench.model.CapacitySummary;
import uk.nhs.greenbench.model.CarbonPath;
import uk.nhs.greenbench.model.Level;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.model.SiteCapacity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's capacity and demand page: can the organisation's sites electrify their heat within today's electrical
 * capacity, which need more first, and the estates carbon paths to 2040 against the Net Zero path. Every figure as in
 * capacity.csv and carbon-paths.csv.
 */
final class CapacityPage {
    static final String HEADING = "Capacity and demand: electrifying heat, and the path to 2040";
    /** Rows of the list table: the sites or members short of the most capacity (the rest are in capacity.csv). */
    static final int LISTED = 8;
    static final String[] SERIES = {"(a) Grid decarbonises", "(b) + demand growth", "(c) + heat electrified", "(d) + typical savings",
            "Illustrative Net Zero path"};

    /** The page's parameters, each passed to it as "Capacity" + its name. */
    static final List<String> PARAMETERS = List.of("Heading", "Body", "VerdictRows", "VerdictHeader0", "VerdictHeader1", "VerdictHeader2",
            "VerdictHeader3", "VerdictHeader4", "ListTitle", "ListRows", "ListHeader0", "ListHeader1", "ListHeader2", "ListHeader3",
            "ListHeader4", "PathTitle", "PathAlt", "PathPoints", "PathCaption", "Method");

    private CapacityPage() {
    }

    static void addTo(Map<String, Object> params, FiguresIndex index, OrgRef org) {
        Capacity capacity = index.figures().capacity();
        // Every parameter is given, null where this organisation has no such part (the page leaves it out).
        for (String p : PARAMETERS) params.put("Capacity" + p, null);
        params.put("CapacityPage", ReportTemplates.get("capacity-page"));
        params.put("CapacityHeading", HEADING);
        CapacitySummary summary = capacity.computed() ? capacity.summaryOf(org) : null;
        CarbonPath path = capacity.computed() ? capacity.pathOf(org) : null;
        String name = OrgNames.display(org.name());
        if (!capacity.computed()) {
            params.put("CapacityBody", capacity.notComputed() + " The 2023-24 pack has this page.");
        } else if (summary == null) {
            params.put("CapacityBody", "No site of " + name + " was read from ERIC " + index.figures().year() + ", so its headroom cannot be worked out.");
        } else {
            List<SiteCapacity> sites = org.level() == Level.TRUST ? capacity.sitesOf(org.code()) : null;
            params.put("CapacityBody", CapacityWords.headroom(name, summary, sites));
            CapacityLists verdicts = CapacityLists.verdicts(summary);
            List<Map<String, ?>> rows = new ArrayList<>();
            for (List<String> r : verdicts.rows()) rows.add(row(r.get(0), r.get(1), r.get(2), r.get(3), ""));
            params.put("CapacityVerdictRows", new JRMapCollectionDataSource(rows));
            put(params, "CapacityVerdictHeader", verdicts.headers().get(0), verdicts.headers().get(1), verdicts.headers().get(2),
                    verdicts.headers().get(3), "");
            list(params, org.level() == Level.TRUST ? CapacityLists.sitesShort(sites, LISTED)
                    : CapacityLists.membersShort(index.memberTrusts(org), capacity, LISTED));
        }
        if (path != null) {
            params.put("CapacityPathPoints", points(path));
            params.put("CapacityPathTitle", "Estates carbon of " + name + " to 2040 (tCO2e a year) under four scenarios");
            params.put("CapacityPathAlt", "Line chart of the estates carbon of " + name + " from " + path.fromYear() + " to 2040 under four scenarios "
                    + "and greenbench's illustrative Net Zero path. " + CapacityWords.paths(path));
            params.put("CapacityPathCaption", CapacityWords.paths(path) + (path.growthPct() == 0 ? " With no demand growth, (b) is (a)." : ""));
        }
        if (capacity.computed()) params.put("CapacityMethod", CapacityWords.method(capacity.assumptions(), index.figures().factors().get(uk.nhs.greenbench.model.CapacityAssumptions.SEASONAL_COP_FACTOR).orElseThrow().value()));
    }

    private static void list(Map<String, Object> params, CapacityLists list) {
        if (list.rows().isEmpty()) return;
        List<Map<String, ?>> rows = new ArrayList<>();
        for (List<String> r : list.rows()) rows.add(row(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)));
        params.put("CapacityListTitle", list.title());
        params.put("CapacityListRows", new JRMapCollectionDataSource(rows));
        put(params, "CapacityListHeader", list.headers().toArray(String[]::new));
    }

    private static List<Map<String, ?>> points(CarbonPath p) {
        List<Map<String, ?>> points = new ArrayList<>();
        for (int s = 0; s < SERIES.length; s++) {
            for (CarbonPath.Point pt : p.points()) {
                Double v = switch (s) {
                    case 0 -> pt.gridOnlyT();
                    case 1 -> pt.withGrowthT();
                    case 2 -> pt.electrifiedT();
                    case 3 -> pt.withSavingsT();
                    default -> pt.netZeroT();
                };
                if (v == null) continue;
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("series", SERIES[s]);
                m.put("year", (double) pt.year());
                m.put("tco2e", v);
                points.add(m);
            }
        }
        return points;
    }

    private static Map<String, ?> row(String name, String c1, String c2, String c3, String c4) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", name);
        r.put("c1", c1);
        r.put("c2", c2);
        r.put("c3", c3);
        r.put("c4", c4);
        return r;
    }

    private static void put(Map<String, Object> params, String prefix, String... headers) {
        for (int i = 0; i < headers.length; i++) params.put(prefix + i, headers[i]);
    }

}
