package uk.nhs.greenbench.figures;

/**
 * What a pack renders: one year's figures, with its trends, and their look-ups, built once for every output. The other
 * years' figures the trends were worked out from are not kept: every output reads earlier years through the trends, and
 * holding them took most of the figures' memory in a large run.
 *
 * @param trendYears how many years' figures the trends were worked out from, this year's included
 */
public record YearFigures(Figures figures, FiguresIndex index, int trendYears) {
    public static YearFigures of(Figures figures, int trendYears) {
        return new YearFigures(figures, new FiguresIndex(figures), trendYears);
    }

    public String year() {
        return figures.year();
    }
}
