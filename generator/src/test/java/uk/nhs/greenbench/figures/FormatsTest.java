package uk.nhs.greenbench.figures;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {
    @Test
    void aNegativeSavingReadsAsACostNeverAsANegativeSaving() {
        assertThat(Formats.gbp(-82_059.4)).isEqualTo("costs £82,059");
        assertThat(Formats.gbpShort(-2_701_050.0)).isEqualTo("costs £2.7 million");
        assertThat(Formats.saving(-84_903.0, 174.3)).isEqualTo("174.3 tCO2e at a cost of £84,903");
        assertThat(Formats.saving(1_000.0, 2.0)).isEqualTo("£1,000 and 2.0 tCO2e");
    }

    @Test
    void aCarbonFigureThatRoundsToZeroPrintsZeroAndAMoneyOnlyMoveSaysSo() {
        assertThat(Formats.tco2e(-0.0004)).isEqualTo("0");
        assertThat(Formats.tco2e(0.04)).isEqualTo("0");
        assertThat(Formats.tco2e(0.05)).isEqualTo("0.1");
        assertThat(Formats.tco2e(9_999.94)).isEqualTo("9,999.9");
        assertThat(Formats.tco2e(2_542_915.5)).isEqualTo("2,542,916");
        assertThat(Formats.saving(37_382.0, -0.001)).startsWith("£37,382 (money, not carbon");
    }
}
