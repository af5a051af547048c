package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.xlsx.Workbook;

import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.model.Pricing;
import uk.nhs.greenbench.model.UnitRate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit-rate inputs on the Assumptions sheet: for each priced trust/indicator, its £ per unit (an input) and
 * its carbon per unit (a formula over the carbon factor cells when it is the trust's own, so editing a factor
 * recomputes it; an input when it is a peer median). Returns, per figure row, the formulas the Savings sheet
 * uses for its £ and kgCO2e per unit.
 */
final class RateBlock {
    /** Formula fragments giving £ and kgCO2e per unit saved, or null when not available. */
    record RateRefs(String gbpPerUnit, String kgPerUnit) {
        static final RateRefs NONE = new RateRefs(null, null);
    }

    private final SheetWriter w;
    private final Workbook names;
    private final String sheetName;

    /** @param names the workbook to define a name for each rate in, or null to refer to rates by address */
    RateBlock(SheetWriter w, Workbook names, String sheetName) {
        this.w = w;
        this.names = names;
        this.sheetName = sheetName;
    }

    /** Writes the rows from {@code startRow}; returns the refs per row and the next free row (in {@code next[0]}). */
    Map<FigureRow, RateRefs> write(int startRow, List<FigureRow> rows, Map<String, IndicatorDefinition> defs, int[] next) {
        Map<FigureRow, RateRefs> refs = new LinkedHashMap<>();
        int r = startRow;
        w.headers(r++, 0, "Trust", "Indicator", "Rate", "Value", "Unit", "Basis", "Notes");
        for (FigureRow row : rows) {
            w.finishedBefore(r);
            IndicatorDefinition d = defs.get(row.indicator());
            Pricing p = row.pricing();
            if (row.value() == null || "none".equals(p.method())) {
                refs.put(row, RateRefs.NONE);
                continue;
            }
            String per = "per " + d.savingUnit();
            String prefix = row.org().code() + "_" + row.indicator();
            if ("target-mix".equals(p.method())) {
                String moved = " per " + d.savingUnit() + " moved towards the target mix";
                refs.put(row, new RateRefs(rate(r++, row, d, "£" + moved, "£/" + d.savingUnit(), p.cost(), "cost", prefix),
                        rate(r++, row, d, "kgCO2e" + moved, "kgCO2e/" + d.savingUnit(), p.carbon(), "carbon", prefix)));
            } else if ("intensity".equals(p.method())) {
                String cost = rate(r++, row, d, "£ " + per, "£/" + d.savingUnit(), p.cost(), "cost", prefix);
                // No carbon rate row for an indicator priced in £ only (its rule names no carbon).
                String carbon = d.saving().carbon() == null ? null
                        : rate(r++, row, d, "kgCO2e " + per, "kgCO2e/" + d.savingUnit(), p.carbon(), "carbon", prefix);
                refs.put(row, new RateRefs(cost, carbon));
            } else {
                String fromCost = rate(r++, row, d, "£ per " + d.savingUnit() + ", " + route(d, true), "£/" + d.savingUnit(), p.fromCost(), "fromcost", prefix);
                String toCost = rate(r++, row, d, "£ per " + d.savingUnit() + ", " + route(d, false), "£/" + d.savingUnit(), p.toCost(), "tocost", prefix);
                String fromCarbon = rate(r++, row, d, "kgCO2e per " + d.savingUnit() + ", " + route(d, true), "kgCO2e/" + d.savingUnit(), p.fromCarbon(), "fromcarbon", prefix);
                String toCarbon = rate(r++, row, d, "kgCO2e per " + d.savingUnit() + ", " + route(d, false), "kgCO2e/" + d.savingUnit(), p.toCarbon(), "tocarbon", prefix);
                refs.put(row, new RateRefs(fromCost == null || toCost == null ? null : "(" + fromCost + "-" + toCost + ")",
                        fromCarbon == null || toCarbon == null ? null : "(" + fromCarbon + "-" + toCarbon + ")"));
            }
        }
        next[0] = r;
        return refs;
    }

    private static String route(IndicatorDefinition d, boolean from) {
        var route = from ? d.saving().from() : d.saving().to();
        return (from ? "from " : "to ") + (route.name() == null ? (from ? "current route" : "better route") : route.name());
    }

    /** Writes one rate row; returns the reference to its value cell, or null when not available. */
    private String rate(int r, FigureRow row, IndicatorDefinition d, String label, String unit, UnitRate rate, String kind, String prefix) {
        w.text(r, 0, row.org().code(), w.styles().text);
        w.text(r, 1, d.title(), w.styles().text);
        w.text(r, 2, label, w.styles().text);
        w.text(r, 4, unit, w.styles().text);
        w.text(r, 5, rate.basis(), w.styles().text);
        if (rate.value() == null) {
            w.text(r, 3, SheetWriter.NOT_AVAILABLE, w.styles().missing);
            w.text(r, 6, "Neither the trust nor its peers reported what this rate needs.", w.styles().note);
            return null;
        }
        if (rate.isOwnCarbon()) {
            w.formula(r, 3, ownCarbonFormula(rate), rate.value(), w.styles().number("#,##0.00000"));
            w.text(r, 6, ("target-mix".equals(row.pricing().method()) ? "Each stream's change on the way to the target mix × its factor, over the "
                    + "tonnes moved, recomputed from the carbon factors above: " : "The trust's own mix, recomputed from the carbon factors above: ")
                    + quantities(rate), w.styles().note);
        } else if (rate.isOwnOverFactorQuantity()) {
            // E.g. heat from heat pumps: the trust's electricity cost over its electricity × the seasonal COP cell.
            w.formula(r, 3, plain(rate.value() * rate.quantity()) + "/" + quantityFormula(rate), rate.value(), w.styles().number("£#,##0.0000"));
            w.text(r, 6, "The trust's own cost over a quantity recomputed from the factors above: " + quantityWords(rate), w.styles().note);
        } else {
            w.number(r, 3, rate.value(), kind.contains("cost") ? w.styles().inputGbp : w.styles().input);
            w.text(r, 6, "target-mix".equals(row.pricing().method())
                    ? "Σ (stream − target share × total) × the stream's £ per tonne (" + (UnitRate.OWN.equals(rate.basis()) ? "the trust's own" : "its own, or its peers' median where it sent none that way")
                    + "), over the tonnes moved; negative where the target mix costs more. Edit to test another price."
                    : UnitRate.OWN.equals(rate.basis())
                    ? "The trust's own cost over its own quantity (ERIC " + row.year() + "). Edit to test another price."
                    : "Peer median: the trust reported none of its own. Edit to use a known rate.", w.styles().note);
        }
        String ref = "'" + sheetName + "'!$D$" + (r + 1);
        if (names != null) {
            String name = ExcelNames.of(kind, row.indicator());
            names.define(name, sheetName, r, 3);
            return name;
        }
        return ref;
    }

    static String ownCarbonFormula(UnitRate rate) {
        List<String> terms = new ArrayList<>();
        for (Map.Entry<String, Double> e : rate.factorQuantities().entrySet()) {
            terms.add(plain(e.getValue()) + "*" + ExcelNames.of("f", e.getKey()));
        }
        return "(" + String.join("+", terms) + ")/" + quantityFormula(rate);
    }

    /** The rate's quantity: a number, or the factor terms it was made of (so editing the factor moves it). */
    static String quantityFormula(UnitRate rate) {
        if (rate.quantityTerms().isEmpty()) return plain(rate.quantity());
        List<String> terms = new ArrayList<>();
        rate.quantityTerms().byFactor().forEach((f, q) -> terms.add(plain(q) + "*" + ExcelNames.of("f", f)));
        if (rate.quantityTerms().plain() != 0) terms.add(plain(rate.quantityTerms().plain()));
        return "(" + String.join("+", terms) + ")";
    }

    private static String quantities(UnitRate rate) {
        List<String> parts = new ArrayList<>();
        rate.factorQuantities().forEach((f, q) -> parts.add(String.format(java.util.Locale.UK, "%,.0f × %s", q, f)));
        return String.join(" + ", parts) + ", over " + quantityTermsInWords(rate) + ".";
    }

    private static String quantityWords(UnitRate rate) {
        return String.format(java.util.Locale.UK, "£%,.0f over ", rate.value() * rate.quantity()) + quantityTermsInWords(rate) + ".";
    }

    /** "12,345 units", or "1,000 × heat_pump_scop" for a quantity made with a factor. */
    private static String quantityTermsInWords(UnitRate rate) {
        if (rate.quantityTerms().isEmpty()) return String.format(java.util.Locale.UK, "%,.0f units", rate.quantity());
        List<String> parts = new ArrayList<>();
        rate.quantityTerms().byFactor().forEach((f, q) -> parts.add(String.format(java.util.Locale.UK, "%,.0f × %s", q, f)));
        if (rate.quantityTerms().plain() != 0) parts.add(String.format(java.util.Locale.UK, "%,.0f", rate.quantityTerms().plain()));
        return String.join(" + ", parts);
    }

    static String plain(double v) {
        return BigDecimal.valueOf(v).toPlainString();
    }
}
