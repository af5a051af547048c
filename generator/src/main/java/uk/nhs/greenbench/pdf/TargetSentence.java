package uk.nhs.greenbench.pdf;

import uk.nhs.greenbench.figures.Formats;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.Saving;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What meeting a national target would be worth, in words, for the indicators whose target names a value and whose
 * gap to it is priced: "Meeting the NHS Clinical Waste Strategy target mix (…) would move 885 t to lower-carbon streams
 * and save £109,227 and 292.1 tCO2e a year." The figures are the rows' target savings; nothing is computed here.
 */
final class TargetSentence {
    private TargetSentence() {
    }

    /**
     * @param own  the organisation's own rows (a trust's, or an area's sums of its members')
     * @param area whether they are an area's, whose target saving is every member meeting the target
     */
    static List<String> of(List<FigureRow> own, Map<String, IndicatorDefinition> defs, boolean area) {
        List<String> sentences = new ArrayList<>();
        for (FigureRow r : own) {
            IndicatorDefinition d = defs.get(r.indicator());
            Saving t = r.target();
            if (d == null || d.targetValue() == null || t.units() == null || (t.gbp() == null && t.tco2e() == null)) continue;
            String moved = String.format(Locale.UK, "%,.0f %s", t.units(), d.savingUnit());
            if (t.units() < 0.5) {
                sentences.add((area ? "Every member trust with a value" : "The trust") + " already meets the " + target(d) + ".");
                continue;
            }
            String how = d.hasTargetMix() ? "would move " + moved + " of waste to lower-carbon streams and save " : "would close a gap of " + moved + " and save ";
            sentences.add("Meeting the " + target(d) + (area ? " in every member trust " : " ") + how + Formats.saving(t.gbp(), t.tco2e()) + " a year"
                    + (d.isHeadline() ? "." : " (not in the headline totals, which count part of the same move)."));
        }
        return sentences;
    }

    private static String target(IndicatorDefinition d) {
        if (d.hasTargetMix()) return d.targetMix().name();
        return "target on " + AreaReport.lower(d.title()) + " (" + uk.nhs.greenbench.figures.MethodNotes.number(d.targetValue()) + " " + d.unit() + ")";
    }
}
