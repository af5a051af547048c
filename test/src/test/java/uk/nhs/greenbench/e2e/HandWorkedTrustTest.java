package uk.nhs.greenbench.e2e;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.greenbench.e2e.Packs.figure;
import static uk.nhs.greenbench.e2e.Packs.num;

/**
 * Isle of Wight NHS Trust (R1F), ERIC 2019/20, worked by hand from its two raw site rows
 * (data/eric/2019-20/ERIC_201920_SiteData_for_R.csv lines 37 and 38, values copied as published):
 * <pre>
 *                         R1F01 (line 37)   R1FORS (line 38)
 * Gross internal floor area   61,917            4,938
 * Electricity consumed     6,798,310          234,031
 *   - green energy tariff    797,441           94,723
 *   - third party renewable        0                0
 * Gas consumed            13,584,202          751,763
 * Oil consumed               569,790                0
 * Coal, steam, hot water, non-fossil: 0 at both sites
 * Water volume                62,737            2,165
 * Water and sewerage cost    202,170            9,557
 * Energy costs: electricity 1,048,018 + 43,259; gas 522,146 + 29,163; oil 29,909; green tariff 122,932 + 17,736;
 *               other energy 104,060
 * Incineration (clinical)      271.9            57.13 t; alternative treatment 0 at both sites
 * </pre>
 * Factors: SDU table, column 2019-20 (Electricity UK total 0.31598, Gas total 0.20776, Fuel oil total 0.31858,
 * Mains water total 0.344 + Drains waste water total 0.708 per m³).
 */
class HandWorkedTrustTest {
    private static final String YEAR = "2019-20";
    private static final double GIA = 61_917 + 4_938;
    private static final double ELEC = 6_798_310 + 797_441 + 234_031 + 94_723;
    private static final double GAS = 13_584_202 + 751_763;
    private static final double OIL = 569_790;
    private static final double ENERGY_COST = 1_048_018 + 43_259 + 522_146 + 29_163 + 29_909 + 122_932 + 17_736 + 104_060;

    @Test
    void energyIntensityIsAllDeliveredEnergyOverFloorArea() throws Exception {
        CSVRecord r = figure(YEAR, "trust", "R1F", "energy-intensity");
        assertThat(num(r, "numerator")).isEqualTo(ELEC + GAS + OIL);
        assertThat(num(r, "denominator")).isEqualTo(GIA);
        assertThat(num(r, "value")).isCloseTo((ELEC + GAS + OIL) / GIA, within(1e-9));
        assertThat(num(r, "unit_cost_gbp")).isCloseTo(ENERGY_COST / (ELEC + GAS + OIL), within(1e-12));
        assertThat(r.get("source_rows")).isEqualTo("ERIC_201920_SiteData_for_R.csv rows 37-38");
        assertThat(r.get("factor_year")).isEqualTo("SDU 2019-20");
    }

    @Test
    void energyCarbonCountsGreenTariffElectricityAtTheGridFactor() throws Exception {
        CSVRecord r = figure(YEAR, "trust", "R1F", "energy-carbon-intensity");
        double kg = ELEC * 0.31598 + GAS * 0.20776 + OIL * 0.31858;
        assertThat(num(r, "numerator")).isCloseTo(kg, within(1e-6));
        assertThat(num(r, "value")).isCloseTo(kg / GIA, within(1e-9));
    }

    @Test
    void waterIntensityAndItsSavingAgainstThePeerMedian() throws Exception {
        CSVRecord r = figure(YEAR, "trust", "R1F", "water-intensity");
        double water = 62_737 + 2_165, cost = 202_170 + 9_557;
        double value = water / GIA;
        assertThat(num(r, "value")).isCloseTo(value, within(1e-12));
        double median = num(r, "peer_median");
        double units = Math.max(0, (value - median) * GIA);
        assertThat(num(r, "saving_typical_units")).isCloseTo(units, within(1e-6));
        assertThat(num(r, "saving_typical_gbp")).isCloseTo(units * cost / water, within(1e-6));
        assertThat(num(r, "saving_typical_tco2e")).isCloseTo(units * (0.344 + 0.708) / 1000, within(1e-9));
    }

    @Test
    void anAcuteMultiServiceTrustIsBenchmarkedNationallyBecauseItHasFewerThanFivePeers() throws Exception {
        CSVRecord r = figure(YEAR, "trust", "R1F", "water-intensity");
        assertThat(r.get("peer_group")).isEqualTo("Acute - Multi-Service");
        assertThat(r.get("peer_basis")).startsWith("national");
        assertThat(r.get("quality_flags")).contains("peer_fallback_national(Acute - Multi-Service trusts)");
        assertThat(Integer.parseInt(r.get("peer_n"))).isGreaterThan(200);
    }

    @Test
    void fossilHeatingShareIsOilOverAllThermalFuel() throws Exception {
        CSVRecord r = figure(YEAR, "trust", "R1F", "fossil-heating-share");
        assertThat(num(r, "value")).isCloseTo(OIL / (GAS + OIL) * 100, within(1e-9));
    }

    @Test
    void allClinicalWasteIncineratedIsAHundredPercentAndPricedAtPeerAlternativeTreatmentCost() throws Exception {
        CSVRecord r = figure(YEAR, "trust", "R1F", "clinical-incineration-share");
        assertThat(num(r, "numerator")).isCloseTo(271.9 + 57.13, within(1e-9));
        assertThat(num(r, "value")).isEqualTo(100.0);
        double moved = (100 - num(r, "peer_median")) / 100 * (271.9 + 57.13);
        assertThat(num(r, "saving_typical_units")).isCloseTo(moved, within(1e-9));
        assertThat(num(r, "saving_typical_tco2e")).isCloseTo(moved * (1074 - 569) / 1000.0, within(1e-9));
        assertThat(r.get("quality_flags")).contains("route_cost_peer_median");
    }

    @Test
    void theTrustRollsUpIntoItsIcsAndRegion() throws Exception {
        CSVRecord r = figure(YEAR, "trust", "R1F", "water-intensity");
        assertThat(r.get("ics_code")).isEqualTo("QRL");
        assertThat(r.get("region_code")).isEqualTo("Y59");
        CSVRecord ics = figure(YEAR, "ics", "QRL", "water-intensity");
        assertThat(Integer.parseInt(ics.get("members"))).isGreaterThan(1);
    }
}
