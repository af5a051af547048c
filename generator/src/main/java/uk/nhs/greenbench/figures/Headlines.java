package uk.nhs.greenbench.figures;

import java.util.Collection;
import java.util.Set;
import java.util.function.Function;

/**
 * Headline savings of one organisation or area: the sum of its positive savings over the indicators marked
 * {@code headline}, chosen so that no saving is counted twice. The workbooks compute the same with formulas.
 */
public record Headlines(Double typicalGbp, Double typicalTco2e, Double stretchGbp, Double stretchTco2e) {
    public static Headlines of(Collection<FigureRow> rows, Set<String> headlineIndicators) {
        return new Headlines(sum(rows, headlineIndicators, r -> r.typical().gbp()),
                sum(rows, headlineIndicators, r -> r.typical().tco2e()),
                sum(rows, headlineIndicators, r -> r.stretch().gbp()),
                sum(rows, headlineIndicators, r -> r.stretch().tco2e()));
    }

    private static Double sum(Collection<FigureRow> rows, Set<String> headline, Function<FigureRow, Double> part) {
        double s = 0;
        boolean any = false;
        for (FigureRow r : rows) {
            if (!headline.contains(r.indicator())) continue;
            Double v = part.apply(r);
            if (v == null) continue;
            any = true;
            if (v > 0) s += v;
        }
        return any ? s : null;
    }
}
