package uk.nhs.greenbench.pdf;

import uk.nhs.greenbench.figures.Formats;
import uk.nhs.greenbench.figures.OrgNames;

import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.model.Level;
import uk.nhs.greenbench.model.OrgRef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The areas or trusts inside an area at a glance, largest headline saving first: an ICS's trusts, a region's ICSs,
 * England's regions and its ICSs. Savings are each one's own headline figures (the same as on its own report).
 */
final class AreaGlance {
    private AreaGlance() {
    }

    /** Puts GlanceCountHeader, GlanceHeading, GlanceRows, GlanceHeading2 and GlanceRows2 into the report's parameters. */
    static void addTo(Map<String, Object> params, FiguresIndex index, OrgRef area, Set<String> headline) {
        List<OrgRef> first;
        List<OrgRef> second = List.of();
        String heading;
        String heading2 = null;
        switch (area.level()) {
            case ICS -> {
                first = index.memberTrusts(area);
                heading = "Its trusts at a glance";
            }
            case REGION -> {
                first = index.areasWithin(area, Level.ICS);
                heading = "Its ICSs at a glance";
            }
            default -> {
                first = index.areasWithin(area, Level.REGION);
                second = index.areasWithin(area, Level.ICS);
                heading = "The regions at a glance";
                heading2 = "The ICSs at a glance";
            }
        }
        params.put("GlanceCountHeader", area.level() == Level.ICS ? "" : "Trusts");
        params.put("GlanceHeading", first.isEmpty() ? null : heading);
        params.put("GlanceRows", new JRMapCollectionDataSource(rows(first, index, headline)));
        params.put("GlanceHeading2", second.isEmpty() ? null : heading2);
        params.put("GlanceRows2", new JRMapCollectionDataSource(rows(second, index, headline)));
    }

    private static List<Map<String, ?>> rows(List<OrgRef> orgs, FiguresIndex index, Set<String> headline) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (FiguresIndex.OrgSavings l : index.byHeadlineSaving(orgs, headline)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", l.org().code());
            row.put("name", OrgNames.brief(l.org().name()));
            row.put("trusts", l.org().level() == Level.TRUST ? "" : String.valueOf(index.memberTrusts(l.org()).size()));
            row.put("typicalGbp", Formats.cell(Formats.gbp(l.headlines().typicalGbp())));
            row.put("typicalT", Formats.cell(Formats.tco2e(l.headlines().typicalTco2e())));
            row.put("stretchGbp", Formats.cell(Formats.gbp(l.headlines().stretchGbp())));
            row.put("stretchT", Formats.cell(Formats.tco2e(l.headlines().stretchTco2e())));
            rows.add(row);
        }
        return rows;
    }
}
