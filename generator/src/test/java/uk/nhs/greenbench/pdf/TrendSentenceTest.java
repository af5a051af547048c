package uk.nhs.greenbench.pdf;

import org.junit.jupiter.api.Test;
import uk.nhs.greenbench.model.CarbonSplit;

import static org.assertj.core.api.Assertions.assertThat;

class TrendSentenceTest {
    @Test
    void newFactorsThatAddedCarbonAreNotCalledACleanerGrid() {
        // 2013/14 to 2014/15: the SDU's grid factor rose from 0.560 to 0.619 kgCO2e/kWh.
        assertThat(TrendSentence.factorsCause(new CarbonSplit("2013-14", "2014-15", 9_103_000, 1_895_300, 7_207_700)))
                .isEqualTo("(mostly a higher electricity grid factor)");
        assertThat(TrendSentence.factorsCause(new CarbonSplit("2013-14", "2023-24", -1_192_903_000, -964_793_000, -228_110_000)))
                .isEqualTo("(mostly the cleaner electricity grid)");
    }
}
