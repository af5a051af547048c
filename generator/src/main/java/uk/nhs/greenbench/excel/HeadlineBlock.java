package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.model.Headlines;

/**
 * The "benchmark in use" line and the headline savings table (typical, stretch, in use) of a Summary sheet, as
 * formulas over the headline rows of the Savings sheet, cached with the engine's headline figures.
 */
final class HeadlineBlock {
    private HeadlineBlock() {
    }

    /** Writes from {@code row}; returns the next free row. */
    static int write(SheetWriter w, int row, String caption, int firstSavingsRow, int lastSavingsRow, Headlines h) {
        Styles s = w.styles();
        int r = row;
        w.text(r, 0, "Benchmark in use", s.label);
        w.textFormula(r++, 1, AssumptionsSheet.BENCHMARK, AssumptionsSheet.TYPICAL, s.text);
        r++;
        w.text(r++, 0, caption, s.label);
        w.headers(r++, 0, "", "Benchmark", "£", "tCO2e");
        // The benchmark in use starts as Typical, so its figures are the typical ones until a reader changes it.
        Object[][] heads = {{"Typical (peer median)", SavingsSheet.GBP_TYPICAL, SavingsSheet.T_TYPICAL, h.typicalGbp(), h.typicalTco2e()},
                {"Stretch (best quartile)", SavingsSheet.GBP_STRETCH, SavingsSheet.T_STRETCH, h.stretchGbp(), h.stretchTco2e()},
                {"In use (Assumptions)", SavingsSheet.GBP_CHOSEN, SavingsSheet.T_CHOSEN, h.typicalGbp(), h.typicalTco2e()}};
        for (Object[] head : heads) {
            w.text(r, 1, (String) head[0], s.text);
            sum(w, r, 2, SavingsSheet.headlineSum((Integer) head[1], firstSavingsRow, lastSavingsRow), (Double) head[3], s.gbp);
            sum(w, r, 3, SavingsSheet.headlineSum((Integer) head[2], firstSavingsRow, lastSavingsRow), (Double) head[4], s.tco2e);
            r++;
        }
        return r;
    }

    /** A total as a live formula, or "not available" when the engine had no figure to add up (so nothing can move it). */
    static void sum(SheetWriter w, int r, int c, String formula, Double engineTotal, uk.nhs.greenbench.xlsx.Style style) {
        if (engineTotal == null) w.text(r, c, SheetWriter.NOT_AVAILABLE, w.styles().missing);
        else w.formula(r, c, formula, engineTotal, style);
    }
}
