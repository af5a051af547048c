package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.model.IndicatorInputs;

import org.junit.jupiter.api.Test;
import uk.nhs.greenbench.TestProject;
import uk.nhs.greenbench.ingest.SiteRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.greenbench.Fixtures.indicator;
import static uk.nhs.greenbench.Fixtures.site;

class TrustSumsTest {
    private static IndicatorInputs sum(String indicator, SiteRecord... sites) {
        TrustSums t = new TrustSums(sites[0], TestProject.project().indicators().forYear("2019-20"),
                TestProject.project().factors().forYear("2019-20"));
        for (SiteRecord s : sites) t.add(s);
        return t.inputs(indicator(indicator));
    }

    @Test
    void aSiteMarkedNotApplicableAddsToNeitherNumeratorNorDenominator() {
        IndicatorInputs in = sum("water-intensity",
                site("SYN01", "ACUTE - SMALL", "A", 2, "gia_m2", 1000, "water_m3", 2000),
                site("SYN01", "ACUTE - SMALL", "B", 3, "gia_m2", 3000));
        assertThat(in.numerator()).isEqualTo(2000.0);
        assertThat(in.denominator()).isEqualTo(1000.0);
        assertThat(in.coverage()).isEqualTo(0.25);
        assertThat(in.sourceRows()).isEqualTo("synthetic.csv row 2");
    }

    @Test
    void energySumsEverySupplyButNeverTheChpOutput() {
        IndicatorInputs in = sum("energy-intensity",
                site("SYN01", "ACUTE - SMALL", "A", 2, "gia_m2", 100, "elec_grid_kwh", 1000, "elec_green_tariff_kwh", 500,
                        "gas_kwh", 3000, "chp_electrical_output_kwh", 800, "chp_thermal_output_kwh", 900));
        assertThat(in.numerator()).isEqualTo(4500.0);
    }

    @Test
    void energyCarbonIsLocationBasedForEverySuppliedKwh() {
        IndicatorInputs in = sum("energy-carbon-intensity",
                site("SYN01", "ACUTE - SMALL", "A", 2, "gia_m2", 100, "elec_grid_kwh", 1000, "elec_green_tariff_kwh", 500,
                        "elec_third_party_renewable_kwh", 250, "gas_kwh", 2000));
        // SDU 2019-20: Electricity UK total 0.31598, Gas total 0.20776
        assertThat(in.numerator()).isCloseTo(1750 * 0.31598 + 2000 * 0.20776, within(1e-9));
        assertThat(in.factorsUsed()).containsExactlyInAnyOrder("electricity_grid", "natural_gas");
    }
}
