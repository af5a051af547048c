package uk.nhs.greenbench.quality;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedFindingsTest {
    @Test
    void listsUpToTheLimitOfEachKindAndCountsTheRest() {
        BoundedFindings findings = new BoundedFindings("big.csv", 2);
        for (int i = 0; i < 5; i++) findings.add(new QualityIssue("short_row", "RXX", "", "big.csv, row " + i, "short"));
        findings.add(new QualityIssue("negative_value", "RXX", "", "big.csv, row 9", "negative"));
        assertThat(findings.list()).extracting(QualityIssue::code)
                .containsExactly("short_row", "short_row", "negative_value", "short_row");
        assertThat(findings.list().get(3).message()).startsWith("3 more rows of big.csv have the finding \"short_row\"");
    }
}
