package uk.nhs.greenbench.trend;

import uk.nhs.greenbench.model.Flag;
import org.junit.jupiter.api.Test;
import uk.nhs.greenbench.factor.Factor;
import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.indicator.Expression;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.Polarity;
import uk.nhs.greenbench.model.Benchmark;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.Level;
import uk.nhs.greenbench.model.NetZeroCheck;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.model.Pricing;
import uk.nhs.greenbench.model.Saving;
import uk.nhs.greenbench.model.TrendRow;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * One trust's carbon across three years, worked by hand: the baseline, the change, the split of the carbon change into
 * what the factors did and what the trust did, the Net Zero check, and where a collection change restarts the trend.
 */
class TrendStagesTest {
    private static final OrgRef TRUST = new OrgRef(Level.TRUST, "RXX", "Trust RXX", "Acute - Medium", "QXX", "Y99");

    private static IndicatorDefinition carbon(List<IndicatorDefinition.Break> breaks) {
        return new IndicatorDefinition("energy-carbon", "Energy carbon", "carbon", "", "", "", new Expression(List.of()),
                new Expression(List.of()), "kgCO2e/m²", null, Polarity.LOW_IS_GOOD, null, null, null, "kgCO2e", 1, List.of(), true, true,
                breaks, true, null, null, null, null, null, null, null);
    }

    /** A year in which the trust used {@code kwh} of grid electricity at {@code factor} kg/kWh over 1,000 m². */
    private static Figures year(String year, double kwh, double factor) {
        double carbonKg = kwh * factor;
        FigureRow row = new FigureRow(year, TRUST, "energy-carbon", "carbon", "kgCO2e/m²", "low_is_good", "kgCO2e", carbonKg, 1000.0,
                carbonKg / 1000, Benchmark.NONE, Saving.NONE, Saving.NONE, "", List.of(), 1, null, Pricing.NONE, "",
                Map.of("electricity_grid", kwh));
        FactorSet factors = new FactorSet(year, "test " + year, Map.of("electricity_grid",
                new Factor("electricity_grid", "grid", factor, "kgCO2e/kWh", year, "test", "")), List.of());
        return new Figures(year, factors, List.of(row), List.of(), List.of(), List.of());
    }

    private static TrendRow trend(IndicatorDefinition d, String latest, Figures... years) {
        return new TrendCalculator(List.of(d), uk.nhs.greenbench.TestProject.project().checks()).compute(latest, List.of(years)).get(0);
    }

    @Test
    void theCarbonChangeSplitsExactlyIntoTheFactorsShareAndTheTrustsOwn() {
        // 1,000,000 kWh at 0.5 kg, then 800,000 kWh at 0.2 kg: 500 t to 160 t.
        TrendRow t = trend(carbon(List.of()), "2023-24", year("2019-20", 1_000_000, 0.5), year("2023-24", 800_000, 0.2));
        assertThat(t.baselineYear()).isEqualTo("2019-20");
        assertThat(t.change()).isCloseTo(160 - 500, within(1e-9));
        assertThat(t.changePct()).isCloseTo(-68.0, within(1e-9));
        // Factors alone: 1,000,000 × (0.2 − 0.5) = −300,000 kg; the trust's use: (800,000 − 1,000,000) × 0.2 = −40,000 kg.
        assertThat(t.split().fromFactorsKg()).isCloseTo(-300_000, within(1e-6));
        assertThat(t.split().fromConsumptionKg()).isCloseTo(-40_000, within(1e-6));
        assertThat(t.split().fromFactorsKg() + t.split().fromConsumptionKg()).isCloseTo(t.split().changeKg(), within(1e-6));
    }

    @Test
    void theNetZeroPathRunsFromTheBaselineToAFifthIn2030AndZeroIn2040() {
        TrendRow t = trend(carbon(List.of()), "2023-24", year("2019-20", 1_000_000, 0.5), year("2023-24", 800_000, 0.2));
        NetZeroCheck n = t.netZero();
        assertThat(n.baselineT()).isCloseTo(500, within(1e-9));
        // 2019 → 2030 falls by 80% in 11 steps: in 2023, 500 − 400 × 4/11.
        assertThat(n.pathT()).isCloseTo(500 - 400 * 4 / 11.0, within(1e-9));
        assertThat(n.pathIn(2030)).isCloseTo(100, within(1e-9));
        assertThat(n.pathIn(2035)).isCloseTo(50, within(1e-9));
        assertThat(n.pathIn(2040)).isZero();
        assertThat(n.onTrack()).isTrue();
        assertThat(n.achievedAnnualPct()).isCloseTo((1 - Math.pow(160 / 500.0, 1 / 4.0)) * 100, within(1e-9));
        // 160 t is above the 2030 target of 100 t: it needs (1 − (100/160)^(1/7)) a year from 2023.
        assertThat(n.requiredAnnualPct()).isCloseTo((1 - Math.pow(100 / 160.0, 1 / 7.0)) * 100, within(1e-9));
    }

    @Test
    void aCollectionChangeRestartsTheTrendAndEarlierYearsAreListedButNotCompared() {
        IndicatorDefinition d = carbon(List.of(new IndicatorDefinition.Break("2019-20", "waste by route from 2019/20")));
        TrendRow t = trend(d, "2023-24", year("2016-17", 2_000_000, 0.4), year("2019-20", 1_000_000, 0.5), year("2023-24", 800_000, 0.2));
        assertThat(t.baselineYear()).isEqualTo("2019-20");
        assertThat(t.comparableFrom()).isEqualTo("2019-20");
        assertThat(t.comparabilityNote()).contains("waste by route");
        assertThat(t.years()).extracting(y -> y.year() + ":" + y.comparable())
                .containsExactly("2016-17:false", "2019-20:true", "2023-24:true");
    }

    @Test
    void oneComparableYearGivesNoChange() {
        TrendRow t = trend(carbon(List.of()), "2023-24", year("2023-24", 800_000, 0.2));
        assertThat(t.flags()).contains(Flag.of(Flag.Code.SINGLE_YEAR));
        assertThat(t.change()).isNull();
        assertThat(t.split()).isNull();
        assertThat(t.netZero()).isNull();
    }

    @Test
    void yearsAfterThePacksYearAreLeftOut() {
        TrendRow t = trend(carbon(List.of()), "2019-20", year("2019-20", 1_000_000, 0.5), year("2023-24", 800_000, 0.2));
        assertThat(t.latestYear()).isEqualTo("2019-20");
        assertThat(t.years()).extracting(y -> y.year()).containsExactly("2019-20");
    }
}
