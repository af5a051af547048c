package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.Saving;

import java.util.List;

/**
 * The national targets indicators name (such as the NHS Clinical Waste Strategy's 20/20/60 mix), on a Summary: what meeting
 * each would save a year, as formulas over the Savings sheet's target columns. Kept apart from the headline totals,
 * which count part of the same move.
 */
final class TargetBlock {
    /**
     * One indicator's target on a Summary: its row of figures and the Savings-sheet formulas (a trust's own row, or an
     * area's members summed) for the units, £ and tCO2e.
     */
    record Target(IndicatorDefinition def, FigureRow row, String units, String gbp, String tco2e) {
    }

    private TargetBlock() {
    }

    /**
     * Writes the block from row {@code r} when any target has a priced saving to show (as the reports' target sentence
     * does), the £ in column {@code gbpCol} and the tCO2e beside it, under the Summary's own £ and tCO2e; returns the next free row.
     */
    static int write(SheetWriter w, int r, List<Target> targets, int gbpCol) {
        List<Target> shown = targets.stream().filter(t -> t.def().targetValue() != null && t.row().target().units() != null
                && (t.row().target().gbp() != null || t.row().target().tco2e() != null)).toList();
        if (shown.isEmpty()) return r;
        Styles s = w.styles();
        w.text(r++, 0, "What meeting the national targets would save a year (not in the headline totals above, which count part of the same move)", s.label);
        w.headers(r, 0, "Target", "Indicator", "Target value", "Units to move");
        w.headers(r++, gbpCol, "£ a year", "tCO2e a year");
        for (Target t : shown) {
            Saving saving = t.row().target();
            w.text(r, 0, "National target", s.text);
            w.text(r, 1, t.def().title() + " (" + t.row().unit() + ")", s.text);
            w.number(r, 2, t.def().targetValue(), s.forMagnitude(t.def().targetValue()));
            w.formula(r, 3, t.units(), saving.units(), s.integer);
            if (saving.gbp() == null) w.text(r, gbpCol, SavingsSheet.noFigure(t.def(), false), s.missing);
            else w.formula(r, gbpCol, t.gbp(), saving.gbp(), s.gbp);
            if (saving.tco2e() == null) w.text(r, gbpCol + 1, SavingsSheet.noFigure(t.def(), true), s.missing);
            else w.formula(r, gbpCol + 1, t.tco2e(), saving.tco2e(), s.tco2e);
            r++;
        }
        // Named from the indicators' own files, so a target added in an indicator's JSON needs no change here.
        String names = String.join("; ", shown.stream().map(t -> t.def().hasTargetMix() ? t.def().targetMix().name() : t.def().title()).distinct().toList());
        String units = String.join(", ", shown.stream().map(t -> t.def().savingUnit()).distinct().toList());
        w.text(r++, 0, "Each target is the one its indicator names (" + names + "): see the Methodology sheet. Units to move are in the "
                + "indicator's saving unit (" + units + "); the rates are the Savings sheet's.", s.noteLine);
        return r;
    }
}
