package uk.nhs.greenbench.capacity;

import org.junit.jupiter.api.Test;
import uk.nhs.greenbench.model.FuelPrices;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FuelPriceChecksTest {
    /** The band the bundled checks set: a fifth to five times the median. */
    private static boolean plausible(double own, double median) {
        return own / median >= 0.2 && own / median <= 5;
    }

    @Test
    void anOwnPriceFarOutsideTheBandIsNamedBesideTheMedianOfAllTrustsAndKept() {
        Map<String, FuelPrices> own = Map.of(
                "A", new FuelPrices(0.25, 0.05, 0.08, null),
                "B", new FuelPrices(0.27, 0.06, 0.09, null),
                "C", new FuelPrices(0.26, 0.05, 14.0, null));
        Map<String, FuelPrices> checked = FuelPriceChecks.of(own, FuelPriceChecksTest::plausible);
        assertThat(checked.get("C").oilGbpPerKwh()).as("the booked cost's price, kept").isEqualTo(14.0);
        assertThat(checked.get("C").electricityGbpPerKwh()).isEqualTo(0.26);
        assertThat(checked.get("C").implausible()).containsExactly("oil: own £14.0000/kWh, median of all trusts £0.0900/kWh");
        assertThat(checked.get("A")).isEqualTo(own.get("A"));
        assertThat(checked.get("A").implausible()).isEmpty();
    }

    @Test
    void aFuelNoTrustPricedStaysUnpriced() {
        Map<String, FuelPrices> checked = FuelPriceChecks.of(Map.of("A", new FuelPrices(0.25, null, null, null)), FuelPriceChecksTest::plausible);
        assertThat(checked.get("A").gasGbpPerKwh()).isNull();
        assertThat(checked.get("A").implausible()).isEmpty();
    }
}
