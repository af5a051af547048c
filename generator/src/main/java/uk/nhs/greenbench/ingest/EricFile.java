package uk.nhs.greenbench.ingest;

import uk.nhs.greenbench.quality.QualityIssue;

import java.util.List;
import java.util.Map;

/**
 * What reading one ERIC file found, apart from its rows (which go to the caller one at a time): the layout
 * recognised, the encoding, how many rows were mapped, the data-quality findings made while reading, and the measures
 * the file does not publish (measure → the header(s) the closest known layout reads it from; empty when a layout file
 * matched the file whole).
 */
public record EricFile(String fileName, String sha256, EricLayout layout, String encoding, long rows,
                       List<QualityIssue> issues, Map<String, String> notPublished) {
    public EricFile {
        issues = List.copyOf(issues);
        notPublished = Map.copyOf(notPublished);
    }

    public EricFile(String fileName, String sha256, EricLayout layout, String encoding, long rows, List<QualityIssue> issues) {
        this(fileName, sha256, layout, encoding, rows, issues, Map.of());
    }

    EricFile withNotPublished(Map<String, String> measures) {
        return new EricFile(fileName, sha256, layout, encoding, rows, issues, measures);
    }
}
