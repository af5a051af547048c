package uk.nhs.greenbench.pipeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceRowsTest {
    @Test
    void consecutiveRowsAreWrittenAsRangesPerFile() {
        SourceRows rows = new SourceRows();
        for (int r : new int[]{12, 13, 14, 15, 873}) rows.add("ERIC_Site.csv, row " + r);
        rows.add("trust.csv, row 4");
        assertThat(rows).hasToString("ERIC_Site.csv rows 12-15,873; trust.csv row 4");
    }

    @Test
    void rowsArrivingOutOfOrderAreSortedAndMerged() {
        SourceRows rows = new SourceRows();
        for (int r : new int[]{20, 21, 5, 6, 22, 7}) rows.add("f.csv, row " + r);
        assertThat(rows).hasToString("f.csv rows 5-7,20-22");
    }

    @Test
    void pastTheRangeLimitFurtherRowsAreCountedNotListed() {
        SourceRows rows = new SourceRows();
        for (int i = 0; i < SourceRows.MAX_RANGES + 3; i++) rows.add("f.csv, row " + (2 + 2 * i));
        assertThat(rows.toString()).startsWith("f.csv rows 2,4,6,")
                .endsWith("," + (2 * SourceRows.MAX_RANGES) + " and 3 further rows not listed");
    }
}
