package uk.nhs.greenbench.capacity;

import org.junit.jupiter.api.Test;
import uk.nhs.greenbench.TestProject;
import uk.nhs.greenbench.model.CapacityAssumptions;
import uk.nhs.greenbench.model.FuelPrices;
import uk.nhs.greenbench.model.SiteCapacity;
import uk.nhs.greenbench.model.SiteCapacity.Verdict;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SiteHeadroomTest {
    private static final CapacityAssumptions A = TestProject.project().capacity();
    private static final SiteHeadroom.FuelFactors F = new SiteHeadroom.FuelFactors(0.2, 0.3, 0.4, 0.25, 2.8);
    private static final SiteHeadroom H = new SiteHeadroom(A, F);
    private static final FuelPrices PRICES = new FuelPrices(0.2, 0.05, 0.08, null);

    private static SiteInputs site(Double demand, Double kva, double gas, double oil) {
        return new SiteInputs("T", "S", "Site", "General acute hospital", 1000.0, demand, kva, gas, oil, 0, 0, 0, "file, row 2");
    }

    @Test
    void fullLoadHoursComeFromTheDegreeDaysAndTheDesignTemperature() {
        assertThat(A.fullLoadHours()).isCloseTo(24 * 2462 / 21.5, within(1e-9));
    }

    @Test
    void aSiteWhoseAddedLoadFitsItsHeadroomCanElectrifyWithinCapacity() {
        // 2,748 h × 2 COP: 5.5 GWh of fuel → 4.62 GWh of heat → 841 kW; headroom 2,000 × 0.95 − 500 = 1,400 kW.
        SiteCapacity s = H.assess(site(500.0, 2000.0, 5_500_000, 0), PRICES);
        assertThat(s.headroomKw()).isCloseTo(1400, within(1e-9));
        assertThat(s.addedLoadKw()).isCloseTo(5_500_000 * 0.84 / A.fullLoadHours() / 2, within(1e-9));
        assertThat(s.verdict()).isEqualTo(Verdict.WITHIN);
        assertThat(s.shortfallKw()).isNull();
        assertThat(s.addedAnnualKwh()).isCloseTo(5_500_000 * 0.84 / 2.8, within(1e-6));
        assertThat(s.carbonOutKg()).isCloseTo(5_500_000 * 0.2, within(1e-6));
        assertThat(s.carbonInKg()).isCloseTo(s.addedAnnualKwh() * 0.25, within(1e-6));
        assertThat(s.costOutGbp()).isCloseTo(5_500_000 * 0.05, within(1e-6));
        assertThat(s.costInGbp()).isCloseTo(s.addedAnnualKwh() * 0.2, within(1e-6));
    }

    @Test
    void aSiteOverItsCapacityAlreadyIsShortOfTheWholeLoadAndTheOverload() {
        SiteCapacity s = H.assess(site(1000.0, 1000.0, 2_000_000, 100_000), PRICES);
        assertThat(s.headroomKw()).isCloseTo(-50, within(1e-9));
        assertThat(s.verdict()).isEqualTo(Verdict.UPGRADE);
        assertThat(s.shortfallKw()).isCloseTo(s.addedLoadKw() + 50, within(1e-9));
        assertThat(s.ratio()).as("no positive headroom to divide by").isNull();
    }

    @Test
    void demandOrCapacityNotReportedIsListedNotGuessedAndASiteWithoutFossilFuelHasNothingToElectrify() {
        assertThat(H.assess(site(null, 1000.0, 10, 0), PRICES).verdict()).isEqualTo(Verdict.NOT_KNOWN);
        assertThat(H.assess(site(100.0, 1000.0, 0, 0), PRICES).verdict()).isEqualTo(Verdict.NO_FOSSIL_HEAT);
        assertThat(SiteInputs.of("T", "S", "n", "t", Map.of("max_demand_kw", 0.0, "available_capacity_kva", 500.0), "r").maxDemandKw())
                .as("a demand of 0 is not a reading").isNull();
    }

    @Test
    void aFuelWithoutATrustPriceLeavesTheSitesPoundsUnputRatherThanZero() {
        SiteCapacity s = H.assess(site(100.0, 1000.0, 0, 50_000), new FuelPrices(0.2, 0.05, null, null));
        assertThat(s.costOutGbp()).isNull();
    }

    @Test
    void aShortfallIsStatedToTwoSignificantFigures() {
        SiteCapacity s = H.assess(site(10_136.0, 10_350.0, 78_580_834, 1_137_230), PRICES);
        assertThat(s.verdictText()).isEqualTo("needs about 12,000 kW more capacity");
    }
}
