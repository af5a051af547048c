package uk.nhs.greenbench.ingest;

import uk.nhs.greenbench.quality.QualityIssue;

import java.util.List;

/**
 * What one ERIC file yielded: the layout recognised, its rows as {@link SiteRecord}s (site files) or
 * trust rows (trust files), and the data-quality findings made while reading it.
 */
public record EricDataset(String fileName, String sha256, EricLayout layout, String encoding,
                          List<SiteRecord> records, List<QualityIssue> issues) {
    public EricDataset {
        records = List.copyOf(records);
        issues = List.copyOf(issues);
    }
}
