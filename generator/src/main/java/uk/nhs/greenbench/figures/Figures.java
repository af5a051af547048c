package uk.nhs.greenbench.figures;

import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.quality.QualityIssue;

import java.util.List;

/**
 * Everything computed for one data year: the one immutable result every writer reads.
 *
 * @param inputs the input files read, as name → SHA-256
 */
public record Figures(String year, FactorSet factors, List<FigureRow> rows, List<QualityIssue> issues,
                      List<InputFile> inputs) {
    public Figures {
        rows = List.copyOf(rows);
        issues = List.copyOf(issues);
        inputs = List.copyOf(inputs);
    }

    /** An input file, its recognised layout and checksum. */
    public record InputFile(String path, String layout, String encoding, String sha256) {
    }

    public List<FigureRow> rowsAt(String level) {
        return rows.stream().filter(r -> r.org().level().equals(level)).toList();
    }
}
