package uk.nhs.greenbench.web;

import org.apache.commons.csv.CSVPrinter;
import uk.nhs.greenbench.figures.Formats;
import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.model.SiteRow;
import uk.nhs.greenbench.report.Cells;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trust's sites as ERIC published them, for its page and its sites CSV: floor area and, for each indicator shown
 * site by site, the site's own value (the workbook's Sites sheet has the same rows with their totals).
 */
final class TrustSitesTable {
    private final List<IndicatorDefinition> shown;

    TrustSitesTable(List<IndicatorDefinition> defs) {
        this.shown = defs.stream().filter(d -> d.site() != null && !d.isIcsGrain()).toList();
    }

    /** The table's model: a note, the column headers and the formatted rows; no rows when the year has no sites. */
    Map<String, Object> model(Figures figures, OrgRef trust) {
        List<SiteRow> sites = figures.sites().of(trust.code());
        int all = sites.size() + figures.sites().notListed(trust.code());
        Map<String, Object> m = new LinkedHashMap<>();
        String note;
        if (!figures.sites().published()) note = "ERIC " + figures.year() + " is published by trust only: there are no site figures for this year.";
        else if (sites.isEmpty()) note = "The trust made no site-level return in ERIC " + figures.year() + ".";
        else note = (all == sites.size() ? "Its " + all + (all == 1 ? " site" : " sites") : "The " + sites.size() + " largest of its " + all + " sites")
                + " as ERIC published them, largest floor area first; n/a where a site did not report what an indicator needs.";
        m.put("note", note);
        List<String> headers = new ArrayList<>();
        for (IndicatorDefinition d : shown) headers.add(d.title() + " (" + d.unit() + ")");
        m.put("headers", headers);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SiteRow s : sites) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", s.siteName());
            row.put("code", s.siteCode());
            row.put("type", s.siteType());
            row.put("area", Formats.cell(Formats.value(s.floorAreaM2(), 1000.0)));
            List<String> values = new ArrayList<>();
            for (IndicatorDefinition d : shown) {
                Double v = s.measures().stream().filter(x -> x.indicator().equals(d.id())).findFirst().map(SiteRow.Measure::value).orElse(null);
                values.add(Formats.cell(Formats.value(v, v)));
            }
            row.put("values", values);
            rows.add(row);
        }
        m.put("rows", rows);
        return m;
    }

    /** The sites CSV: every listed site with its floor area, and each indicator's site total and value, unformatted. */
    void writeCsv(Figures figures, OrgRef trust, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(w, Cells.FORMAT)) {
            List<String> header = new ArrayList<>(List.of("trust_code", "site_code", "site_name", "site_type", "floor_area_m2"));
            for (IndicatorDefinition d : shown) {
                header.add(d.id() + "_total");
                header.add(d.id() + "_value");
            }
            header.add("source_row");
            csv.printRecord(header);
            for (SiteRow s : figures.sites().of(trust.code())) {
                List<String> v = new ArrayList<>(List.of(s.trustCode(), s.siteCode(), s.siteName(), s.siteType(), Cells.number(s.floorAreaM2())));
                for (IndicatorDefinition d : shown) {
                    SiteRow.Measure m = s.measures().stream().filter(x -> x.indicator().equals(d.id())).findFirst().orElse(null);
                    v.add(m == null ? "" : Cells.number(m.total()));
                    v.add(m == null ? "" : Cells.number(m.value()));
                }
                v.add(s.sourceRow());
                csv.printRecord(v);
            }
        }
    }
}
