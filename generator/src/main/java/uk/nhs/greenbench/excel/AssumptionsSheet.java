package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.xlsx.Sheet;
import uk.nhs.greenbench.xlsx.Workbook;

import uk.nhs.greenbench.factor.Factor;
import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.indicator.IndicatorDefinition;

import java.util.List;
import java.util.Map;

/**
 * The Assumptions sheet: the benchmark choice (a drop-down), the carbon factors and the unit rates, as
 * unlocked, yellow input cells with their sources. Every saving in the workbook is a formula over these.
 */
final class AssumptionsSheet {
    static final String NAME = "Assumptions";
    static final String BENCHMARK = "benchmark";
    static final String TYPICAL = "Typical", STRETCH = "Stretch";

    private AssumptionsSheet() {
    }

    /** Writes the sheet and returns the rate references for the Savings sheet. */
    static Map<FigureRow, RateBlock.RateRefs> write(Workbook wb, Styles styles, FactorSet factors, List<FigureRow> rows,
                                                    Map<String, IndicatorDefinition> defs, boolean namedRates,
                                                    uk.nhs.greenbench.model.Capacity capacity) {
        Sheet sheet = wb.sheet(NAME);
        SheetWriter w = new SheetWriter(sheet, styles);
        w.widths(24, 58, 34, 14, 14, 16, 90); // the longest factor name and description shown whole, in LibreOffice too
        w.text(0, 0, "Assumptions", styles.title);
        w.text(1, 0, "Yellow cells are inputs: change them and every saving in this workbook recomputes (Excel and LibreOffice recalculate on opening).", styles.subtitle);
        w.text(3, 0, "Benchmark", styles.label);
        w.text(3, 3, TYPICAL, styles.inputText);
        w.text(3, 4, "Typical or Stretch", styles.note);
        w.text(3, 6, "Typical = the peer median; Stretch = the best quartile of the peer group (Q1 when low is good, Q3 when high is good).", styles.note);
        wb.define(BENCHMARK, NAME, 3, 3);
        sheet.validation(new Sheet.ListValidation(3, 3, List.of(TYPICAL, STRETCH), "Benchmark",
                "Choose Typical (peer median) or Stretch (best quartile)."));

        int r = 5;
        w.text(r++, 0, "Carbon factors (" + factors.label() + ")", styles.label);
        w.headers(r++, 0, "Factor", "What it is", "Set", "Value", "Unit", "Fallback", "Source");
        for (Factor f : factors.factors().values()) {
            w.text(r, 0, f.id(), styles.text);
            w.text(r, 1, f.title(), styles.text);
            w.text(r, 2, f.setYear(), styles.text);
            w.number(r, 3, f.value(), styles.input);
            w.text(r, 4, f.unit(), styles.text);
            w.text(r, 5, f.isFallback() ? f.fallback() : "", styles.note);
            w.text(r, 6, f.source(), styles.note);
            wb.define(ExcelNames.of("f", f.id()), NAME, r, 3);
            r++;
        }
        for (String note : factors.notes()) w.text(r++, 0, note, styles.subtitle);
        r++;
        w.text(r++, 0, "Unit rates used to price savings", styles.label);
        int[] next = new int[1];
        Map<FigureRow, RateBlock.RateRefs> refs = new RateBlock(w, namedRates ? wb : null, NAME).write(r, rows, defs, next);
        CapacityAssumptionsBlock.write(wb, w, next[0] + 1, capacity);
        sheet.freeze(0, 3);
        sheet.print(true);
        return refs;
    }
}
