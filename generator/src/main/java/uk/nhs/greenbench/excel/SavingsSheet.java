package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.figures.OrgNames;

import uk.nhs.greenbench.xlsx.Sheet;
import uk.nhs.greenbench.xlsx.Style;
import uk.nhs.greenbench.xlsx.Workbook;

import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.Saving;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.Polarity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Savings sheet: one row per trust and indicator with every input of its saving and the saving itself as
 * live formulas: units = MAX(0, (value − benchmark) × denominator ÷ scale) (mirrored when high is good),
 * £ = units × £ per unit, tCO2e = units × kgCO2e per unit ÷ 1000. The rates come from the Assumptions sheet.
 */
final class SavingsSheet {
    static final String NAME = "Savings";
    /** Column indexes, so other sheets can refer to them. */
    static final int CODE = 0, INDICATOR = 2, VALUE = 5, UNITS_TYPICAL = 11, UNITS_STRETCH = 12, UNITS_CHOSEN = 14,
            GBP_TYPICAL = 17, T_TYPICAL = 18, GBP_STRETCH = 19, T_STRETCH = 20, GBP_CHOSEN = 21, T_CHOSEN = 22,
            HEADLINE = 23, THEME = 24, TARGET = 25, UNITS_TARGET = 26, GBP_TARGET = 27, T_TARGET = 28;
    static final int FIRST_ROW = 3;

    private SavingsSheet() {
    }

    /** Writes the sheet; returns the 0-based row of each figure row. */
    static Map<FigureRow, Integer> write(Workbook wb, Styles s, List<FigureRow> rows, Map<String, IndicatorDefinition> defs,
                                         Map<FigureRow, RateBlock.RateRefs> rates) {
        Sheet sheet = wb.sheet(NAME);
        SheetWriter w = new SheetWriter(sheet, s);
        w.widths(8, 34, 28, 34, 11, 12, 14, 11, 12, 12, 12, 14, 14, 12, 14, 12, 12, 16, 12, 16, 12, 16, 12, 9, 9, 12, 14, 14, 14);
        w.text(0, 0, "How each saving is worked out", s.title);
        w.text(1, 0, "Every £ and tCO2e below is a formula over this row and the Assumptions sheet; the benchmark in use is chosen there.", s.subtitle);
        w.headers(2, 0, "Code", "Trust", "Indicator id", "Indicator", "Unit", "Value", "Denominator", "Scale", "Polarity",
                "Peer median", "Best quartile", "Units saved (typical)", "Units saved (stretch)", "Benchmark in use",
                "Units saved (in use)", "£ per unit", "kgCO2e per unit", "£ (typical)", "tCO2e (typical)", "£ (stretch)",
                "tCO2e (stretch)", "£ (in use)", "tCO2e (in use)", "Headline", "Theme", "National target", "Units saved (target)",
                "£ (target)", "tCO2e (target)");
        Map<FigureRow, Integer> at = new HashMap<>();
        int r = FIRST_ROW;
        for (FigureRow row : rows) {
            w.finishedBefore(r);
            IndicatorDefinition d = defs.get(row.indicator());
            at.put(row, r);
            int x = r + 1; // 1-based row for A1 references
            w.text(r, 0, row.org().code(), s.text);
            w.text(r, 1, OrgNames.display(row.org().name()), s.text);
            w.text(r, 2, row.indicator(), s.text);
            w.text(r, 3, d.title(), s.text);
            w.text(r, 4, row.unit(), s.text);
            w.number(r, 5, row.value(), s.forMagnitude(row.value()));
            w.number(r, 6, row.denominator(), s.integer);
            w.number(r, 7, d.scaleOrOne(), s.integer);
            w.text(r, 8, row.polarity(), s.text);
            w.number(r, 9, row.benchmark().median(), s.forMagnitude(row.benchmark().median()));
            Double best = d.polarity() == Polarity.LOW_IS_GOOD ? row.benchmark().q1() : row.benchmark().q3();
            w.number(r, 10, best, s.forMagnitude(best));
            w.text(r, 23, d.isHeadline() ? "Yes" : "No", s.text);
            w.text(r, 24, d.theme(), s.text);
            if (d.targetValue() != null) w.number(r, TARGET, d.targetValue(), s.forMagnitude(d.targetValue()));
            if (row.usableValue() == null || row.benchmark().median() == null) {
                for (int c = 11; c <= 22; c++) w.text(r, c, SheetWriter.NOT_AVAILABLE, s.missing);
                if (d.targetValue() != null) for (int c = UNITS_TARGET; c <= T_TARGET; c++) w.text(r, c, SheetWriter.NOT_AVAILABLE, s.missing);
                r++;
                continue;
            }
            boolean low = d.polarity() == Polarity.LOW_IS_GOOD;
            // Each cached value is the engine's figure; the benchmark in use starts as Typical (Assumptions).
            w.formula(r, 11, units(low, "J" + x, x), row.typical().units(), s.integer);
            w.formula(r, 12, units(low, "K" + x, x), row.stretch().units(), s.integer);
            w.formula(r, 13, "IF(" + AssumptionsSheet.BENCHMARK + "=\"" + AssumptionsSheet.STRETCH + "\",K" + x + ",J" + x + ")",
                    row.benchmark().median(), s.forMagnitude(row.benchmark().median()));
            w.formula(r, 14, units(low, "N" + x, x), row.typical().units(), s.integer);
            RateBlock.RateRefs rate = rates.getOrDefault(row, RateBlock.RateRefs.NONE);
            money(w, r, 15, rate.gbpPerUnit(), row.pricing().gbpPerUnit(), s.number("£#,##0.0000"));
            money(w, r, 16, rate.kgPerUnit(), row.pricing().kgPerUnit(), s.number("#,##0.00000"));
            pair(w, r, 17, "L" + x, rate, x, row.typical());
            pair(w, r, 19, "M" + x, rate, x, row.stretch());
            pair(w, r, 21, "O" + x, rate, x, row.typical());
            // What meeting the indicator's national target (the 20/20/60 clinical waste mix) would save, at the same rates.
            if (d.targetValue() != null) {
                w.formula(r, UNITS_TARGET, units(low, col(TARGET) + x, x), row.target().units(), s.integer);
                pair(w, r, GBP_TARGET, col(UNITS_TARGET) + x, rate, x, row.target());
            }
            r++;
        }
        sheet.freeze(4, FIRST_ROW);
        sheet.autoFilter(2, 0, Math.max(2, r - 1), T_TARGET);
        sheet.print(true);
        sheet.repeatRows(2, 2);
        return at;
    }

    private static String units(boolean lowIsGood, String benchmarkCell, int x) {
        return lowIsGood ? "MAX(0,(F" + x + "-" + benchmarkCell + ")*G" + x + "/H" + x + ")"
                : "MAX(0,(" + benchmarkCell + "-F" + x + ")*G" + x + "/H" + x + ")";
    }

    private static void money(SheetWriter w, int r, int c, String ref, Double perUnit, Style style) {
        if (ref == null) w.text(r, c, SheetWriter.NOT_AVAILABLE, w.styles().missing);
        else w.formula(r, c, ref, perUnit, style);
    }

    private static void pair(SheetWriter w, int r, int c, String unitsCell, RateBlock.RateRefs rate, int x, Saving saving) {
        if (rate.gbpPerUnit() == null) w.text(r, c, SheetWriter.NOT_AVAILABLE, w.styles().missing);
        else w.formula(r, c, unitsCell + "*P" + x, saving.gbp(), w.styles().gbp);
        if (rate.kgPerUnit() == null) w.text(r, c + 1, SheetWriter.NOT_AVAILABLE, w.styles().missing);
        else w.formula(r, c + 1, unitsCell + "*Q" + x + "/1000", saving.tco2e(), w.styles().tco2e);
    }

    /**
     * What a summary shows for a saving with no figure: a rule that prices nothing (readiness measures, the renewable
     * share) compares only, and a cost indicator's rule names no carbon; neither is missing data.
     */
    static String noFigure(IndicatorDefinition d, boolean carbon) {
        if (d.saving().isNone()) return "not priced";
        if (carbon && d.saving().isIntensity() && d.saving().carbon() == null) return "not priced in carbon";
        return SheetWriter.NOT_AVAILABLE;
    }

    /** One cell of the Savings sheet from another sheet, at a 0-based column and 1-based row. */
    static String cell(int column, int row) {
        return "'" + NAME + "'!" + col(column) + row;
    }

    /** A1 column letter of a 0-based column. */
    static String col(int c) {
        return uk.nhs.greenbench.xlsx.Ref.col(c);
    }

    /** A bounded range of one Savings column, 0-based rows inclusive. */
    static String range(int column, int firstRow, int lastRow) {
        return "'" + NAME + "'!$" + col(column) + "$" + (firstRow + 1) + ":$" + col(column) + "$" + (lastRow + 1);
    }

    // Totals add every row as it is (Saving.total's rule): units are never negative, and a move that costs money
    // adds its cost, so £ and tCO2e are summed over the same rows.

    /** SUMIFS of a savings column over the headline rows between two rows. */
    static String headlineSum(int column, int firstRow, int lastRow) {
        String range = range(column, firstRow, lastRow);
        return "SUMIFS(" + range + "," + range(HEADLINE, firstRow, lastRow) + ",\"Yes\")";
    }

    /** SUMIFS of a savings column over one indicator's rows. */
    static String indicatorSum(int column, String indicator, int firstRow, int lastRow) {
        String range = range(column, firstRow, lastRow);
        return "SUMIFS(" + range + "," + range(INDICATOR, firstRow, lastRow) + ",\"" + indicator + "\")";
    }

    /** SUMIFS of a savings column over one theme's headline rows. */
    static String themeSum(int column, String theme, int firstRow, int lastRow) {
        String range = range(column, firstRow, lastRow);
        return "SUMIFS(" + range + "," + range(HEADLINE, firstRow, lastRow) + ",\"Yes\"," + range(THEME, firstRow, lastRow)
                + ",\"" + theme + "\")";
    }

    /** The first and last Savings row of each trust (rows are written grouped by trust). */
    static java.util.Map<String, int[]> spans(Map<FigureRow, Integer> at) {
        java.util.Map<String, int[]> spans = new java.util.HashMap<>();
        at.forEach((row, r) -> spans.merge(row.org().code(), new int[]{r, r},
                (a, b) -> new int[]{Math.min(a[0], b[0]), Math.max(a[1], b[1])}));
        return spans;
    }

    /** The first and last Savings row overall. */
    static int[] span(Map<FigureRow, Integer> at) {
        int lo = at.values().stream().mapToInt(Integer::intValue).min().orElse(FIRST_ROW);
        int hi = at.values().stream().mapToInt(Integer::intValue).max().orElse(FIRST_ROW);
        return new int[]{lo, hi};
    }
}
