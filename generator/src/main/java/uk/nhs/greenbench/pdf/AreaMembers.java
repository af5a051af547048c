package uk.nhs.greenbench.pdf;

import uk.nhs.greenbench.figures.Formats;
import uk.nhs.greenbench.figures.OrgNames;

import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.figures.QuartilePosition;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.Polarity;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.Flag;
import uk.nhs.greenbench.model.Level;
import uk.nhs.greenbench.model.OrgRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rows of an area report's indicator tables: one per member, each with its spine chart against its own comparison
 * group, largest saving first. An ICS's and a region's members are its trusts (each against its own peers); England's
 * are the 42 ICSs (each among all ICSs), because a table of 209 trusts per indicator cannot be read: every trust is in
 * the England workbook's league table and in figures.csv.
 */
final class AreaMembers {
    private AreaMembers() {
    }

    /** Whether the area's indicator tables list ICSs (England) rather than trusts. */
    static boolean listsIcss(OrgRef area) {
        return area.level() == Level.NATIONAL;
    }

    /** The members shown for one indicator: trusts of an ICS or region, the ICSs of England. */
    static List<FigureRow> of(OrgRef area, String indicator, FiguresIndex index) {
        if (!listsIcss(area)) return index.members(area, indicator);
        List<FigureRow> out = new ArrayList<>();
        for (OrgRef ics : index.orgs(Level.ICS)) index.row(Level.ICS, ics.code(), indicator).ifPresent(out::add);
        return out;
    }

    static List<Map<String, ?>> rows(OrgRef area, List<FigureRow> areaRows, FiguresIndex index,
                                     Map<String, IndicatorDefinition> defs, Set<String> notSupplied) {
        List<Map<String, ?>> rows = new ArrayList<>();
        String name = OrgNames.display(area.name());
        for (FigureRow a : areaRows) {
            IndicatorDefinition d = defs.get(a.indicator());
            // Indicators no member supplied are named once in the headline note, not given a section of n/a each.
            if (notSupplied.contains(d.id())) continue;
            List<FigureRow> members = of(area, d.id(), index).stream()
                    .sorted(Comparator.comparing((FigureRow r) -> r.typical().gbp() == null ? Double.NEGATIVE_INFINITY : r.typical().gbp()).reversed()
                            .thenComparing(r -> r.org().code())).toList();
            String line = line(area, name, a, d, members);
            boolean hasValues = members.stream().anyMatch(m -> m.value() != null);
            if (!hasValues) {
                Map<String, Object> row = section(d, a, line);
                row.put("code", "");
                row.put("name", "No member has a value for this indicator in " + a.year() + ".");
                rows.add(row);
                continue;
            }
            // One precision for the whole table (the area's value sets it), so 86 never stands beside 93.1.
            Double typical = a.value() != null ? a.value() : a.benchmark().median();
            for (FigureRow m : members) rows.add(memberRow(section(d, a, line), m, d, typical));
        }
        return rows;
    }

    private static Map<String, Object> section(IndicatorDefinition d, FigureRow a, String line) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("theme", d.theme());
        row.put("themeTitle", d.theme().substring(0, 1).toUpperCase(Locale.ROOT) + d.theme().substring(1));
        row.put("indicator", d.id());
        row.put("indicatorTitle", d.title() + " (" + a.unit() + ")");
        row.put("indicatorLine", line);
        row.put("inTotal", d.isHeadline() ? "yes" : "");
        return row;
    }

    private static Map<String, Object> memberRow(Map<String, Object> row, FigureRow m, IndicatorDefinition d, Double typical) {
        QuartilePosition q = QuartilePosition.of(m.value(), m.benchmark(), d.polarity());
        row.put("code", m.org().code());
        row.put("name", OrgNames.brief(m.org().name()));
        row.put("value", m.notSupplied() ? "not supplied" : Formats.cell(Formats.value(m.value(), typical)));
        row.put("median", Formats.cell(Formats.value(m.benchmark().median(), typical)));
        row.put("spine", SpineChart.of(m.value(), m.benchmark(), d.polarity() == Polarity.LOW_IS_GOOD, q));
        row.put("spineAlt", m.org().code() + " " + SpineText.of(m, d, q, m.org().level() == Level.ICS ? "ICSs" : "Peers"));
        row.put("rank", m.benchmark().rank() == null ? Formats.CELL_NOT_AVAILABLE : m.benchmark().rankLabel());
        row.put("gbpTypical", Formats.cell(Formats.gbp(m.typical().gbp())));
        row.put("tco2eTypical", Formats.cell(Formats.tco2e(m.typical().tco2e())));
        return row;
    }

    /** The sentence under an indicator's heading: the area's value, its saving, and whether that saving is in the total. */
    private static String line(OrgRef area, String name, FigureRow a, IndicatorDefinition d, List<FigureRow> members) {
        if (a.value() == null) return name + ": no value for " + a.year() + ", because " + noValueReason(members) + ".";
        String across = d.isIcsGrain()
                ? (a.org().level() == Level.ICS ? "the ICB as a whole (measured for ICBs, compared with all ICBs)"
                : a.members() + (a.members() == 1 ? " ICB" : " ICBs") + " (measured for ICBs)")
                : a.members() + (a.members() == 1 ? " trust" : " trusts");
        String saving = "none".equals(d.saving().method()) ? " Not priced: see the appendix."
                : d.isHeadline() ? " Typical saving " + Formats.saving(a.typical().gbp(), a.typical().tco2e()) + ": counts in the headline total."
                : " Typical saving " + Formats.saving(a.typical().gbp(), a.typical().tco2e())
                + " (in grey): another view of the same gap as the headline indicators, not added to the total.";
        String who = listsIcss(area) ? " Each ICS is ranked by its value among all ICSs; its saving is its trusts' savings against their own"
                + " peers, so an ICS can rank well and still have trusts with gaps." : "";
        return name + ": " + Formats.value(a.value(), a.value()) + " " + a.unit() + " across " + across + "."
                + saving + who + " " + (d.polarity() == Polarity.LOW_IS_GOOD ? "Lower is better." : "Higher is better.");
    }

    private static String noValueReason(List<FigureRow> members) {
        boolean notPublished = members.stream().anyMatch(m -> m.has(Flag.Code.NOT_IN_SOURCE));
        return notPublished ? "the year's ERIC files do not publish the measures it needs" : "no member reported the measures it needs";
    }
}
