package uk.nhs.greenbench.benchmark;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every benchmark rests on {@link Quantiles#percentileInc}: it must be R's type 7 (Excel's PERCENTILE.INC) for any
 * values and any probability, as Apache Commons Math's independent implementation computes it.
 */
class QuantilesPropertyTest {
    @Property(tries = 2000)
    void percentileIncIsTheR7EstimateCommonsMathComputes(
            @ForAll @Size(min = 1, max = 80) List<@DoubleRange(min = -1e7, max = 1e7) Double> values,
            @ForAll @DoubleRange(min = 0, minIncluded = false, max = 1) double p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double expected = new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(sorted, p * 100);
        double scale = Math.max(1, Math.max(Math.abs(sorted[0]), Math.abs(sorted[sorted.length - 1])));
        assertThat(Quantiles.percentileInc(sorted, p)).isCloseTo(expected, within(1e-9 * scale));
    }

    @Property(tries = 500)
    void theMedianOfAnyValuesLiesBetweenTheQuartiles(@ForAll @Size(min = 1, max = 80) List<@DoubleRange(min = -1e6, max = 1e6) Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double q1 = Quantiles.percentileInc(sorted, 0.25), median = Quantiles.percentileInc(sorted, 0.5), q3 = Quantiles.percentileInc(sorted, 0.75);
        assertThat(q1).isLessThanOrEqualTo(median);
        assertThat(median).isLessThanOrEqualTo(q3);
        assertThat(q1).isGreaterThanOrEqualTo(sorted[0]);
        assertThat(q3).isLessThanOrEqualTo(sorted[sorted.length - 1]);
    }
}
