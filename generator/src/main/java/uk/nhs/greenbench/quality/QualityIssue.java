package uk.nhs.greenbench.quality;

/**
 * One data-quality finding, written to data-quality.csv and, where it concerns one organisation,
 * carried into that organisation's quality_flags.
 *
 * @param code     stable machine-readable code (e.g. {@code outlier}, {@code unknown_trust})
 * @param orgCode  the trust (or area) it concerns, or empty when it concerns a whole file
 * @param indicator the indicator it concerns, or empty
 * @param source   file and row (and column) it came from, or empty
 * @param message  plain-English explanation for a reader
 */
public record QualityIssue(String code, String orgCode, String indicator, String source, String message) {
    public QualityIssue {
        orgCode = orgCode == null ? "" : orgCode;
        indicator = indicator == null ? "" : indicator;
        source = source == null ? "" : source;
    }
}
