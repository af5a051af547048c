package uk.nhs.greenbench.figures;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a pack renders: one year's figures (with its trends), the other bundled years' figures for the year-by-year
 * values, and their look-ups, built once for every output.
 *
 * @param history the other years' look-ups, by year
 */
public record YearFigures(Figures figures, List<Figures> otherYears, FiguresIndex index, Map<String, FiguresIndex> history) {
    public YearFigures {
        otherYears = List.copyOf(otherYears);
        history = Map.copyOf(history);
    }

    public static YearFigures of(Figures figures, List<Figures> otherYears) {
        Map<String, FiguresIndex> history = new TreeMap<>();
        for (Figures f : otherYears) if (!f.year().equals(figures.year())) history.put(f.year(), new FiguresIndex(f));
        return new YearFigures(figures, otherYears, new FiguresIndex(figures), history);
    }

    public String year() {
        return figures.year();
    }
}
