package uk.nhs.greenbench.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class QuantilesTest {
    private static final double[] V = {1, 2, 4, 7, 11};

    @Test
    void percentileMatchesExcelPercentileInc() {
        // Excel: =PERCENTILE.INC({1,2,4,7,11},0.25) = 2, 0.5 = 4, 0.75 = 7, 0.1 = 1.4, 0.9 = 9.4
        assertThat(Quantiles.percentileInc(V, 0.25)).isEqualTo(2.0);
        assertThat(Quantiles.percentileInc(V, 0.5)).isEqualTo(4.0);
        assertThat(Quantiles.percentileInc(V, 0.75)).isEqualTo(7.0);
        assertThat(Quantiles.percentileInc(V, 0.1)).isCloseTo(1.4, within(1e-12));
        assertThat(Quantiles.percentileInc(V, 0.9)).isCloseTo(9.4, within(1e-12));
        assertThat(Quantiles.percentileInc(new double[]{1, 2, 3, 4}, 0.5)).isEqualTo(2.5);
    }

    @Test
    void percentRankMatchesExcelPercentRankInc() {
        // Excel: =PERCENTRANK.INC({1,2,4,7,11},4) = 0.5; 5.5 lies halfway between 4 (0.5) and 7 (0.75)
        assertThat(Quantiles.percentRankInc(V, 1)).isEqualTo(0.0);
        assertThat(Quantiles.percentRankInc(V, 4)).isEqualTo(50.0);
        assertThat(Quantiles.percentRankInc(V, 11)).isEqualTo(100.0);
        assertThat(Quantiles.percentRankInc(V, 5.5)).isCloseTo(62.5, within(1e-12));
    }

    @Test
    void robustZFlagsAValueAThousandTimesItsPeers() {
        double[] peers = {100, 110, 95, 105, 98, 102, 100000};
        java.util.Arrays.sort(peers);
        assertThat(Math.abs(Quantiles.robustZ(peers, 100000))).isGreaterThan(3.5);
        assertThat(Math.abs(Quantiles.robustZ(peers, 105))).isLessThan(3.5);
    }

    @Test
    void robustZIsUndefinedWhenHalfThePeersAreIdentical() {
        assertThat(Quantiles.robustZ(new double[]{0, 0, 0, 0, 5}, 5)).isNaN();
    }
}
