package uk.nhs.greenbench.figures;

import org.junit.jupiter.api.Test;
import uk.nhs.greenbench.indicator.Polarity;
import uk.nhs.greenbench.model.Benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SpineScaleTest {
    private static Benchmark group(double min, double q1, double median, double q3, double max) {
        return new Benchmark(16, median, q1, q3, null, 1, "peer group", "test", min, max);
    }

    @Test
    void eachQuarterOfTheGroupHasAQuarterOfTheWidthWithBestOnTheRightWhateverThePolarity() {
        Benchmark b = group(100, 200, 300, 400, 900);
        SpineScale low = SpineScale.of(b, true), high = SpineScale.of(b, false);
        assertThat(low.place(900)).isEqualTo(0);
        assertThat(low.place(400)).isEqualTo(0.25);
        assertThat(low.place(300)).isEqualTo(0.5);
        assertThat(low.place(200)).isEqualTo(0.75);
        assertThat(low.place(100)).isEqualTo(1);
        assertThat(low.place(650)).isCloseTo(0.125, within(1e-12));
        assertThat(high.place(900)).isEqualTo(1);
        assertThat(high.place(100)).isEqualTo(0);
        assertThat(high.place(350)).isCloseTo(0.625, within(1e-12));
    }

    @Test
    void oneExtremePeerNoLongerSquashesAWorstQuartileValueOntoTheMedian() {
        // Oil and coal share: most peers burn none, one burns 80%; a trust at 3.67% is in the worst quarter.
        Benchmark b = group(0, 0, 0, 0.5, 80);
        SpineScale s = SpineScale.of(b, true);
        double p = s.place(3.67);
        assertThat(QuartilePosition.of(3.67, b, Polarity.LOW_IS_GOOD)).isEqualTo(QuartilePosition.WORST);
        assertThat(p).isLessThan(0.25).isGreaterThan(0.2);
        assertThat(s.place(0)).isEqualTo(0.5);
    }

    @Test
    void aDotAlwaysFallsInTheQuarterItsPositionNames() {
        Benchmark b = group(1, 2, 5, 6, 50);
        SpineScale s = SpineScale.of(b, true);
        for (double v = 0.5; v <= 60; v += 0.25) {
            QuartilePosition q = QuartilePosition.of(v, b, Polarity.LOW_IS_GOOD);
            double p = s.place(v);
            switch (q) {
                case BEST -> assertThat(p).as("%s", v).isBetween(0.75, 1.0);
                case BETTER -> assertThat(p).as("%s", v).isBetween(0.5, 0.75);
                case MEDIAN -> assertThat(p).as("%s", v).isEqualTo(0.5);
                case WORSE -> assertThat(p).as("%s", v).isBetween(0.25, 0.5);
                case WORST -> assertThat(p).as("%s", v).isBetween(0.0, 0.25);
            }
        }
    }
}
