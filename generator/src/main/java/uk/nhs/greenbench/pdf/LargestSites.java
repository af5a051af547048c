package uk.nhs.greenbench.pdf;

import uk.nhs.greenbench.figures.Formats;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.Level;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.model.SiteRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trust report's largest sites: the {@link #SHOWN} largest by floor area, with the value per m² of the first
 * {@link #COLUMNS} indicators declared with a site column (every site and every column: the workbook's Sites sheet).
 */
final class LargestSites {
    static final int SHOWN = 3;
    static final int COLUMNS = 4;

    private LargestSites() {
    }

    /** Puts SitesNote, SiteHeader1..4 and SiteRows into the report's parameters. */
    static void addTo(Map<String, Object> params, OrgRef trust, FiguresIndex index, List<IndicatorDefinition> indicators) {
        Figures figures = index.figures();
        List<IndicatorDefinition> shown = indicators.stream().filter(d -> d.site() != null && !d.isIcsGrain()).limit(COLUMNS).toList();
        List<SiteRow> sites = figures.sites().of(trust.code());
        int all = sites.size() + figures.sites().notListed(trust.code());
        String note;
        if (!figures.sites().published()) note = "ERIC " + figures.year() + " is published by trust only: there are no site figures for this year.";
        else if (sites.isEmpty()) note = "The trust made no site-level return in ERIC " + figures.year() + ".";
        else note = (all == 1 ? "Its one site" : all <= SHOWN ? "Its " + all + " sites" : "The " + SHOWN + " largest of its " + all + " sites")
                + " by floor area, each against the trust's own value (first row). Every site, with its totals: the workbook's Sites sheet.";
        params.put("SitesNote", note);
        for (int i = 0; i < COLUMNS; i++) {
            params.put("SiteHeader" + (i + 1), i < shown.size() ? shown.get(i).site().title() + " (" + shown.get(i).unit() + ")" : "");
        }
        List<Map<String, ?>> rows = new ArrayList<>();
        if (!sites.isEmpty()) {
            Map<String, Object> own = new LinkedHashMap<>();
            own.put("site", "The trust (" + trust.code() + ")");
            own.put("type", "its value");
            own.put("area", "");
            for (int i = 0; i < shown.size(); i++) {
                FigureRow t = index.row(Level.TRUST, trust.code(), shown.get(i).id()).orElse(null);
                own.put("v" + (i + 1), t == null ? Formats.CELL_NOT_AVAILABLE : Formats.cell(Formats.value(t.value(), t.value())));
            }
            rows.add(own);
        }
        for (SiteRow s : sites.subList(0, Math.min(SHOWN, sites.size()))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("site", s.siteName() + " (" + s.siteCode() + ")");
            row.put("type", s.siteType());
            row.put("area", Formats.cell(Formats.value(s.floorAreaM2(), 1000.0)));
            for (int i = 0; i < shown.size(); i++) {
                String id = shown.get(i).id();
                FigureRow t = index.row(Level.TRUST, trust.code(), id).orElse(null);
                Double v = s.measures().stream().filter(m -> m.indicator().equals(id)).findFirst().map(SiteRow.Measure::value).orElse(null);
                row.put("v" + (i + 1), Formats.cell(Formats.value(v, t == null ? v : t.value())));
            }
            rows.add(row);
        }
        params.put("SiteRows", new JRMapCollectionDataSource(rows));
    }
}
