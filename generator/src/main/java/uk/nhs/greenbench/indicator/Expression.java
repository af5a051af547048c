package uk.nhs.greenbench.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import uk.nhs.greenbench.factor.FactorSet;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A sum of {@link Term}s over canonical measures. In JSON it is a list of terms. It is present for a site
 * when at least one of its measures is present there: a measure the publisher left "Not Applicable" adds
 * nothing, but does not on its own hide the others.
 */
public record Expression(List<Term> terms) {
    @JsonCreator
    public Expression {
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    @JsonValue
    public List<Term> terms() {
        return terms;
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /**
     * The value for one site's measures, or empty when none of the measures is present.
     *
     * @param usedFactors receives the ids of the factors actually applied
     * @throws MissingFactorException when a present measure needs a factor the year has not got
     */
    public OptionalDouble evaluate(Map<String, Double> measures, FactorSet factors, Collection<String> usedFactors) {
        double sum = 0;
        boolean any = false;
        for (Term t : terms) {
            Double v = measures.get(t.measure());
            if (v == null) continue;
            double x = v * t.multiplier();
            if (t.hasFactor()) {
                // Looked up directly, not through an Optional: this runs for every site row and indicator.
                var f = factors.factors().get(t.factor());
                if (f == null) throw new MissingFactorException(t.factor(), factors.dataYear());
                x *= f.value();
                usedFactors.add(t.factor());
            }
            sum += x;
            any = true;
        }
        return any ? OptionalDouble.of(sum) : OptionalDouble.empty();
    }

    public void collectMeasures(Set<String> into) {
        for (Term t : terms) into.add(t.measure());
    }

    public void collectFactors(Set<String> into) {
        for (Term t : terms) if (t.hasFactor()) into.add(t.factor());
    }

    /** A readable formula, e.g. {@code elec_grid_kwh × electricity_grid + gas_kwh × natural_gas}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (Term t : terms) {
            if (sb.length() > 0) sb.append(" + ");
            if (t.coefficient() != null) sb.append(t.coefficient()).append(" × ");
            sb.append(t.measure());
            if (t.hasFactor()) sb.append(" × ").append(t.factor());
        }
        return sb.toString();
    }

    /** A term needs a carbon factor that no bundled set provides for the year. */
    public static final class MissingFactorException extends RuntimeException {
        public MissingFactorException(String factor, String year) {
            super("no carbon factor \"" + factor + "\" for " + year);
        }
    }
}
