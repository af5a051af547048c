package uk.nhs.greenbench.pdf;

import uk.nhs.greenbench.figures.Formats;
import uk.nhs.greenbench.figures.OrgNames;

import uk.nhs.greenbench.model.Flag;
import uk.nhs.greenbench.model.Level;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.figures.FlagGlossary;
import uk.nhs.greenbench.model.Headlines;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.figures.QuartilePosition;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.Polarity;
import uk.nhs.greenbench.registry.Area;
import uk.nhs.greenbench.benchmark.PeerDistribution;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A trust's one- or two-page PDF: the trust against its peers, its savings and its flags. */
final class TrustReport {
    private TrustReport() {
    }

    static void write(Path file, OrgRef trust, ReportContext ctx) throws IOException {
        Map<String, IndicatorDefinition> defs = ctx.definitions();
        List<FigureRow> rows = new ArrayList<>();
        for (IndicatorDefinition d : ctx.indicators()) ctx.index().row(Level.TRUST, trust.code(), d.id()).ifPresent(rows::add);
        Headlines h = ctx.index().headlines(trust, ctx.headline());
        String name = OrgNames.display(trust.name());
        String ics = ctx.registry().icb(trust.icsCode()).map(Area::name).orElse("ICS not known");
        String region = ctx.registry().region(trust.regionCode()).map(Area::name).orElse("region not known");
        Map<String, Object> params = new HashMap<>();
        params.put("ReportTitle", name + " (" + trust.code() + "): sustainability opportunities, ERIC " + ctx.year());
        params.put("TrustName", name + " (" + trust.code() + ")");
        params.put("Subtitle", "Energy, carbon, water and waste against similar trusts");
        String comparator = ctx.index().figures().peers().nameFor(trust);
        params.put("ContextLine", uk.nhs.greenbench.figures.PeerTypeNote.of(trust, rows) + "; " + ics + "; " + region + " region; compared with " + comparator);
        params.put("YearLine", "ERIC " + ctx.year());
        params.put("SpineDotKey", SpineChart.DOT_KEY);
        params.put("FactorLine", "carbon factors " + ctx.index().figures().factors().label());
        TrendPage.addTo(params, ctx.index(), trust, ctx.indicators());
        CapacityPage.addTo(params, ctx.index(), trust);
        params.put("ExecutiveSummary", ctx.narrative().render("trust-summary.ftl", narrative(name, trust, rows, h, defs, ctx)));
        params.put("TileTypicalGbp", Formats.gbpShort(h.typicalGbp()));
        params.put("TileTypicalT", Formats.tco2eWithUnit(h.typicalTco2e()) + " (typical: peer median)");
        params.put("TileStretchGbp", Formats.gbpShort(h.stretchGbp()));
        params.put("TileStretchT", Formats.tco2eWithUnit(h.stretchTco2e()) + " (stretch: best quarter)");
        Set<String> notSupplied = NotSupplied.ids(rows);
        params.put("HeadlineNote", Headlines.RULE + " n/a in the table: not available (see Data quality). Method, factors and every figure: the trust's workbook and figures.csv."
                + (notSupplied.isEmpty() ? "" : " " + NotSupplied.line(notSupplied, defs)));
        params.put("Flags", flags(rows, ctx.index().glossary(), defs));
        List<String> learn = LearnFrom.lines(rows, ctx.index(), defs);
        params.put("Section", ReportTemplates.get("section"));
        params.put("LargestSites", ReportTemplates.get("largest-sites"));
        params.put("LearnFrom", learn.isEmpty() ? "The trust is in the better half of its comparators on every indicator with a value."
                : "On each headline indicator where the trust is in the worse half of its comparators, the best " + LearnFrom.NAMED
                + " of those same trusts and their values: the trusts to ask how.\n" + String.join("\n", learn));
        LargestSites.addTo(params, trust, ctx.index(), ctx.indicators());
        params.put("FooterText", name + " - ERIC " + ctx.year() + " - greenbench " + ctx.version());
        params.put("VersionLine", "greenbench " + ctx.version());
        List<Map<String, ?>> data = new ArrayList<>();
        // Headline indicators first: the rows whose savings make the total stand together above its other views.
        List<FigureRow> ordered = new ArrayList<>(rows);
        // Then the readiness measures, on a page of their own (the template starts one when the section changes).
        ordered.sort(java.util.Comparator.comparing((FigureRow r) -> defs.get(r.indicator()).isReadiness())
                .thenComparing(r -> !defs.get(r.indicator()).isHeadline()));
        for (FigureRow r : ordered) {
            if (r.notSupplied()) continue;
            IndicatorDefinition d = defs.get(r.indicator());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("theme", d.theme());
            row.put("section", d.isReadiness() ? "readiness" : "opportunities");
            row.put("indicatorTitle", d.title());
            row.put("value", Formats.cell(Formats.value(r.value(), r.benchmark().median())));
            row.put("unit", r.unit());
            row.put("median", Formats.cell(Formats.value(r.benchmark().median(), r.benchmark().median())));
            QuartilePosition q = QuartilePosition.of(r.value(), r.benchmark(), d.polarity());
            row.put("spine", SpineChart.of(r.value(), r.benchmark(), d.polarity() == Polarity.LOW_IS_GOOD, q));
            row.put("spineAlt", SpineText.of(r, d, q));
            row.put("rank", r.benchmark().rank() == null ? Formats.CELL_NOT_AVAILABLE : r.benchmark().rankLabel());
            // An indicator whose saving rule prices nothing (readiness measures, the renewable share) is compared, never
            // priced: say so rather than "n/a", which means a missing figure.
            boolean priced = !d.saving().isNone();
            row.put("gbpTypical", priced ? Formats.cell(Formats.gbp(r.typical().gbp())) : "not priced");
            row.put("tco2eTypical", priced ? Formats.cell(Formats.tco2e(r.typical().tco2e())) : "");
            row.put("inTotal", d.isHeadline() ? "yes" : "");
            data.add(row);
        }
        try {
            JasperPrint print = ReportTemplates.fill("trust-report", params, new JRMapCollectionDataSource(data));
            PdfFiles.export(print, file, (String) params.get("ReportTitle"), "A trust against its peers", ctx.year());
        } catch (JRException e) {
            throw new IOException("could not fill the report for " + trust.code() + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> narrative(String name, OrgRef trust, List<FigureRow> rows, Headlines h,
                                                 Map<String, IndicatorDefinition> defs, ReportContext ctx) {
        Map<String, Object> m = new HashMap<>();
        m.put("trustName", name);
        m.put("typicalPeer", ctx.index().figures().peers().byType() ? "the typical trust of its type" : "the median of its comparators");
        m.put("year", ctx.year());
        Integer peers = rows.stream().map(r -> r.benchmark().peerN()).filter(java.util.Objects::nonNull).max(Integer::compare).orElse(null);
        boolean national = rows.stream().anyMatch(r -> r.benchmark().basis().startsWith("national"));
        m.put("peerDescription", peers == null ? "no other trusts (it has no values this year)"
                : national ? "all trusts on some indicators, because fewer than " + PeerDistribution.MIN_PEERS + " of its comparators (" + comparatorOf(trust, ctx)
                + ") have values, and with them on the rest"
                : ctx.index().figures().peers().byType() ? "the other " + (peers - 1) + " " + trust.peerGroup() + " trusts"
                : (peers - 1) + " other trusts (" + comparatorOf(trust, ctx) + ")");
        long ranked = rows.stream().filter(r -> r.value() != null && r.benchmark().median() != null).count();
        m.put("noValueReason", rows.stream().anyMatch(r -> r.has(Flag.Code.NOT_IN_SOURCE))
                ? "the year's ERIC files do not publish the energy, water, waste and floor-area measures"
                : "its sites did not report the measures the indicators need");
        m.put("ranked", ranked);
        m.put("best", rows.stream().filter(r -> QuartilePosition.of(r.value(), r.benchmark(), defs.get(r.indicator()).polarity()) == QuartilePosition.BEST).count());
        m.put("worst", rows.stream().filter(r -> QuartilePosition.of(r.value(), r.benchmark(), defs.get(r.indicator()).polarity()) == QuartilePosition.WORST).count());
        m.put("typicalGbp", Formats.gbp(h.typicalGbp()));
        m.put("typicalT", Formats.tco2eWithUnit(h.typicalTco2e()));
        m.put("stretchGbp", Formats.gbp(h.stretchGbp()));
        m.put("stretchT", Formats.tco2eWithUnit(h.stretchTco2e()));
        m.put("typicalSaving", Formats.saving(h.typicalGbp(), h.typicalTco2e()));
        m.put("stretchSaving", Formats.saving(h.stretchGbp(), h.stretchTco2e()));
        rows.stream().filter(r -> defs.get(r.indicator()).isHeadline() && r.typical().gbp() != null && r.typical().gbp() > 0)
                .max(Comparator.comparing((FigureRow r) -> r.typical().gbp()))
                .ifPresent(r -> m.put("top", AreaReport.lower(defs.get(r.indicator()).title()) + " (" + Formats.saving(r.typical().gbp(), r.typical().tco2e()) + " a year)"));
        List<String> caveats = new ArrayList<>();
        Set<Flag.Code> codes = java.util.EnumSet.noneOf(Flag.Code.class);
        for (FigureRow r : rows) for (Flag f : r.flags()) codes.add(f.code());
        if (codes.contains(Flag.Code.COVERAGE_PARTIAL)) caveats.add("some values cover only part of the trust's floor area");
        if (codes.contains(Flag.Code.OUTLIER)) caveats.add("some values are far from its peers and may be data errors");
        if (codes.contains(Flag.Code.UNKNOWN_TRUST)) caveats.add("the trust is not in the ODS trust list, so it has no ICS");
        List<String> unitErrors = rows.stream().filter(FigureRow::excluded).map(r -> AreaReport.lower(defs.get(r.indicator()).title())).toList();
        if (!unitErrors.isEmpty()) {
            caveats.add("its " + String.join(", ", unitErrors) + (unitErrors.size() == 1 ? " is" : " are")
                    + " most likely a unit error (an order of magnitude from its peers), so it is shown but has no saving, rank or trend");
        }
        if (codes.contains(Flag.Code.UNIT_PRICE_IMPLAUSIBLE)) caveats.add("some of its own prices per unit were implausible beside its peers', so their median is used");
        if (codes.contains(Flag.Code.UNIT_COST_PEER_MEDIAN)) caveats.add("some savings are priced at its peers' median unit cost");
        m.put("caveats", caveats);
        m.put("targets", TargetSentence.of(rows, defs, false));
        TrendSentence.of(ctx.index(), trust, ctx.indicators(), "the trust's").ifPresent(c -> m.put("trend", c));
        return m;
    }

    private static String comparatorOf(OrgRef trust, ReportContext ctx) {
        return ctx.index().figures().peers().nameFor(trust);
    }

    /**
     * The flags in words, each once with the indicators it applies to ("A carbon factor came from an earlier factor set …
     * [waste_recycling: DESNZ 2021] Applies to: waste per floor area, recycling share of waste."), not a code per row.
     */
    private static String flags(List<FigureRow> rows, FlagGlossary glossary, Map<String, IndicatorDefinition> defs) {
        Map<String, List<String>> byFlag = new LinkedHashMap<>();
        for (FigureRow r : rows) {
            if (r.notSupplied()) continue;
            for (Flag f : r.flags()) {
                String said = glossary.meaning(f) + (f.detail().isEmpty() ? "" : " [" + f.detail() + "]");
                byFlag.computeIfAbsent(said, k -> new ArrayList<>()).add(AreaReport.lower(defs.get(r.indicator()).title()));
            }
        }
        if (byFlag.isEmpty()) return "No data-quality flags.";
        StringBuilder sb = new StringBuilder();
        byFlag.forEach((said, titles) -> sb.append(said).append(" Applies to: ").append(String.join(", ", titles)).append(".\n"));
        return sb.toString().strip();
    }
}
