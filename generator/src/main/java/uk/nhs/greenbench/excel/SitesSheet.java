package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.figures.OrgNames;
import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.Level;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.model.SiteRow;
import uk.nhs.greenbench.model.Sites;
import uk.nhs.greenbench.xlsx.Sheet;
import uk.nhs.greenbench.xlsx.Workbook;

import java.util.ArrayList;
import java.util.List;

/**
 * The Sites sheet: the trust's estate site by site, as ERIC publishes it, largest floor area first, so an estates team
 * can plan its Green Plan where the energy, carbon, water and waste are. Each site's figures come from the same
 * indicator expressions and factors as the trust's; a year published by trust only says so.
 */
final class SitesSheet {
    static final String NAME = "Sites";

    private SitesSheet() {
    }

    static void write(Workbook wb, Styles s, OrgRef trust, FiguresIndex index, List<IndicatorDefinition> indicators) {
        Sites sites = index.figures().sites();
        String year = index.figures().year();
        Sheet sheet = wb.sheet(NAME);
        SheetWriter w = new SheetWriter(sheet, s);
        w.text(0, 0, "Sites: " + OrgNames.display(trust.name()) + "'s estate, site by site (ERIC " + year + ")", s.title);
        List<SiteRow> rows = sites.of(trust.code());
        if (!sites.published()) {
            w.text(1, 0, "ERIC " + year + " is published by trust only: there are no site figures for this year. "
                    + "Generate an earlier year's pack (--year) for the sites.", s.noteLine);
            return;
        }
        if (rows.isEmpty()) {
            w.text(1, 0, "This trust made no site-level return in ERIC " + year + ": there are no site figures for it.", s.noteLine);
            return;
        }
        List<IndicatorDefinition> shown = indicators.stream().filter(d -> d.site() != null && !d.isIcsGrain()).toList();
        int more = sites.notListed(trust.code());
        w.text(1, 0, (rows.size() == 1 ? "One site" : rows.size() + " sites, largest floor area first") + (more > 0 ? " (and " + more + " smaller sites not listed)" : "")
                + ". Each site's totals and values use the indicator's own measures and the year's factors (Methodology sheet).", s.noteLine);
        w.text(2, 0, "\"not available\": the site did not report what the indicator needs (often 'Not Applicable' where another body "
                + "runs the site). The trust's own value, over the sites that reported both, is in the row above the table.", s.noteLine);
        int header = 4;
        List<String> headers = new ArrayList<>(List.of("Site code", "Site", "Site type", "Floor area (m²)"));
        for (IndicatorDefinition d : shown) {
            headers.add(d.site().title() + " (" + d.site().unit() + ")");
            headers.add(d.title() + " (" + d.unit() + ")");
        }
        headers.add("Source row");
        w.text(3, 2, "The trust's value", s.label);
        int c = 4;
        for (IndicatorDefinition d : shown) {
            FigureRow t = index.row(Level.TRUST, trust.code(), d.id()).orElse(null);
            if (t != null) w.number(3, c + 1, t.value(), s.forMagnitude(t.value()));
            c += 2;
        }
        w.headers(header, 0, headers.toArray(String[]::new));
        int r = header + 1;
        for (SiteRow site : rows) {
            w.text(r, 0, site.siteCode(), s.text);
            w.text(r, 1, site.siteName(), s.text);
            w.text(r, 2, site.siteType(), s.text);
            w.number(r, 3, site.floorAreaM2(), s.integer);
            c = 4;
            for (SiteRow.Measure m : site.measures()) {
                FigureRow t = index.row(Level.TRUST, trust.code(), m.indicator()).orElse(null);
                w.number(r, c, m.total(), m.total() != null && Math.abs(m.total()) < 100 ? s.forMagnitude(m.total()) : s.integer);
                w.number(r, c + 1, m.value(), s.forMagnitude(t == null ? m.value() : t.value()));
                c += 2;
            }
            w.text(r, c, site.sourceRow(), s.text);
            r++;
        }
        w.widths(10, 52, 34, 14);
        for (int col = 4; col < headers.size() - 1; col++) sheet.width(col, 15);
        sheet.width(headers.size() - 1, 36);
        sheet.table(new Sheet.Table("SiteData", header, 0, r - 1, headers.size() - 1));
        sheet.freeze(2, header + 1);
        sheet.print(true);
        sheet.repeatRows(header, header);
    }
}
