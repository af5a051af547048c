package uk.nhs.greenbench.pdf;

import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.figures.QuartilePosition;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.Polarity;
import uk.nhs.greenbench.model.FigureRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who to learn from: for every indicator on which a trust is in the worse half of its comparators, the best of those
 * same comparators, with their values (the data-driven form of the SDU's "case studies and best practice"; no case
 * study is invented). Named from the very values its benchmarks were taken from.
 */
final class LearnFrom {
    static final int NAMED = 3;

    private LearnFrom() {
    }

    /** One line per indicator in the worse half, or empty when the trust is in the better half of everything. */
    static List<String> lines(List<FigureRow> rows, FiguresIndex index, Map<String, IndicatorDefinition> defs) {
        List<String> out = new ArrayList<>();
        for (FigureRow r : rows) {
            IndicatorDefinition d = defs.get(r.indicator());
            QuartilePosition q = QuartilePosition.of(r.value(), r.benchmark(), d.polarity());
            if (r.notSupplied() || r.benchmark().rank() == null || (q != QuartilePosition.WORSE && q != QuartilePosition.WORST)) continue;
            List<String> best = new ArrayList<>();
            for (FigureRow p : index.comparators(r, d.polarity() == Polarity.LOW_IS_GOOD)) {
                if (p.org().code().equals(r.org().code())) continue;
                best.add(Names.brief(p.org().name()) + " (" + p.org().code() + ") " + Formats.value(p.value(), r.benchmark().median()));
                if (best.size() == NAMED) break;
            }
            if (best.isEmpty()) continue;
            out.add(d.title() + " (" + r.unit() + "; this trust " + Formats.value(r.value(), r.benchmark().median()) + ", "
                    + q.label().toLowerCase(java.util.Locale.UK) + "): " + String.join("; ", best) + ".");
        }
        return out;
    }
}
