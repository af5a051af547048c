package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.xlsx.Sheet;
import uk.nhs.greenbench.xlsx.Workbook;

import uk.nhs.greenbench.factor.Factor;
import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.figures.FlagGlossary;
import uk.nhs.greenbench.figures.Numbers;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.figures.MethodNotes;

import java.util.List;
import java.util.Locale;

/**
 * The Methodology sheet, generated from the indicator definitions, the factor set and the constants the
 * calculation uses, so it cannot drift from what was computed.
 */
final class MethodologySheet {
    private MethodologySheet() {
    }

    static void write(Workbook wb, Styles s, List<IndicatorDefinition> indicators, FactorSet factors, uk.nhs.greenbench.figures.Figures.Peers peers, uk.nhs.greenbench.indicator.PlausibilityChecks checks, List<String> factorNotes, FlagGlossary flags) {
        Sheet sheet = wb.sheet("Methodology");
        SheetWriter w = new SheetWriter(sheet, s);
        w.widths(28, 120);
        w.text(0, 0, "Methodology", s.title);
        int r = 2;
        List<String[]> method = MethodNotes.general(factors, peers, checks);
        for (String[] m : method) {
            w.text(r, 0, m[0], s.label);
            w.text(r++, 1, m[1], s.wrap);
        }
        for (String n : factorNotes) w.text(r++, 1, n, s.wrap);
        for (String n : factors.notes()) w.text(r++, 1, n, s.wrap);
        r++;
        w.text(r++, 0, "Indicators", s.label);
        for (IndicatorDefinition d : indicators) {
            w.text(r, 0, d.title(), s.label);
            w.text(r++, 1, d.id() + " (" + d.theme() + "), " + d.unit() + ", " + (d.polarity().id().equals("low_is_good") ? "lower is better" : "higher is better")
                    + ", " + d.yearsDescription() + (d.isHeadline() ? "; counts in headline totals" : "") + ".", s.wrap);
            r = line(w, r, "Definition", d.description());
            r = line(w, r, "Why it matters", d.whyItMatters());
            r = line(w, r, "Target", d.target());
            r = line(w, r, "Numerator", d.numeratorText());
            r = line(w, r, "Denominator", d.denominator().describe() + (d.scaleOrOne() != 1 ? " (value × " + (long) d.scaleOrOne() + ")" : ""));
            r = line(w, r, "Saving", pricing(d));
            for (String c : d.caveats()) r = line(w, r, "Caveat", c);
            r++;
        }
        w.text(r++, 0, "Carbon factors", s.label);
        for (Factor f : factors.factors().values()) {
            r = line(w, r, f.id(), String.format(Locale.UK, "%s: %s %s (%s). %s%s", f.title(), Numbers.factor(f.value()), f.unit(),
                    f.setYear(), f.source(), f.isFallback() ? " Fallback: " + f.fallback() + "." : ""));
        }
        r++;
        w.text(r++, 0, "Quality flags", s.label);
        for (var e : flags.all().entrySet()) r = line(w, r, e.getKey(), e.getValue());
        sheet.print(false);
    }

    private static int line(SheetWriter w, int r, String label, String text) {
        if (text == null || text.isBlank()) return r;
        w.text(r, 0, label, w.styles().text);
        w.text(r, 1, text, w.styles().wrap);
        return r + 1;
    }

    private static String pricing(IndicatorDefinition d) {
        return MethodNotes.pricing(d);
    }

}
