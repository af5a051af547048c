package uk.nhs.greenbench.pdf;

import uk.nhs.greenbench.figures.Formats;
import uk.nhs.greenbench.figures.QuartilePosition;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.Polarity;
import uk.nhs.greenbench.model.Benchmark;
import uk.nhs.greenbench.model.FigureRow;

import java.util.Locale;

/** What a spine chart shows, in words: its alternative text for screen readers and anyone who cannot see the colours. */
final class SpineText {
    private SpineText() {
    }

    static String of(FigureRow r, IndicatorDefinition d, QuartilePosition q) {
        return of(r, d, q, "Peers");
    }

    /** @param group who the value is compared with, as the sentence starts: "Peers", "ICSs", "Regions" */
    static String of(FigureRow r, IndicatorDefinition d, QuartilePosition q, String group) {
        Benchmark b = r.benchmark();
        if (b.median() == null || b.min() == null) return d.title() + ": no peer comparison.";
        Double m = b.median();
        String peers = range(b, d, group);
        String own = r.value() == null ? "no value"
                : b.rank() == null ? Formats.value(r.value(), m) + " " + r.unit() + ", left out of the comparison"
                : Formats.value(r.value(), m) + " " + r.unit() + ", " + (q == null ? "" : q.label().toLowerCase(Locale.UK) + ", ")
                + "rank " + b.rank() + " of " + b.peerN() + (b.tied() != null && b.tied() > 1 ? " (" + b.tied() + " share this value)" : "");
        return d.title() + ": " + own + ". " + peers;
    }

    /** A value placed against a group it is not part of (England against its ICSs). */
    static String placed(FigureRow r, IndicatorDefinition d, QuartilePosition q, String group) {
        Benchmark b = r.benchmark();
        if (b.median() == null || b.min() == null) return d.title() + ": no comparison.";
        return d.title() + ": " + Formats.value(r.value(), b.median()) + " " + r.unit() + (q == null ? "" : ", " + q.label().toLowerCase(Locale.UK))
                + ". " + range(b, d, group);
    }

    private static String range(Benchmark b, IndicatorDefinition d, String group) {
        boolean low = d.polarity() == Polarity.LOW_IS_GOOD;
        Double m = b.median();
        return String.format(Locale.UK, group + " range from %s (worst) to %s (best); the middle half from %s to %s; median %s.",
                Formats.value(b.worst(low), m), Formats.value(b.best(low), m), Formats.value(low ? b.q3() : b.q1(), m),
                Formats.value(low ? b.q1() : b.q3(), m), Formats.value(m, m));
    }
}
