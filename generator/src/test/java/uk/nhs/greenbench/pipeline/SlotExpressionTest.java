package uk.nhs.greenbench.pipeline;

import org.junit.jupiter.api.Test;
import uk.nhs.greenbench.factor.Factor;
import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.indicator.Expression;
import uk.nhs.greenbench.indicator.Term;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlotExpressionTest {
    private static final List<String> MEASURES = List.of("gas_kwh", "oil_kwh", "elec_grid_kwh", "water_m3", "gia_m2");
    private static final FactorSet FACTORS = new FactorSet("2023-24", "test", Map.of(
            "natural_gas", factor("natural_gas", 0.18293), "fuel_oil", factor("fuel_oil", 0.24677),
            "electricity_grid", factor("electricity_grid", 0.207074)), List.of());

    private static Factor factor(String id, double value) {
        return new Factor(id, id, value, "kgCO2e/kWh", "2023", "test", "");
    }

    @Test
    void sumsUsedFactorsAndFactorQuantitiesAreThoseOfTheExpressionOnItsMap() {
        Random random = new Random(20261203);
        List<String> factorIds = List.of("natural_gas", "fuel_oil", "electricity_grid");
        for (int trial = 0; trial < 20_000; trial++) {
            List<Term> terms = new ArrayList<>();
            for (int t = 0, n = 1 + random.nextInt(4); t < n; t++) {
                terms.add(new Term(MEASURES.get(random.nextInt(MEASURES.size())),
                        random.nextBoolean() ? factorIds.get(random.nextInt(factorIds.size())) : null,
                        random.nextInt(3) == 0 ? random.nextDouble() * 3 : null));
            }
            Expression e = new Expression(terms);
            MeasureSlots slots = new MeasureSlots(MEASURES);
            List<String> ids = new ArrayList<>();
            SlotExpression compiled = SlotExpression.of(e, slots::slotOf, ids, FACTORS);

            Map<String, Double> quantitiesByMap = new HashMap<>();
            Set<String> usedByMap = new TreeSet<>();
            FactorQuantities quantities = new FactorQuantities(ids.size());
            boolean[] used = new boolean[ids.size()];
            for (int row = 0; row < 5; row++) {
                Map<String, Double> measures = new HashMap<>();
                for (String m : MEASURES) if (random.nextInt(3) > 0) measures.put(m, (random.nextDouble() - 0.2) * Math.pow(10, random.nextInt(9)));
                double[] values = slots.values(measures);

                OptionalDouble expected = e.evaluate(measures, FACTORS, usedByMap);
                double sum = compiled.sum(values, used);
                assertThat(compiled.anyPresent(values)).isEqualTo(expected.isPresent());
                if (expected.isPresent()) {
                    assertThat(Double.doubleToRawLongBits(sum)).as(e.describe() + " on " + measures).isEqualTo(Double.doubleToRawLongBits(expected.getAsDouble()));
                    for (Term t : terms) {
                        if (t.hasFactor() && measures.containsKey(t.measure())) {
                            quantitiesByMap.merge(t.factor(), measures.get(t.measure()) * t.multiplier(), Double::sum);
                        }
                    }
                    compiled.accumulateFactorQuantities(values, quantities);
                } else {
                    assertThat(sum).isNaN();
                }
            }
            Set<String> usedNames = new TreeSet<>();
            for (int i = 0; i < used.length; i++) if (used[i]) usedNames.add(ids.get(i));
            assertThat(usedNames).isEqualTo(usedByMap);
            Map<String, Double> byIndex = quantities.toMap(ids);
            assertThat(byIndex.keySet()).isEqualTo(quantitiesByMap.keySet());
            byIndex.forEach((id, q) -> assertThat(Double.doubleToRawLongBits(q)).as(id).isEqualTo(Double.doubleToRawLongBits(quantitiesByMap.get(id))));
        }
    }

    @Test
    void aPresentMeasureWhoseFactorTheYearLacksFailsAndAnAbsentOneDoesNot() {
        Expression e = new Expression(List.of(new Term("gas_kwh", "natural_gas", null), new Term("oil_kwh", "lpg", null)));
        MeasureSlots slots = new MeasureSlots(MEASURES);
        SlotExpression compiled = SlotExpression.of(e, slots::slotOf, new ArrayList<>(), FACTORS);
        boolean[] used = new boolean[2];
        assertThat(compiled.sum(slots.values(Map.of("gas_kwh", 100.0)), used)).isEqualTo(100 * 0.18293);
        assertThatThrownBy(() -> compiled.sum(slots.values(Map.of("oil_kwh", 5.0)), used))
                .isInstanceOf(Expression.MissingFactorException.class).hasMessage("no carbon factor \"lpg\" for 2023-24");
    }
}
