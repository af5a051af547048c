package uk.nhs.greenbench.model;

import java.util.Collection;
import java.util.Set;
import java.util.function.Function;

/**
 * Headline savings of one organisation or area: the savings of the indicators marked {@code headline} (chosen so
 * that no saving is counted twice), added by the one rule of {@link Saving#total}: £ and tCO2e together, a cost as a
 * negative £. The workbooks compute the same with formulas.
 */
public record Headlines(Double typicalGbp, Double typicalTco2e, Double stretchGbp, Double stretchTco2e) {
    /** The rule in words, stated once in every output that shows a headline. */
    public static final String RULE = "Headline indicators only, so no saving is counted twice. Each trust's move to its benchmark "
            + "counts whole: a trust already at or better than its benchmark adds nothing, and a move that saves carbon but "
            + "costs money adds its cost (shown as \"costs £X\"), so £ and tCO2e are always added over the same trusts.";

    public static Headlines of(Collection<FigureRow> rows, Set<String> headlineIndicators) {
        Saving typical = total(rows, headlineIndicators, FigureRow::typical);
        Saving stretch = total(rows, headlineIndicators, FigureRow::stretch);
        return new Headlines(typical.gbp(), typical.tco2e(), stretch.gbp(), stretch.tco2e());
    }

    private static Saving total(Collection<FigureRow> rows, Set<String> headline, Function<FigureRow, Saving> which) {
        return Saving.total(rows.stream().filter(r -> headline.contains(r.indicator())).map(which).toList());
    }
}
