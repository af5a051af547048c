package uk.nhs.greenbench.figures;

import uk.nhs.greenbench.trend.TrendRow;

import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.quality.QualityIssue;

import java.util.List;

/**
 * Everything computed for one data year: the one immutable result every writer reads.
 *
 * @param inputs the input files read, as name → SHA-256
 * @param trends every organisation's indicators across the years up to this one (empty until they are worked out
 *               from the other years' figures)
 */
public record Figures(String year, FactorSet factors, List<FigureRow> rows, List<QualityIssue> issues,
                      List<InputFile> inputs, List<TrendRow> trends) {
    public Figures {
        rows = List.copyOf(rows);
        issues = List.copyOf(issues);
        inputs = List.copyOf(inputs);
        trends = trends == null ? List.of() : List.copyOf(trends);
    }

    public Figures withTrends(List<TrendRow> trends) {
        return new Figures(year, factors, rows, issues, inputs, trends);
    }

    /** An input file, its recognised layout and checksum. */
    public record InputFile(String path, String layout, String encoding, String sha256) {
    }

    public List<FigureRow> rowsAt(String level) {
        return rows.stream().filter(r -> r.org().level().equals(level)).toList();
    }
}
