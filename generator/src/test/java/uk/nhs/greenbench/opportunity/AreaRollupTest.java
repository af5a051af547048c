package uk.nhs.greenbench.opportunity;

import uk.nhs.greenbench.model.Flag;
import org.junit.jupiter.api.Test;
import uk.nhs.greenbench.model.Benchmark;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.Level;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.model.Pricing;
import uk.nhs.greenbench.model.Saving;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** An area's figure from its member trusts, worked by hand. */
class AreaRollupTest {
    private static final OrgRef ICS = new OrgRef(Level.ICS, "QXX", "Test ICS", "", "QXX", "Y99");

    private static FigureRow trust(String code, Double num, Double den, Saving typical, Flag... flags) {
        OrgRef org = new OrgRef(Level.TRUST, code, "Trust " + code, "Acute - Medium", "QXX", "Y99");
        Double value = num == null ? null : num / den;
        return new FigureRow("2023-24", org, "water-intensity", "water", "m³/m²", "low_is_good", "m3", num, den, value, Benchmark.NONE,
                typical, Saving.NONE, "", List.of(flags), value == null ? 0 : 1, null, Pricing.NONE, "", Map.of("water", num == null ? 0 : num));
    }

    @Test
    void theAreaValueIsTheRatioOfItsUsableMembersSumsAndItsSavingsTheirTotal() {
        List<FigureRow> members = List.of(
                trust("A", 200.0, 100.0, new Saving(50.0, 100.0, 0.5)),
                trust("B", 600.0, 200.0, new Saving(0.0, -40.0, 0.2)),          // a move that costs money adds its cost
                trust("C", 90_000.0, 100.0, Saving.NONE, Flag.of(Flag.Code.UNIT_ERROR_LIKELY, "robust z 40.0")),
                trust("D", null, null, Saving.NONE, Flag.of(Flag.Code.NO_DATA)));
        FigureRow area = AreaRollup.area(ICS, members, 1);
        // (200 + 600) / (100 + 200): C is left out as a likely unit error, D has no value.
        assertThat(area.value()).isCloseTo(800 / 300.0, within(1e-12));
        assertThat(area.members()).isEqualTo(2);
        assertThat(area.numeratorFactors()).containsEntry("water", 800.0);
        assertThat(area.typical().gbp()).isCloseTo(60.0, within(1e-12));
        assertThat(area.typical().tco2e()).isCloseTo(0.7, within(1e-12));
        assertThat(area.typical().units()).isCloseTo(50.0, within(1e-12));
        assertThat(area.flags()).contains(Flag.of(Flag.Code.MEMBERS_WITHOUT_VALUE, "1 of 4"), Flag.of(Flag.Code.MEMBERS_UNIT_ERROR_LIKELY, "1 left out"));
        assertThat(area.benchmark()).isEqualTo(Benchmark.NONE);
    }

    @Test
    void anAreaWithNoUsableMemberHasNoValueAndNoSaving() {
        FigureRow area = AreaRollup.area(ICS, List.of(trust("D", null, null, Saving.NONE, Flag.of(Flag.Code.NO_DATA))), 1);
        assertThat(area.value()).isNull();
        assertThat(area.members()).isZero();
        assertThat(area.typical().gbp()).isNull();
    }
}
