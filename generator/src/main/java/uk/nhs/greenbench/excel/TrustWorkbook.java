package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.figures.OrgNames;

import uk.nhs.greenbench.model.Level;

import uk.nhs.greenbench.xlsx.Workbook;

import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.indicator.IndicatorDefinition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The workbook for one trust: Summary, a sheet per theme, Savings, Assumptions, Peers, Methodology, Data quality. */
final class TrustWorkbook {
    private TrustWorkbook() {
    }

    static void write(Path file, OrgRef trust, ExcelContext ctx) throws IOException {
        FiguresIndex index = ctx.index();
        List<FigureRow> rows = new ArrayList<>();
        for (IndicatorDefinition d : ctx.indicators()) index.row(Level.TRUST, trust.code(), d.id()).ifPresent(rows::add);
        Map<String, IndicatorDefinition> defs = ctx.definitions();
        // Closed on any failure too: a large sheet's finished rows wait in temporary files (Sheet.spillRowsBefore).
        try (Workbook wb = new Workbook()) {
            Styles styles = new Styles();
            // Assumptions first: the Savings formulas refer to its named cells.
            var rates = AssumptionsSheet.write(wb, styles, index.figures().factors(), rows, defs, true, index.figures().capacity());
            var savingsRows = SavingsSheet.write(wb, styles, rows, defs, rates);
            TrustSummarySheet.write(wb, styles, new TrustSummarySheet.Context(trust, ctx.icsName(trust.icsCode()),
                    ctx.regionName(trust.regionCode()), index.figures().year(), index.figures().factors().label(), ctx.version(),
                    index.figures().peers().nameFor(trust), index.figures().peers().label(), index.headlines(trust, ctx.headline())),
                    rows, defs, savingsRows);
            Set<String> themes = new LinkedHashSet<>();
            for (IndicatorDefinition d : ctx.indicators()) themes.add(d.theme());
            int position = 1;
            for (String theme : themes) {
                FigureRow[] themed = rows.stream().filter(r -> defs.get(r.indicator()).theme().equals(theme)).toArray(FigureRow[]::new);
                // A theme no data was supplied for (anaesthetics, travel without a returns file) gets no empty sheet: its rows on
                // the Summary say how to add the data.
                if (themed.length == 0 || java.util.Arrays.stream(themed).allMatch(FigureRow::notSupplied)) continue;
                ThemeSheet.write(wb, styles, theme, themed, ctx, defs);
                wb.move(ThemeSheet.capitalise(theme), position++);
            }
            if (TrendSheet.write(wb, styles, trust, ctx)) wb.move(TrendSheet.NAME, position++);
            SitesSheet.write(wb, styles, trust, index, ctx.indicators());
            wb.move(SitesSheet.NAME, position++);
            if (CapacitySheet.write(wb, styles, trust, index, SavingsSheet.span(savingsRows))) wb.move(CapacitySheet.NAME, position);
            PeersSheet.write(wb, styles, rows.toArray(FigureRow[]::new), index, defs);
            MethodologySheet.write(wb, styles, ctx.indicators(), index.figures().factors(), index.figures().peers(), index.figures().checks(), ctx.factorNotes(), index.glossary());
            DataQualitySheet.write(wb, styles, rows, index.issues(trust.code()), index.glossary());
            wb.move(SavingsSheet.NAME, wb.sheets().size() - 4);
            wb.move(AssumptionsSheet.NAME, wb.sheets().size() - 4);
            WorkbookFiles.save(wb, file, OrgNames.display(trust.name()) + " (" + trust.code() + "): sustainability opportunities, ERIC " + index.figures().year(),
                    "Energy, carbon, water and waste against " + index.figures().peers().nameFor(trust), index.figures().year());
        }
    }
}
