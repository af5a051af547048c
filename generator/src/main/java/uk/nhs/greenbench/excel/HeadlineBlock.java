package uk.nhs.greenbench.excel;

/**
 * The "benchmark in use" line and the headline savings table (typical, stretch, in use) of a Summary sheet, as
 * formulas over the headline rows of the Savings sheet.
 */
final class HeadlineBlock {
    private HeadlineBlock() {
    }

    /** Writes from {@code row}; returns the next free row. */
    static int write(SheetWriter w, int row, String caption, int firstSavingsRow, int lastSavingsRow) {
        Styles s = w.styles();
        int r = row;
        w.text(r, 0, "Benchmark in use", s.label);
        w.formula(r++, 1, AssumptionsSheet.BENCHMARK, s.text);
        r++;
        w.text(r++, 0, caption, s.label);
        w.headers(r++, 0, "", "Benchmark", "£", "tCO2e");
        Object[][] heads = {{"Typical (peer median)", SavingsSheet.GBP_TYPICAL, SavingsSheet.T_TYPICAL},
                {"Stretch (best quartile)", SavingsSheet.GBP_STRETCH, SavingsSheet.T_STRETCH},
                {"In use (Assumptions)", SavingsSheet.GBP_CHOSEN, SavingsSheet.T_CHOSEN}};
        for (Object[] h : heads) {
            w.text(r, 1, (String) h[0], s.text);
            w.formula(r, 2, SavingsSheet.headlineSum((Integer) h[1], firstSavingsRow, lastSavingsRow), s.gbp);
            w.formula(r, 3, SavingsSheet.headlineSum((Integer) h[2], firstSavingsRow, lastSavingsRow), s.tco2e);
            r++;
        }
        return r;
    }
}
