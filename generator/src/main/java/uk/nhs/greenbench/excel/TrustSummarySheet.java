package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.figures.OrgNames;

import uk.nhs.greenbench.xlsx.Sheet;
import uk.nhs.greenbench.xlsx.Workbook;

import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.Headlines;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.indicator.IndicatorDefinition;

import java.util.List;
import java.util.Map;

/**
 * A trust's Summary: who it is and what it is compared with, the headline savings, and one row per indicator
 * with its value, the peer median, its quartile position (colour and words), its rank and its savings.
 */
final class TrustSummarySheet {
    static final String NO_DATA_SUPPLIED = "no data supplied";

    private TrustSummarySheet() {
    }

    /**
     * @param comparator what the trust is compared with; {@code peersHow} how that was chosen
     * @param headlines  the trust's headline savings, as the engine added them
     */
    record Context(OrgRef trust, String icsName, String regionName, String year, String factorSet, String version,
                   String comparator, String peersHow, Headlines headlines) {
    }

    static void write(Workbook wb, Styles s, Context c, List<FigureRow> rows, Map<String, IndicatorDefinition> defs,
                      Map<FigureRow, Integer> savingsRow) {
        Sheet sheet = wb.sheet("Summary");
        wb.move("Summary", 0);
        SheetWriter w = new SheetWriter(sheet, s);
        // The spine's narrow cells sit between the benchmarks and the position in words; the columns after it move along.
        final int spine = 6, after = spine + SpineCells.CELLS;
        w.widths(18, 56, 19, 15, 12, 12); // units as long as "WTE per 100,000 m²" whole
        int[] rest = {20, 11, 15, 13, 17, 13, 17, 70};
        for (int i = 0; i < rest.length; i++) sheet.width(after + i, rest[i]);
        w.text(0, 0, OrgNames.display(c.trust().name()) + " (" + c.trust().code() + ")", s.title);
        w.text(1, 0, "Sustainability opportunities against similar trusts, ERIC " + c.year(), s.subtitle);
        String[][] facts = {
                {"Peer group", uk.nhs.greenbench.figures.PeerTypeNote.of(c.trust(), rows)},
                {"Compared with", c.comparator() + " (" + c.peersHow() + "; each one on the Peers sheet)"},
                {"ICS", c.icsName().isEmpty() ? "not known (see Data quality)" : c.icsName() + " (" + c.trust().icsCode() + ")"},
                {"NHS region", c.regionName().isEmpty() ? "not known" : c.regionName()},
                {"Data year", "ERIC " + c.year() + " (NHS England Estates Returns Information Collection)"},
                {"Carbon factors", c.factorSet() + " (see Assumptions and Methodology)"},
                {"What if", "On the Assumptions sheet, cell D4 switches every saving between Typical (peer median) and Stretch "
                        + "(best quartile); its yellow cells (prices, carbon factors) are inputs too. Change one and every saving recomputes."},
                {"Sites", "Each site's floor area, energy, carbon, water and waste: the Sites sheet."},
        };
        int r = 3;
        for (String[] f : facts) {
            w.text(r, 0, f[0], s.label);
            w.text(r++, 1, f[1], s.text);
        }
        int[] all = SavingsSheet.span(savingsRow);
        r = HeadlineBlock.write(w, r, "Headline savings a year if the trust performed like its peers (headline indicators only, so nothing is counted twice)",
                all[0], all[1], c.headlines());
        r++;
        int header = r;
        w.headers(r, 0, "Theme", "Indicator", "Unit", "Value", "Peer median", "Best quartile");
        SpineCells.header(w, r, spine, "Worst ← peers → best");
        w.headers(r++, after, "Position", "Rank", "Compared with", "£ (typical)", "tCO2e (typical)", "£ (stretch)", "tCO2e (stretch)", "Notes");
        for (FigureRow row : rows) {
            IndicatorDefinition d = defs.get(row.indicator());
            int x = savingsRow.get(row) + 1;
            w.text(r, 0, ThemeSheet.capitalise(d.theme()), s.text);
            w.text(r, 1, d.title(), s.text);
            w.text(r, 2, row.unit(), s.text);
            if (row.notSupplied()) w.text(r, 3, NO_DATA_SUPPLIED, s.missing);
            else w.number(r, 3, row.value(), s.forMagnitude(row.value()));
            w.number(r, 4, row.benchmark().median(), s.forMagnitude(row.benchmark().median()));
            Double best = d.polarity() == uk.nhs.greenbench.indicator.Polarity.LOW_IS_GOOD ? row.benchmark().q1() : row.benchmark().q3();
            w.number(r, 5, best, s.forMagnitude(best));
            Position p = Position.of(row.value(), row.benchmark(), d.polarity());
            boolean lowIsGood = d.polarity() == uk.nhs.greenbench.indicator.Polarity.LOW_IS_GOOD;
            if (row.benchmark().rank() != null) SpineCells.write(w, r, spine, row.value(), row.benchmark(), lowIsGood, p);
            if (p == null) w.text(r, after, SheetWriter.NOT_AVAILABLE, s.missing);
            else w.text(r, after, p.label(), s.position(p));
            if (row.benchmark().rank() == null) w.text(r, after + 1, SheetWriter.NOT_AVAILABLE, s.missing);
            else w.text(r, after + 1, row.benchmark().rankLabel(), s.text);
            w.text(r, after + 2, row.benchmark().basis().isEmpty() ? "" : row.benchmark().basis().startsWith("national")
                    ? "all trusts" : "peer group", s.text);
            int[] cols = {SavingsSheet.GBP_TYPICAL, SavingsSheet.T_TYPICAL, SavingsSheet.GBP_STRETCH, SavingsSheet.T_STRETCH};
            Double[] figs = {row.typical().gbp(), row.typical().tco2e(), row.stretch().gbp(), row.stretch().tco2e()};
            for (int i = 0; i < cols.length; i++) {
                if (figs[i] == null) w.text(r, after + 3 + i, SavingsSheet.noFigure(d, i % 2 == 1), s.missing);
                else w.formula(r, after + 3 + i, SavingsSheet.cell(cols[i], x), figs[i],
                        d.isHeadline() ? (i % 2 == 0 ? s.gbp : s.tco2e) : (i % 2 == 0 ? s.gbpAside : s.tco2eAside));
            }
            w.text(r, after + 7, notes(d, row), s.note);
            r++;
        }
        // Theme and indicator stay in view across the wide table; rows are not frozen (the header is row 20: a frozen
        // band that deep would fill a laptop screen), and the header repeats on every printed page.
        sheet.freeze(2, 0);
        sheet.autoFilter(header, 0, r - 1, after + 7);
        List<TargetBlock.Target> targets = new java.util.ArrayList<>();
        for (FigureRow row : rows) {
            int x = savingsRow.get(row) + 1;
            targets.add(new TargetBlock.Target(defs.get(row.indicator()), row, SavingsSheet.cell(SavingsSheet.UNITS_TARGET, x),
                    SavingsSheet.cell(SavingsSheet.GBP_TARGET, x), SavingsSheet.cell(SavingsSheet.T_TARGET, x)));
        }
        TargetBlock.write(w, r + 1, targets, 4);
        sheet.print(true);
        sheet.repeatRows(header, header);
    }

    private static String notes(IndicatorDefinition d, FigureRow row) {
        StringBuilder sb = new StringBuilder(d.isHeadline() ? "Headline: its saving counts in the total above. "
                : d.saving().isNone() ? "Compared, not priced: no saving in £ or tCO2e is claimed for it (see Methodology). "
                : "Not in the total (grey): another view of the same gaps as the headline indicators. ");
        sb.append(d.polarity() == uk.nhs.greenbench.indicator.Polarity.LOW_IS_GOOD ? "Lower is better." : "Higher is better.");
        if (row.notSupplied()) sb.append(" Not in ERIC: add it with a returns file (greenbench generate --returns FILE; see the README).");
        if ("none".equals(row.pricing().method()) && !d.saving().isNone()) sb.append(" Not priced: see Methodology.");
        if (!row.flags().isEmpty()) sb.append(" Flags: ").append(row.qualityFlags()).append(" (see Data quality).");
        return sb.toString();
    }
}
