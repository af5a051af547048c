package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.indicator.Expression;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.SavingRule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
            Set<String> measures = new LinkedHashSet<>();
            for (IndicatorDefinition d : indicators) for (Expression e : expressions(d)) e.collectMeasures(measures);
            MeasureSlots slots = new MeasureSlots(measures);
            List<CompiledIndicator> compiled = new ArrayList<>();
            for (IndicatorDefinition d : indicators) compiled.add(CompiledIndicator.of(d, slots, factors));
            return new Year(slots, List.copyOf(compiled));
        }
    }

    static CompiledIndicator of(IndicatorDefinition d, MeasureSlots slots, FactorSet factors) {
        List<String> ids = new ArrayList<>();
        SavingRule s = d.saving();
        SlotExpression numerator = SlotExpression.of(d.numerator(), slots, ids, factors);
        SlotExpression denominator = SlotExpression.of(d.denominator(), slots, ids, factors);
        SlotExpression cost = s.isIntensity() ? SlotExpression.of(s.cost(), slots, ids, factors) : null;
        SlotExpression carbon = s.isIntensity() ? SlotExpression.of(s.carbon(), slots, ids, factors) : null;
        Route from = s.isRouteShift() ? route(s.from(), slots, ids, factors) : null;
        Route to = s.isRouteShift() ? route(s.to(), slots, ids, factors) : null;
        List<Route> streams = new ArrayList<>();
        if (s.isTargetMix()) {
            for (var st : d.targetMix().streams()) {
                streams.add(new Route(SlotExpression.of(st.quantity(), slots, ids, factors), SlotExpression.of(st.cost(), slots, ids, factors),
                        SlotExpression.of(st.carbon(), slots, ids, factors)));
            }
        }
        return new CompiledIndicator(d, Collections.unmodifiableList(ids), numerator, denominator, cost, carbon, from, to, List.copyOf(streams));
    }

    private static Route route(SavingRule.Route r, MeasureSlots slots, List<String> ids, FactorSet factors) {
        return new Route(SlotExpression.of(r.quantity(), slots, ids, factors), SlotExpression.of(r.cost(), slots, ids, factors),
                SlotExpression.of(r.carbon(), slots, ids, factors));
    }

    /** Every expression of an indicator that a site row is summed by. */
    private static List<Expression> expressions(IndicatorDefinition d) {
        List<Expression> out = new ArrayList<>(List.of(d.numerator(), d.denominator()));
        SavingRule s = d.saving();
        if (s.isIntensity()) out.addAll(nonNull(s.cost(), s.carbon()));
        if (s.isRouteShift()) {
            for (SavingRule.Route r : List.of(s.from(), s.to())) out.addAll(nonNull(r.quantity(), r.cost(), r.carbon()));
        }
        if (s.isTargetMix()) for (var st : d.targetMix().streams()) out.addAll(nonNull(st.quantity(), st.cost(), st.carbon()));
        return out;
    }

    private static List<Expression> nonNull(Expression... es) {
        List<Expression> out = new ArrayList<>();
        for (Expression e : es) if (e != null) out.add(e);
        return out;
    }
}
