package uk.nhs.greenbench.trend;

import uk.nhs.greenbench.model.Flag;
import uk.nhs.greenbench.model.Level;

import uk.nhs.greenbench.model.TrendRow;

import org.junit.jupiter.api.Test;
import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.model.Benchmark;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.model.Saving;
import uk.nhs.greenbench.indicator.Expression;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.Polarity;
import uk.nhs.greenbench.model.Pricing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * An ICS whose membership changes: trust B merges away after the first year and trust C reports only in the
 * second. The area's own change mixes that in; the like-for-like change is trust A's alone.
 */
class TrendCalculatorTest {
    private static final IndicatorDefinition WATER = new IndicatorDefinition("water-intensity", "Water use per floor area", "water", "",
            "", "", new Expression(List.of()), new Expression(List.of()), "m³/m²", null, Polarity.LOW_IS_GOOD, null, null, null,
            "m3", 1, List.of(), true, true, List.of(), false, null, null, null, null, null, null, null);

    private static OrgRef trust(String code) {
        return new OrgRef(Level.TRUST, code, "Trust " + code, "Acute - Medium", "QXX", "Y99");
    }

    private static FigureRow row(String year, OrgRef org, double num, double den, int members) {
        return new FigureRow(year, org, WATER.id(), "water", "m³/m²", "low_is_good", "m3", num, den, num / den, Benchmark.NONE,
                Saving.NONE, Saving.NONE, "", List.of(), members, null, Pricing.NONE, "", Map.of());
    }

    private static Figures year(String year, List<FigureRow> trusts) {
        List<FigureRow> rows = new ArrayList<>(trusts);
        double num = trusts.stream().mapToDouble(FigureRow::numerator).sum(), den = trusts.stream().mapToDouble(FigureRow::denominator).sum();
        rows.add(row(year, new OrgRef(Level.ICS, "QXX", "Test ICS", "", "QXX", "Y99"), num, den, trusts.size()));
        return new Figures(year, new FactorSet(year, year, Map.of(), List.of()), rows, List.of(), List.of(), List.of());
    }

    @Test
    void anAreasLikeForLikeChangeCountsOnlyTrustsWithAValueInBothYears() {
        Figures first = year("2019-20", List.of(row("2019-20", trust("A"), 100, 100, 1), row("2019-20", trust("B"), 300, 100, 1)));
        Figures second = year("2023-24", List.of(row("2023-24", trust("A"), 90, 100, 1), row("2023-24", trust("C"), 10, 100, 1)));

        List<TrendRow> trends = new TrendCalculator(List.of(WATER), uk.nhs.greenbench.TestProject.project().checks()).compute("2023-24", List.of(first, second));

        TrendRow ics = trends.stream().filter(t -> t.org().level().equals(Level.ICS)).findFirst().orElseThrow();
        // The area: 400/200 = 2.0 to 100/200 = 0.5, a 75% fall that is mostly B leaving.
        assertThat(ics.changePct()).isCloseTo(-75.0, within(1e-9));
        assertThat(ics.flags()).contains(Flag.of(Flag.Code.MEMBERS_CHANGED, "2 to 2, 1 in both")).doesNotContain(Flag.of(Flag.Code.SINGLE_YEAR));
        // Like for like: trust A alone, 1.0 to 0.9.
        assertThat(ics.likeForLike().trusts()).isEqualTo(1);
        assertThat(ics.likeForLike().baselineValue()).isCloseTo(1.0, within(1e-12));
        assertThat(ics.likeForLike().latestValue()).isCloseTo(0.9, within(1e-12));
        assertThat(ics.likeForLike().changePct()).isCloseTo(-10.0, within(1e-9));
        assertThat(trends.stream().filter(t -> t.org().level().equals(Level.TRUST))).allSatisfy(t -> assertThat(t.likeForLike()).isNull());
    }
}
