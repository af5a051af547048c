package uk.nhs.greenbench.pdf;

import uk.nhs.greenbench.figures.Formats;
import uk.nhs.greenbench.figures.OrgNames;

import uk.nhs.greenbench.model.Flag;
import uk.nhs.greenbench.model.Level;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.figures.Numbers;
import uk.nhs.greenbench.model.Headlines;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.figures.QuartilePosition;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.PlausibilityChecks;
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
import java.util.stream.Collectors;

/** The PDF report for an ICS, a region or England. */
final class AreaReport {
    private AreaReport() {
    }

    static void write(Path file, OrgRef area, ReportContext ctx) throws IOException {
        FiguresIndex index = ctx.index();
        Map<String, IndicatorDefinition> defs = ctx.definitions();
        List<FigureRow> areaRows = new ArrayList<>();
        List<FigureRow> memberRows = new ArrayList<>();
        for (IndicatorDefinition d : ctx.indicators()) {
            index.row(area.level(), area.code(), d.id()).ifPresent(areaRows::add);
            memberRows.addAll(index.members(area, d.id()));
        }
        long members = index.memberTrusts(area).size();
        // Rows of ICBs (indicators measured for ICBs) are the area's own figures: never counted or ranked as members.
        List<FigureRow> trustRows = memberRows.stream().filter(r -> r.org().level().equals(Level.TRUST)).toList();
        Headlines h = index.headlines(area, ctx.headline());
        String name = OrgNames.display(area.name());
        Map<String, Object> params = new HashMap<>();
        params.put("ReportTitle", name + ": sustainability opportunities, ERIC " + ctx.year());
        params.put("AreaName", name);
        params.put("Subtitle", "Sustainability opportunities: energy, carbon, water and waste against similar trusts");
        params.put("YearLine", "Data year: ERIC " + ctx.year() + " (financial year ending 31 March " + uk.nhs.greenbench.model.FinancialYear.parse(ctx.year()).end().getYear() + ")");
        params.put("FactorLine", "Carbon factors: " + index.figures().factors().label());
        params.put("SourceLine", "Source: Estates Returns Information Collection (ERIC) " + ctx.year()
                + ", NHS England; ODS and ONS organisation data; UK Government GHG conversion factors. Open Government Licence v3.0.");
        params.put("VersionLine", "Prepared with greenbench " + ctx.version() + ". Every figure is in figures.csv and trends.csv.");
        params.put("FooterText", name + " - ERIC " + ctx.year());
        params.put("ExecutiveSummary", ctx.narrative().render("area-summary.ftl", narrative(area, name, members, h, trustRows, areaRows, defs, ctx)));
        params.put("TileTypicalGbp", Formats.gbpShort(h.typicalGbp()));
        params.put("TileTypicalT", Formats.tco2eWithUnit(h.typicalTco2e()) + " (typical: peer median)");
        params.put("TileStretchGbp", Formats.gbpShort(h.stretchGbp()));
        params.put("TileStretchT", Formats.tco2eWithUnit(h.stretchTco2e()) + " (stretch: best quarter)");
        Set<String> notSupplied = NotSupplied.ids(memberRows);
        params.put("HeadlineNote", Headlines.RULE + " " + Character.toUpperCase(index.figures().peers().description().charAt(0))
                + index.figures().peers().description().substring(1) + "."
                + (notSupplied.isEmpty() ? "" : " " + NotSupplied.line(notSupplied, defs)));
        AreaStanding.addTo(params, index, area, ctx.indicators());
        AreaGlance.addTo(params, index, area, ctx.headline());
        List<String> learn = area.level() == Level.ICS ? LearnFrom.forArea(area, trustRows, index, defs) : List.of();
        params.put("LearnFromHeading", learn.isEmpty() ? null : "Who to learn from");
        params.put("LearnFrom", learn.isEmpty() ? null : "Where a member trust is in the worse half of its peers on a headline indicator, the best of those "
                + "same peers outside the ICS (values from this year's ERIC):\n" + String.join("\n", learn.stream().map(l -> "• " + l).toList()));
        boolean icss = AreaMembers.listsIcss(area);
        params.put("MemberHeader", icss ? "ICS" : "Trust");
        params.put("MedianHeader", icss ? "ICS median" : "Peer median");
        params.put("SpineHeader", icss ? "Worst ← ICSs → best" : "Worst ← peers → best");
        TrendPage.addTo(params, ctx.index(), area, ctx.indicators());
        CapacityPage.addTo(params, ctx.index(), area);
        params.put("Methodology", ctx.methodology(notSupplied));
        params.put("DataQuality", dataQuality(areaRows, trustRows, members, notSupplied, defs, index));
        params.put("Glossary", ReportText.glossary());
        // Readiness measures have their own page of standings (AreaStanding), not a member table each.
        List<Map<String, ?>> rows = AreaMembers.rows(area, areaRows.stream().filter(r -> !defs.get(r.indicator()).isReadiness()).toList(),
                index, defs, notSupplied);
        try (SwappedPages pages = SwappedPages.forRows(rows.size())) {
            // The member tables' header is reprinted on each page they run onto, but not on the trend and appendix pages after them.
            params.put("RowCount", rows.size());
            pages.fillInto(params);
            JasperPrint print = ReportTemplates.fill("area-report", params, new JRMapCollectionDataSource(rows));
            pages.filled();
            PdfFiles.export(print, file, (String) params.get("ReportTitle"), "Sustainability opportunities of member trusts", ctx.year());
        } catch (JRException e) {
            throw new IOException("could not fill the report for " + area.code() + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> narrative(OrgRef area, String name, long members, Headlines h, List<FigureRow> memberRows,
                                                 List<FigureRow> areaRows, Map<String, IndicatorDefinition> defs, ReportContext ctx) {
        Map<String, Object> m = new HashMap<>();
        m.put("areaName", name);
        m.put("typicalPeer", ctx.index().figures().peers().byType() ? "the typical trust of its own type" : "the median of its own comparators");
        m.put("members", members);
        m.put("year", ctx.year());
        m.put("typicalGbp", Formats.gbp(h.typicalGbp()));
        m.put("typicalT", Formats.tco2eWithUnit(h.typicalTco2e()));
        m.put("stretchGbp", Formats.gbp(h.stretchGbp()));
        m.put("stretchT", Formats.tco2eWithUnit(h.stretchTco2e()));
        m.put("typicalSaving", Formats.saving(h.typicalGbp(), h.typicalTco2e()));
        m.put("stretchSaving", Formats.saving(h.stretchGbp(), h.stretchTco2e()));
        m.put("top", memberRows.stream().filter(r -> defs.get(r.indicator()).isHeadline() && r.typical().gbp() != null && r.typical().gbp() > 0)
                .sorted(Comparator.comparing((FigureRow r) -> r.typical().gbp()).reversed().thenComparing(r -> r.org().code())).limit(3)
                .map(r -> OrgNames.display(r.org().name()) + "'s " + lower(defs.get(r.indicator()).title()) + " (" + Formats.saving(r.typical().gbp(), r.typical().tco2e()) + " a year)").toList());
        Map<String, Object> strongest = strongest(memberRows, defs);
        if (!strongest.isEmpty()) m.put("strongest", strongest);
        m.put("targets", TargetSentence.of(areaRows, defs, true));
        TrendSentence.of(ctx.index(), area, ctx.indicators(), "the member trusts'").ifPresent(c -> m.put("change", c));
        m.put("caveats", caveats(memberRows, members, defs, ctx.index().figures().checks()));
        if (memberRows.stream().anyMatch(r -> r.has(Flag.Code.NOT_IN_SOURCE))) {
            m.put("noValueReason", "the year's ERIC files do not publish the energy, water, waste and floor-area measures");
        }
        return m;
    }

    /**
     * The member trusts in the best quarter of their peers on the most headline indicators (at least two), for the
     * summary: every trust tied on that count is named, up to {@link #STRONGEST_NAMED}, and the rest counted, so that
     * no trust sharing the top count is left out by the order of its code.
     */
    static Map<String, Object> strongest(List<FigureRow> rows, Map<String, IndicatorDefinition> defs) {
        Map<OrgRef, Long> best = rows.stream().filter(r -> defs.get(r.indicator()).isHeadline() && r.value() != null && r.benchmark().median() != null)
                .filter(r -> QuartilePosition.of(r.value(), r.benchmark(), defs.get(r.indicator()).polarity()) == QuartilePosition.BEST)
                .collect(Collectors.groupingBy(FigureRow::org, Collectors.counting()));
        long most = best.values().stream().mapToLong(Long::longValue).max().orElse(0);
        if (most < 2) return Map.of();
        List<String> tied = best.entrySet().stream().filter(e -> e.getValue() == most).map(e -> OrgNames.display(e.getKey().name()))
                .sorted().toList();
        List<String> named = new ArrayList<>(tied.size() <= STRONGEST_NAMED ? tied : tied.subList(0, STRONGEST_NAMED - 1));
        if (tied.size() > STRONGEST_NAMED) named.add((tied.size() - named.size()) + " other trusts");
        return Map.of("names", named, "tied", tied.size(), "indicators", most);
    }

    /** The most trusts the summary names as sharing the top count of best-quarter headline indicators; more are counted. */
    static final int STRONGEST_NAMED = 5;

    private static List<String> caveats(List<FigureRow> rows, long members, Map<String, IndicatorDefinition> defs, PlausibilityChecks checks) {
        List<String> out = new ArrayList<>();
        long fallback = distinctTrusts(rows, Flag.Code.PEER_FALLBACK_NATIONAL);
        if (fallback > 0) {
            // The flag is on one indicator's row: the trust's type has enough trusts, but too few of them had a value for it.
            List<String> on = rows.stream().filter(r -> r.has(Flag.Code.PEER_FALLBACK_NATIONAL)).map(r -> lower(defs.get(r.indicator()).title()))
                    .distinct().sorted().toList();
            String where = on.size() <= 3 ? String.join(on.size() == 2 ? " and " : ", ", on) : on.size() + " indicators";
            out.add(fallback + " of the " + members + " trusts " + (fallback == 1 ? "is" : "are") + " compared with all trusts on " + where
                    + ", where fewer than " + PeerDistribution.MIN_PEERS + " of " + (fallback == 1 ? "its" : "their") + " comparators had a value"
                    + codes(rows, Flag.Code.PEER_FALLBACK_NATIONAL));
        }
        Map<String, List<String>> unitErrors = new LinkedHashMap<>();
        rows.stream().filter(FigureRow::excluded).forEach(r -> unitErrors.computeIfAbsent(lower(defs.get(r.indicator()).title()), k -> new ArrayList<>())
                .add(r.org().code()));
        long n = unitErrors.values().stream().mapToLong(List::size).sum();
        if (n > 0) {
            List<String> where = new ArrayList<>();
            unitErrors.forEach((title, codes) -> where.add(title + ": " + String.join(", ", codes)));
            out.add(n + (n == 1 ? " value is" : " values are") + " most likely " + (n == 1 ? "a unit error" : "unit errors") + ", shown but left out of the totals, trends and savings ("
                    + String.join("; ", where) + ")");
        }
        long outliers = rows.stream().filter(r -> r.has(Flag.Code.OUTLIER)).count();
        if (outliers > 0) out.add(outliers + (outliers == 1 ? " value is far from its peers' values" : " values are far from their peers' values") + " (outliers, still used: check the data)");
        long partial = distinctTrusts(rows, Flag.Code.COVERAGE_PARTIAL);
        if (partial > 0) out.add(partial + (partial == 1 ? " trust's values cover" : " trusts' values cover") + " less than " + Numbers.plain(checks.coverage().warnBelow() * 100) + "% of " + (partial == 1 ? "its" : "their") + " floor area" + codes(rows, Flag.Code.COVERAGE_PARTIAL));
        long unknown = distinctTrusts(rows, Flag.Code.UNKNOWN_TRUST);
        if (unknown > 0) out.add(unknown + (unknown == 1 ? " trust is" : " trusts are") + " not in the ODS trust list, so " + (unknown == 1 ? "it has" : "they have") + " no ICS");
        return out;
    }

    /** " (RPG, RYX)": the trusts a caveat is about, named when there are few enough to list. */
    private static String codes(List<FigureRow> rows, Flag.Code flag) {
        List<String> codes = rows.stream().filter(r -> r.has(flag)).map(r -> r.org().code()).distinct().sorted().toList();
        return codes.isEmpty() || codes.size() > 8 ? "" : " (" + String.join(", ", codes) + ")";
    }

    private static long distinctTrusts(List<FigureRow> rows, Flag.Code flag) {
        return rows.stream().filter(r -> r.has(flag)).map(r -> r.org().code()).distinct().count();
    }

    private static String dataQuality(List<FigureRow> areaRows, List<FigureRow> memberRows, long members, Set<String> notSupplied,
                                      Map<String, IndicatorDefinition> defs, FiguresIndex index) {
        StringBuilder sb = new StringBuilder();
        sb.append(members).append(members == 1 ? " member trust. " : " member trusts. ");
        for (FigureRow a : areaRows) {
            if (a.flags().isEmpty() || notSupplied.contains(a.indicator())) continue;
            List<String> words = new ArrayList<>();
            for (Flag f : a.flags()) {
                String meaning = index.glossary().meaning(f);
                if (meaning == null) continue;
                String sentence = lower(meaning.endsWith(".") ? meaning.substring(0, meaning.length() - 1) : meaning);
                words.add(f.detail() == null || f.detail().isEmpty() ? sentence : sentence + " (" + f.detail() + ")");
            }
            if (!words.isEmpty()) sb.append(defs.get(a.indicator()).title()).append(": ").append(String.join("; ", words)).append(".\n");
        }
        List<String> caveats = caveats(memberRows, members, defs, index.figures().checks());
        if (!caveats.isEmpty()) sb.append("\n").append(String.join("; ", caveats)).append(".");
        sb.append("\n\nEvery finding, with the source rows, is in data-quality.csv; each trust's flags are on the Data quality sheet of its workbook.");
        return sb.toString().strip();
    }

    /** A title inside a sentence: "Energy use" → "energy use", but an acronym stays as it is ("MDI share"). */
    static String lower(String title) {
        if (title.length() > 1 && Character.isUpperCase(title.charAt(1))) return title;
        return title.isEmpty() ? title : Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }
}
