package uk.nhs.greenbench.capacity;

import org.junit.jupiter.api.Test;
import uk.nhs.greenbench.TestProject;
import uk.nhs.greenbench.model.CapacityAssumptions;
import uk.nhs.greenbench.model.CapacitySummary;
import uk.nhs.greenbench.model.CarbonPath;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.Level;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.model.Saving;
import uk.nhs.greenbench.model.SiteCapacity.Verdict;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CarbonPathsTest {
    private static final OrgRef ORG = new OrgRef(Level.TRUST, "T", "Trust", "Acute", "I", "R");
    // 1 GWh of grid electricity at 0.25 and 2 GWh of gas at 0.2: 250 t + 400 t, and 50 t of water and waste.
    private static final Map<String, Double> FACTORS = Map.of("electricity_grid", 0.25, "natural_gas", 0.2, "water_supply", 1.0, "heat_pump_scop", 2.8);
    private static final FigureRow ESTATES = new FigureRow("2023-24", ORG, "estates-carbon-intensity", "carbon", "kgCO2e/m²", "low_is_good",
            "kgCO2e", 700_000.0, 1000.0, 700.0, null, Saving.NONE, Saving.NONE, "2023", List.of(), 1, 1.0, null, "",
            Map.of("electricity_grid", 1_000_000.0, "natural_gas", 2_000_000.0, "water_supply", 50_000.0));

    private static CapacitySummary headroom(double withinKwh, double upgradeKwh) {
        return new CapacitySummary(ORG, 1, List.of(new CapacitySummary.VerdictCount(Verdict.WITHIN, 1, 10, withinKwh),
                new CapacitySummary.VerdictCount(Verdict.UPGRADE, 1, 10, upgradeKwh)), withinKwh + upgradeKwh, 0, 0, 0, 0, 0, 0, null, null, 0);
    }

    @Test
    void everyScenarioStartsAtTheEstatesCarbonAndTheGridScenarioFollowsTheTrajectory() {
        CapacityAssumptions a = TestProject.project().capacity();
        CarbonPath p = new CarbonPaths(a, FACTORS).path(ESTATES, 2023, headroom(2_000_000, 0), null, 0);
        CarbonPath.Point start = p.in(2023), y2030 = p.in(2030);
        assertThat(start.gridOnlyT()).isCloseTo(700, within(1e-9));
        assertThat(start.electrifiedT()).isCloseTo(700, within(1e-9));
        assertThat(y2030.gridOnlyT()).isCloseTo(250 * 50 / 171.0 + 400 + 50, within(1e-9));
        // All the gas is at a site within capacity: electrified in equal steps to 2030, so all of it by then.
        assertThat(y2030.electrifiedShare()).isCloseTo(1, within(1e-12));
        double added = 2_000_000 * 0.84 / 2.8 * 0.25 * 50 / 171.0 / 1000;
        assertThat(y2030.electrifiedT()).isCloseTo(250 * 50 / 171.0 + added + 50, within(1e-9));
        assertThat(p.in(2026).electrifiedShare()).isCloseTo(3 / 7.0, within(1e-12));
        assertThat(p.points()).hasSize(18);
    }

    @Test
    void sitesThatNeedMoreCapacityElectrifyOnlyFromTheUpgradeYear() {
        CarbonPath p = new CarbonPaths(TestProject.project().capacity(), FACTORS).path(ESTATES, 2023, headroom(0, 2_000_000), null, 0);
        assertThat(p.in(2034).electrifiedShare()).isZero();
        assertThat(p.in(2035).electrifiedShare()).isEqualTo(1);
    }

    @Test
    void savingsScaleWhatElectrifyingLeavesSoNoTonneIsCountedTwice() {
        CarbonPath p = new CarbonPaths(TestProject.project().capacity(), FACTORS).path(ESTATES, 2023, headroom(2_000_000, 0), null, 70);
        assertThat(p.savingsShare()).isCloseTo(0.1, within(1e-12));
        for (CarbonPath.Point pt : p.points()) {
            double phase = Math.min(1, (pt.year() - 2023) / 7.0);
            assertThat(pt.withSavingsT()).isCloseTo(pt.electrifiedT() * (1 - 0.1 * phase), within(1e-9));
        }
    }

    @Test
    void demandGrowthCompoundsFromTheDataYear() {
        CapacityAssumptions grown = TestProject.project().capacity().with(CapacityAssumptions.DEMAND_GROWTH, 2);
        CarbonPath p = new CarbonPaths(grown, FACTORS).path(ESTATES, 2023, null, null, 0);
        assertThat(p.in(2033).withGrowthT()).isCloseTo(p.in(2033).gridOnlyT() * Math.pow(1.02, 10), within(1e-9));
        assertThat(p.growthPct()).isEqualTo(2);
    }

    @Test
    void theGridIntensityIsAStraightLineBetweenItsPointsAndHeldAfterTheLast() {
        CapacityAssumptions.Grid g = TestProject.project().capacity().grid();
        assertThat(g.intensity(2023)).isEqualTo(171);
        assertThat(g.intensity(2027)).isCloseTo(171 - 121 * 4 / 7.0, within(1e-9));
        assertThat(g.intensity(2040)).isEqualTo(50);
        assertThat(g.intensity(2019)).as("before the first point, the first").isEqualTo(171);
    }
}
