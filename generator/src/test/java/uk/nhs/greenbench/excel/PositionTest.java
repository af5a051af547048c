package uk.nhs.greenbench.excel;

import org.junit.jupiter.api.Test;
import uk.nhs.greenbench.model.Benchmark;
import uk.nhs.greenbench.indicator.Polarity;

import static org.assertj.core.api.Assertions.assertThat;

class PositionTest {
    private static final Benchmark B = new Benchmark(9, 50.0, 40.0, 60.0, 50.0, 5, "peer group", "Acute - Large trusts", 10.0, 90.0);

    @Test
    void lowIsGoodPutsLowValuesInTheBestQuartile() {
        assertThat(Position.of(35.0, B, Polarity.LOW_IS_GOOD)).isEqualTo(Position.BEST);
        assertThat(Position.of(45.0, B, Polarity.LOW_IS_GOOD)).isEqualTo(Position.BETTER);
        assertThat(Position.of(55.0, B, Polarity.LOW_IS_GOOD)).isEqualTo(Position.WORSE);
        assertThat(Position.of(65.0, B, Polarity.LOW_IS_GOOD)).isEqualTo(Position.WORST);
    }

    @Test
    void highIsGoodIsMirroredSoGreenAlwaysMeansBetter() {
        assertThat(Position.of(65.0, B, Polarity.HIGH_IS_GOOD)).isEqualTo(Position.BEST);
        assertThat(Position.of(35.0, B, Polarity.HIGH_IS_GOOD)).isEqualTo(Position.WORST);
    }

    @Test
    void theMedianTrustIsNeitherBetterNorWorse() {
        assertThat(Position.of(50.0, B, Polarity.LOW_IS_GOOD)).isEqualTo(Position.MEDIAN);
        assertThat(Position.of(null, B, Polarity.LOW_IS_GOOD)).isNull();
    }
}
