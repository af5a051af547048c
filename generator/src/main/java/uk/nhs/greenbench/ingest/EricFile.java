package uk.nhs.greenbench.ingest;

import uk.nhs.greenbench.quality.QualityIssue;

import java.util.List;

/**
 * What reading one ERIC file found, apart from its rows (which go to the caller one at a time): the layout
 * recognised, the encoding, how many rows were mapped, and the data-quality findings made while reading.
 */
public record EricFile(String fileName, String sha256, EricLayout layout, String encoding, long rows,
                       List<QualityIssue> issues) {
    public EricFile {
        issues = List.copyOf(issues);
    }
}
