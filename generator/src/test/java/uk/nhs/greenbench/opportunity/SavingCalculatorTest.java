package uk.nhs.greenbench.opportunity;

import uk.nhs.greenbench.model.Flag;
import uk.nhs.greenbench.model.Pricing;
import uk.nhs.greenbench.model.UnitRate;
import uk.nhs.greenbench.pipeline.TrustValue;

import org.junit.jupiter.api.Test;
import uk.nhs.greenbench.model.Saving;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.model.IndicatorInputs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.greenbench.Fixtures.indicator;

class SavingCalculatorTest {
    private static final PeerUnitRates NO_PEERS = new PeerUnitRates(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    private static TrustValue intensity(double num, double den, double cost, double carbon) {
        IndicatorInputs in = new IndicatorInputs(num, den, 1, 1, 1.0, cost, carbon, Map.of("electricity_grid", num),
                IndicatorInputs.Route.NONE, IndicatorInputs.Route.NONE, "", Set.of(), Map.of());
        return new TrustValue(null, in, num / den);
    }

    private static TrustValue shares(double num, double den, IndicatorInputs.Route from, IndicatorInputs.Route to) {
        IndicatorInputs in = new IndicatorInputs(num, den, 1, 1, 1.0, Double.NaN, Double.NaN, Map.of(), from, to, "", Set.of(), Map.of());
        return new TrustValue(null, in, num / den * 100);
    }

    private static Saving save(String id, TrustValue t, double benchmark, PeerUnitRates peers, List<Flag> flags) {
        IndicatorDefinition d = indicator(id);
        return SavingCalculator.pricing(d, t.inputs(), peers, uk.nhs.greenbench.TestProject.project().checks(), false, flags).saving(d.polarity() == uk.nhs.greenbench.indicator.Polarity.LOW_IS_GOOD, d.scaleOrOne(), t.value(), t.inputs().denominator(), benchmark);
    }

    @Test
    void intensityGapIsPricedAtTheTrustsOwnUnitCostAndCarbon() {
        // 500 kWh/m² over 1,000 m²; benchmark 400 → 100,000 kWh; own £0.10 and 0.25 kg per kWh
        List<Flag> flags = new ArrayList<>();
        Saving s = save("energy-intensity", intensity(500_000, 1000, 50_000, 125_000), 400, NO_PEERS, flags);
        assertThat(s.units()).isCloseTo(100_000, within(1e-6));
        assertThat(s.gbp()).isCloseTo(10_000, within(1e-6));
        assertThat(s.tco2e()).isCloseTo(25, within(1e-9));
        assertThat(flags).isEmpty();
    }

    @Test
    void theOwnCarbonRateKeepsTheQuantitiesItWasMadeFromSoASpreadsheetCanRecomputeIt() {
        Pricing p = SavingCalculator.pricing(indicator("energy-intensity"), intensity(500_000, 1000, 50_000, 125_000).inputs(), NO_PEERS, uk.nhs.greenbench.TestProject.project().checks(), false, new ArrayList<>());
        assertThat(p.carbon().basis()).isEqualTo(UnitRate.OWN);
        assertThat(p.carbon().factorQuantities()).containsEntry("electricity_grid", 500_000.0);
        assertThat(p.carbon().quantity()).isEqualTo(500_000.0);
    }

    @Test
    void aTrustBetterThanItsBenchmarkSavesNothing() {
        Saving s = save("energy-intensity", intensity(300_000, 1000, 1, 1), 400, NO_PEERS, new ArrayList<>());
        assertThat(s.units()).isZero();
        assertThat(s.gbp()).isZero();
    }

    @Test
    void withNoCostOfItsOwnTheTrustIsPricedAtThePeerMedianAndFlagged() {
        List<Flag> flags = new ArrayList<>();
        PeerUnitRates peers = new PeerUnitRates(0.2, 0.3, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        Saving s = save("energy-intensity", intensity(500_000, 1000, Double.NaN, 125_000), 400, peers, flags);
        assertThat(s.gbp()).isCloseTo(20_000, within(1e-6));
        assertThat(flags).containsExactly(Flag.of(Flag.Code.UNIT_COST_PEER_MEDIAN));
    }

    @Test
    void aShareIndicatorMovesTonnesBetweenRoutesAtTheDifferenceOfTheRoutes() {
        // 60 t HTI, 40 t AT → 60 %; benchmark 40 % → 20 t move; HTI £500/t, AT £300/t; 1074 vs 569 kg/t
        TrustValue t = shares(60, 100, new IndicatorInputs.Route(60, 30_000, 60 * 1074.0, Map.of("clinical_hti", 60.0)),
                new IndicatorInputs.Route(40, 12_000, 40 * 569.0, Map.of("clinical_alternative_treatment", 40.0)));
        Saving s = save("clinical-incineration-share", t, 40, NO_PEERS, new ArrayList<>());
        assertThat(s.units()).isCloseTo(20, within(1e-9));
        assertThat(s.gbp()).isCloseTo(20 * 200, within(1e-6));
        assertThat(s.tco2e()).isCloseTo(20 * (1074 - 569) / 1000.0, within(1e-9));
    }

    @Test
    void highIsGoodGapsAreMirrored() {
        TrustValue t = shares(20, 100, new IndicatorInputs.Route(80, 8000, 80 * 500.0, Map.of()),
                new IndicatorInputs.Route(20, 1000, 20 * 21.0, Map.of()));
        Saving s = save("recycling-share", t, 35, NO_PEERS, new ArrayList<>());
        assertThat(s.units()).isCloseTo(15, within(1e-9));
        assertThat(s.gbp()).isCloseTo(15 * (100 - 50), within(1e-9));
    }

    @Test
    void anUnpricedIndicatorGivesUnitsOnly() {
        List<Flag> flags = new ArrayList<>();
        Saving s = save("renewable-electricity-share", shares(10, 100, IndicatorInputs.Route.NONE, IndicatorInputs.Route.NONE), 30, NO_PEERS, flags);
        assertThat(s.units()).isCloseTo(20, within(1e-9));
        assertThat(s.gbp()).isNull();
        assertThat(flags).contains(Flag.of(Flag.Code.NOT_PRICED));
    }
}
