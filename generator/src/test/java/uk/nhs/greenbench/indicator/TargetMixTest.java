package uk.nhs.greenbench.indicator;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The 20/20/60 mix worked by hand: what must move down the streams, and where each stream ends up. */
class TargetMixTest {
    private static final IndicatorDefinition.TargetMix MIX = new IndicatorDefinition.TargetMix("20/20/60", List.of(
            new IndicatorDefinition.TargetMix.Stream("incineration", 20.0, null, null, null),
            new IndicatorDefinition.TargetMix.Stream("alternative treatment", 20.0, null, null, null),
            new IndicatorDefinition.TargetMix.Stream("offensive", 60.0, null, null, null)));

    @Test
    void tooMuchInBothInfectiousStreamsMovesTheLargerExcessToOffensive() {
        double[] q = {30, 50, 20};
        // Incineration 10 over its 20; the two together 40 over their 40: 40 tonnes move, 10 of them from incineration.
        assertThat(MIX.toMove(q)).isCloseTo(40, within(1e-12));
        assertThat(MIX.reached(q)).containsExactly(new double[]{20, 20, 60}, within(1e-12));
    }

    @Test
    void tooMuchIncinerationWithLittleAlternativeTreatmentMovesIncinerationDownOnly() {
        double[] q = {50, 0, 50};
        // Incineration 30 over 20; the two together 10 over 40: 30 tonnes move, 20 to alternative treatment, 10 to offensive.
        assertThat(MIX.toMove(q)).isCloseTo(30, within(1e-12));
        assertThat(MIX.reached(q)).containsExactly(new double[]{20, 20, 60}, within(1e-12));
    }

    @Test
    void moreOffensiveThanTheMixAsksForIsBeyondItNotAwayFromIt() {
        double[] q = {10, 5, 85};
        assertThat(MIX.toMove(q)).isZero();
        assertThat(MIX.reached(q)).containsExactly(new double[]{10, 5, 85}, within(1e-12));
    }

    @Test
    void littleIncinerationButTooMuchAlternativeTreatmentMovesOnlyAlternativeTreatment() {
        double[] q = {5, 55, 40};
        assertThat(MIX.toMove(q)).isCloseTo(20, within(1e-12));
        assertThat(MIX.reached(q)).containsExactly(new double[]{5, 35, 60}, within(1e-12));
    }

    @Test
    void theMixIsDescribedInItsOwnShares() {
        assertThat(MIX.describe()).isEqualTo("20% incineration, 20% alternative treatment, 60% offensive");
    }
}
