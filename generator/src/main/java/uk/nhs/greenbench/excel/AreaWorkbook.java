package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.figures.OrgNames;

import uk.nhs.greenbench.model.Level;

import uk.nhs.greenbench.xlsx.Chart;
import uk.nhs.greenbench.xlsx.Sheet;
import uk.nhs.greenbench.xlsx.Workbook;

import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.Headlines;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.indicator.IndicatorDefinition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The workbook for an ICS, a region or England: a league table of member trusts (each against its own peer
 * group) ranked by saving, totals, charts of savings by trust and by theme, the area's indicator values, and
 * the same Savings / Assumptions / Methodology approach as the trust workbooks.
 */
final class AreaWorkbook {
    private static final int CHART_TRUSTS = 25;

    private AreaWorkbook() {
    }

    static void write(Path file, OrgRef area, ExcelContext ctx) throws IOException {
        FiguresIndex index = ctx.index();
        Map<String, IndicatorDefinition> defs = ctx.definitions();
        List<FigureRow> memberRows = new ArrayList<>();
        Map<String, OrgRef> members = new LinkedHashMap<>();
        for (IndicatorDefinition d : ctx.indicators()) {
            for (FigureRow r : index.members(area, d.id())) {
                // An indicator measured for ICBs is the area's own figure (on the Summary), never a member's row.
                if (!r.org().level().equals(Level.TRUST)) continue;
                memberRows.add(r);
                members.putIfAbsent(r.org().code(), r.org());
            }
        }
        memberRows.sort(Comparator.comparing((FigureRow r) -> r.org().code()));
        Set<String> headline = ctx.headline();
        Map<String, Headlines> byTrust = new java.util.HashMap<>();
        List<OrgRef> league = new ArrayList<>();
        for (FiguresIndex.OrgSavings o : index.byHeadlineSaving(members.values(), headline)) {
            byTrust.put(o.org().code(), o.headlines());
            league.add(o.org());
        }
        // Closed on any failure too: a large sheet's finished rows wait in temporary files (Sheet.spillRowsBefore).
        try (Workbook wb = new Workbook()) {
            Styles s = new Styles();
            var rates = AssumptionsSheet.write(wb, s, index.figures().factors(), memberRows, defs, false, index.figures().capacity());
            var at = SavingsSheet.write(wb, s, memberRows, defs, rates);
            Headlines total = index.headlines(area, headline);
            int leagueRows = leagueSheet(wb, s, league, SavingsSheet.spans(at), byTrust, total);
            int[] all = SavingsSheet.span(at);
            summarySheet(wb, s, area, ctx, members.size(), all, total);
            chartsSheet(wb, s, ctx, area, league.subList(0, Math.min(CHART_TRUSTS, leagueRows)), byTrust, all);
            MethodologySheet.write(wb, s, ctx.indicators(), index.figures().factors(), index.figures().peers(), index.figures().checks(), ctx.factorNotes(), index.glossary());
            List<FigureRow> areaRows = new ArrayList<>();
            for (IndicatorDefinition d : ctx.indicators()) index.row(area.level(), area.code(), d.id()).ifPresent(areaRows::add);
            List<FigureRow> flagged = new ArrayList<>(areaRows);
            flagged.addAll(memberRows.stream().filter(r -> !r.flags().isEmpty()).toList());
            DataQualitySheet.write(wb, s, flagged, List.of(), index.glossary());
            String areas = areasSheet(wb, s, area, ctx);
            wb.move("Summary", 0);
            int place = 1;
            if (areas != null) wb.move(areas, place++);
            wb.move("League table", place++);
            wb.move("Charts", place++);
            if (TrendSheet.write(wb, s, area, ctx)) wb.move(TrendSheet.NAME, place++);
            if (CapacitySheet.write(wb, s, area, index, null)) wb.move(CapacitySheet.NAME, place);
            WorkbookFiles.save(wb, file, OrgNames.display(area.name()) + ": sustainability opportunities, ERIC " + index.figures().year(),
                    "Member trusts' energy, carbon, water and waste against their peers", index.figures().year());
        }
    }

    /** A headline figure in the order of the league table's columns: typical, stretch, then in use (typical to start). */
    private static Double part(Headlines h, int i) {
        return switch (i) {
            case 0, 4 -> h.typicalGbp();
            case 1, 5 -> h.typicalTco2e();
            case 2 -> h.stretchGbp();
            default -> h.stretchTco2e();
        };
    }

    private static int leagueSheet(Workbook wb, Styles s, List<OrgRef> league, Map<String, int[]> spans,
                                   Map<String, Headlines> byTrust, Headlines total) {
        Sheet sheet = wb.sheet("League table");
        SheetWriter w = new SheetWriter(sheet, s);
        w.widths(7, 9, 56, 36, 16, 14, 16, 14, 16, 14);
        w.text(0, 0, "Member trusts ranked by typical headline saving", s.title);
        w.text(1, 0, "Each trust against its own peer group; headline indicators only; a move that costs money counts as a cost (Methodology: Adding up).", s.subtitle);
        w.headers(2, 0, "Rank", "Code", "Trust", "Peer group", "£ (typical)", "tCO2e (typical)", "£ (stretch)", "tCO2e (stretch)",
                "£ (in use)", "tCO2e (in use)");
        int r = 3;
        int[] cols = {SavingsSheet.GBP_TYPICAL, SavingsSheet.T_TYPICAL, SavingsSheet.GBP_STRETCH, SavingsSheet.T_STRETCH,
                SavingsSheet.GBP_CHOSEN, SavingsSheet.T_CHOSEN};
        for (OrgRef o : league) {
            w.number(r, 0, (double) (r - 2), s.integer);
            w.text(r, 1, o.code(), s.text);
            w.text(r, 2, OrgNames.display(o.name()), s.text);
            w.text(r, 3, o.peerGroup(), s.text);
            int[] span = spans.get(o.code());
            for (int i = 0; i < cols.length; i++) {
                HeadlineBlock.sum(w, r, 4 + i, SavingsSheet.headlineSum(cols[i], span[0], span[1]), part(byTrust.get(o.code()), i),
                        i % 2 == 0 ? s.gbp : s.tco2e);
            }
            r++;
        }
        if (league.isEmpty()) {
            w.text(r, 2, "No member trust has figures in this year's data.", s.note);
            sheet.print(true);
            return 0;
        }
        w.text(r, 2, "Total", s.label);
        for (int i = 0; i < cols.length; i++) {
            String c = SavingsSheet.col(4 + i);
            HeadlineBlock.sum(w, r, 4 + i, "SUM(" + c + "4:" + c + r + ")", part(total, i), i % 2 == 0 ? s.gbp : s.tco2e);
        }
        sheet.freeze(3, 3);
        sheet.autoFilter(2, 0, Math.max(2, r - 1), 9);
        sheet.print(true);
        sheet.repeatRows(2, 2);
        return league.size();
    }

    private static void summarySheet(Workbook wb, Styles s, OrgRef area, ExcelContext ctx, int memberCount, int[] all, Headlines total) {
        Sheet sheet = wb.sheet("Summary");
        SheetWriter w = new SheetWriter(sheet, s);
        FiguresIndex index = ctx.index();
        // After the savings: where the area stands (a spine among all ICSs or regions; England against its ICSs), then notes.
        final int median = 9, spine = 10, rank = spine + SpineCells.CELLS, notes = rank + 1;
        String group = area.level() == Level.REGION ? "regions" : "ICSs";
        w.widths(18, 56, 19, 11, 8, 16, 20, 16, 20, 12); // units like "WTE per 100,000 m²" and "not priced in carbon" whole
        sheet.width(rank, 12);
        sheet.width(notes, 50);
        w.text(0, 0, OrgNames.display(area.name()) + (area.level().equals(Level.NATIONAL) ? "" : " (" + area.code() + ")"), s.title);
        w.text(1, 0, "Sustainability opportunities of " + memberCount + " member trusts, ERIC " + index.figures().year()
                + "; carbon factors " + index.figures().factors().label(), s.subtitle);
        w.text(2, 0, "What if: on the Assumptions sheet, cell D4 switches every saving between Typical (peer median) and Stretch "
                + "(best quartile); its yellow cells (prices, carbon factors) are inputs too, and every saving recomputes.", s.noteLine);
        int r = HeadlineBlock.write(w, 3, "Headline savings a year (member trusts' savings on the headline indicators; a cost reads \"costs £X\")",
                all[0], all[1], total);
        r++;
        int header = r;
        w.headers(r, 0, "Theme", "Indicator", "Unit", "Value", "Trusts", "£ (typical)", "tCO2e (typical)", "£ (stretch)",
                "tCO2e (stretch)", "Median of all " + group);
        SpineCells.header(w, r, spine, "Worst ← " + group + " → best");
        w.headers(r++, rank, "Rank", "Notes");
        for (IndicatorDefinition d : ctx.indicators()) {
            var row = index.row(area.level(), area.code(), d.id());
            if (row.isEmpty()) continue;
            FigureRow a = row.get();
            w.text(r, 0, ThemeSheet.capitalise(d.theme()), s.text);
            w.text(r, 1, d.title(), s.text);
            w.text(r, 2, a.unit(), s.text);
            w.number(r, 3, a.value(), s.forMagnitude(a.value()));
            w.number(r, 4, (double) a.members(), s.integer);
            int[] cols = {SavingsSheet.GBP_TYPICAL, SavingsSheet.T_TYPICAL, SavingsSheet.GBP_STRETCH, SavingsSheet.T_STRETCH};
            for (int i = 0; i < cols.length; i++) {
                Double fig = i == 0 ? a.typical().gbp() : i == 1 ? a.typical().tco2e() : i == 2 ? a.stretch().gbp() : a.stretch().tco2e();
                if (fig == null) w.text(r, 5 + i, SavingsSheet.noFigure(d, i % 2 == 1), s.missing);
                // Measured for ICBs: no member trust rows to add up on the Savings sheet, so the figure itself.
                else if (d.isIcsGrain()) w.number(r, 5 + i, fig, i % 2 == 0 ? s.gbp : s.tco2e);
                else w.formula(r, 5 + i, SavingsSheet.indicatorSum(cols[i], d.id(), all[0], all[1]), fig, i % 2 == 0 ? s.gbp : s.tco2e);
            }
            FigureRow st = index.standing(area, d.id()).orElse(a);
            boolean lowIsGood = d.polarity() == uk.nhs.greenbench.indicator.Polarity.LOW_IS_GOOD;
            w.number(r, median, st.benchmark().median(), s.forMagnitude(st.benchmark().median()));
            if (st.value() != null) SpineCells.write(w, r, spine, st.value(), st.benchmark(), lowIsGood, Position.of(st.value(), st.benchmark(), d.polarity()));
            if (st.benchmark().rank() != null) w.text(r, rank, st.benchmark().rankLabel(), s.text);
            else w.text(r, rank, area.level() == Level.NATIONAL ? "" : SheetWriter.NOT_AVAILABLE, s.missing);
            w.text(r, notes, (d.isHeadline() ? "Headline. " : "") + (d.isIcsGrain() ? "Measured for ICBs (column Trusts: ICBs). " : "")
                    + (a.flags().isEmpty() ? "" : "Flags: " + a.qualityFlags()), s.note);
            r++;
        }
        // The members' target savings added up, as the area's own figure adds them.
        java.util.List<TargetBlock.Target> targets = new java.util.ArrayList<>();
        for (IndicatorDefinition d : ctx.indicators()) {
            if (d.targetValue() == null || d.isIcsGrain()) continue;
            index.row(area.level(), area.code(), d.id()).ifPresent(a -> targets.add(new TargetBlock.Target(d, a,
                    SavingsSheet.indicatorSum(SavingsSheet.UNITS_TARGET, d.id(), all[0], all[1]),
                    SavingsSheet.indicatorSum(SavingsSheet.GBP_TARGET, d.id(), all[0], all[1]),
                    SavingsSheet.indicatorSum(SavingsSheet.T_TARGET, d.id(), all[0], all[1]))));
        }
        TargetBlock.write(w, r + 1, targets, 5);
        sheet.freeze(0, header + 1);
        sheet.print(true);
        sheet.repeatRows(header, header);
    }

    /**
     * The areas inside a region (its ICSs) or England (its regions, then its ICSs) on a sheet of their own, each with
     * its own headline savings; an ICS's trusts are on its League table. Returns the sheet's name, or null when none.
     */
    private static String areasSheet(Workbook wb, Styles s, OrgRef area, ExcelContext ctx) {
        if (area.level() == Level.ICS) return null;
        String name = area.level() == Level.NATIONAL ? "Regions and ICSs" : "ICSs";
        Sheet sheet = wb.sheet(name);
        SheetWriter w = new SheetWriter(sheet, s);
        w.widths(8, 60, 3, 3, 8, 16, 14, 16, 14);
        w.text(0, 0, OrgNames.display(area.name()) + ": the areas inside it, largest typical saving first", s.title);
        int r = 2;
        if (area.level() == Level.NATIONAL) r = glance(w, r, ctx.index().areasWithin(area, Level.REGION), "regions", ctx.index(), ctx.headline());
        glance(w, r, ctx.index().areasWithin(area, Level.ICS), "ICSs", ctx.index(), ctx.headline());
        sheet.print(true);
        return name;
    }

    /** The areas inside this one with their own headline savings, largest first; returns the next free row. */
    private static int glance(SheetWriter w, int r, List<OrgRef> areas, String what, FiguresIndex index, Set<String> headline) {
        if (areas.isEmpty()) return r;
        Styles s = w.styles();
        w.text(r++, 0, "The " + what + " (each one's own headline savings; each has its own workbook and report)", s.label);
        w.headers(r++, 0, "Code", "Name", "", "", "Trusts", "£ (typical)", "tCO2e (typical)", "£ (stretch)", "tCO2e (stretch)");
        for (FiguresIndex.OrgSavings a : index.byHeadlineSaving(areas, headline)) {
            OrgRef o = a.org();
            Headlines x = a.headlines();
            w.text(r, 0, o.code(), s.text);
            w.text(r, 1, OrgNames.display(o.name()), s.text);
            w.number(r, 4, (double) index.memberTrusts(o).size(), s.integer);
            Double[] figs = {x.typicalGbp(), x.typicalTco2e(), x.stretchGbp(), x.stretchTco2e()};
            for (int i = 0; i < figs.length; i++) w.number(r, 5 + i, figs[i], i % 2 == 0 ? s.gbp : s.tco2e);
            r++;
        }
        return r + 1;
    }

    private static void chartsSheet(Workbook wb, Styles s, ExcelContext ctx, OrgRef area, List<OrgRef> largest,
                                    Map<String, Headlines> byTrust, int[] all) {
        int trusts = largest.size();
        Sheet sheet = wb.sheet("Charts");
        SheetWriter w = new SheetWriter(sheet, s);
        w.widths(9, 16, 16, 3, 12, 14, 14);
        w.text(0, 0, "Where the savings are", s.title);
        w.headers(2, 0, "Trust", "£ (typical)", "£ (stretch)");
        for (int i = 0; i < trusts; i++) {
            int src = 4 + i; // League table row (1-based)
            Headlines h = byTrust.get(largest.get(i).code());
            w.textFormula(3 + i, 0, "'League table'!B" + src, largest.get(i).code(), s.text);
            HeadlineBlock.sum(w, 3 + i, 1, "'League table'!E" + src, h.typicalGbp(), s.gbp);
            HeadlineBlock.sum(w, 3 + i, 2, "'League table'!G" + src, h.stretchGbp(), s.gbp);
        }
        if (trusts > 0) {
            Charts.bars(sheet, new Charts.Box(8, 2, 20, 2 + Math.max(20, trusts + 4)),
                    "Headline saving by trust" + (trusts < CHART_TRUSTS ? "" : " (largest " + CHART_TRUSTS + ")"), "£ a year",
                    Charts.column(sheet, 3, 2 + trusts, 0),
                    new Chart.Range[]{Charts.column(sheet, 3, 2 + trusts, 1), Charts.column(sheet, 3, 2 + trusts, 2)},
                    new String[]{"Typical (peer median)", "Stretch (best quartile)"}, new String[]{Styles.NHS_BLUE, Styles.STRETCH_GREEN});
        }
        int top = 4 + Math.max(22, trusts + 6);
        w.headers(top, 0, "Theme", "£ (typical)", "£ (stretch)");
        Set<String> themes = new LinkedHashSet<>();
        for (IndicatorDefinition d : ctx.indicators()) if (d.isHeadline()) themes.add(d.theme());
        int r = top + 1;
        for (String theme : themes) {
            w.text(r, 0, ThemeSheet.capitalise(theme), s.text);
            Headlines h = ctx.index().headlines(area, ctx.headline(), theme);
            HeadlineBlock.sum(w, r, 1, SavingsSheet.themeSum(SavingsSheet.GBP_TYPICAL, theme, all[0], all[1]), h.typicalGbp(), s.gbp);
            HeadlineBlock.sum(w, r, 2, SavingsSheet.themeSum(SavingsSheet.GBP_STRETCH, theme, all[0], all[1]), h.stretchGbp(), s.gbp);
            r++;
        }
        if (!themes.isEmpty()) {
            Charts.bars(sheet, new Charts.Box(8, top, 20, top + 18), "Headline saving by theme", "£ a year",
                    Charts.column(sheet, top + 1, r - 1, 0),
                    new Chart.Range[]{Charts.column(sheet, top + 1, r - 1, 1), Charts.column(sheet, top + 1, r - 1, 2)},
                    new String[]{"Typical (peer median)", "Stretch (best quartile)"}, new String[]{Styles.NHS_BLUE, Styles.STRETCH_GREEN});
        }
        sheet.print(true);
    }
}
