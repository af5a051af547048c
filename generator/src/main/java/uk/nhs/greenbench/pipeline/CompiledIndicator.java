package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.indicator.Expression;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.SavingRule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * One indicator's expressions made ready for a year's site rows ({@link SlotExpression}): numerator, denominator and
 * those of its saving rule, sharing one numbering of the indicator's factors.
 *
 * @param factorIds the indicator's factors, by the index its expressions use
 * @param streams   a target-mix indicator's streams, in the mix's order; else empty
 */
record CompiledIndicator(IndicatorDefinition definition, List<String> factorIds, SlotExpression numerator,
                         SlotExpression denominator, SlotExpression cost, SlotExpression carbon, Route from, Route to,
                         List<Route> streams) {
    /** The expressions of a route (or a target mix's stream); any of them may be null. */
    record Route(SlotExpression quantity, SlotExpression cost, SlotExpression carbon) {
    }

    /** A year's indicators compiled against one numbering of the measures they read. */
    record Year(MeasureSlots slots, List<CompiledIndicator> indicators) {
        static Year of(List<IndicatorDefinition> indicators, FactorSet factors) {
            // Measures are numbered as the expressions meet them; the row's values are then laid out in that order.
            Map<String, Integer> numbering = new LinkedHashMap<>();
            ToIntFunction<String> slotOf = m -> numbering.computeIfAbsent(m, k -> numbering.size());
            List<CompiledIndicator> compiled = new ArrayList<>();
            for (IndicatorDefinition d : indicators) compiled.add(CompiledIndicator.of(d, slotOf, factors));
            return new Year(new MeasureSlots(numbering.keySet()), List.copyOf(compiled));
        }
    }

    static CompiledIndicator of(IndicatorDefinition d, ToIntFunction<String> slots, FactorSet factors) {
        List<String> ids = new ArrayList<>();
        SavingRule s = d.saving();
        SlotExpression numerator = SlotExpression.of(d.numerator(), slots, ids, factors);
        SlotExpression denominator = SlotExpression.of(d.denominator(), slots, ids, factors);
        SlotExpression cost = s.isIntensity() ? SlotExpression.of(s.cost(), slots, ids, factors) : null;
        SlotExpression carbon = s.isIntensity() ? SlotExpression.of(s.carbon(), slots, ids, factors) : null;
        Route from = s.isRouteShift() ? route(s.from().quantity(), s.from().cost(), s.from().carbon(), slots, ids, factors) : null;
        Route to = s.isRouteShift() ? route(s.to().quantity(), s.to().cost(), s.to().carbon(), slots, ids, factors) : null;
        List<Route> streams = new ArrayList<>();
        if (s.isTargetMix()) {
            for (var st : d.targetMix().streams()) streams.add(route(st.quantity(), st.cost(), st.carbon(), slots, ids, factors));
        }
        return new CompiledIndicator(d, Collections.unmodifiableList(ids), numerator, denominator, cost, carbon, from, to, List.copyOf(streams));
    }

    private static Route route(Expression quantity, Expression cost, Expression carbon, ToIntFunction<String> slots, List<String> ids,
                               FactorSet factors) {
        return new Route(SlotExpression.of(quantity, slots, ids, factors), SlotExpression.of(cost, slots, ids, factors),
                SlotExpression.of(carbon, slots, ids, factors));
    }
}
