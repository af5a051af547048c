package uk.nhs.greenbench.indicator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import uk.nhs.greenbench.factor.FactorLibrary;
import uk.nhs.greenbench.ingest.InputException;
import uk.nhs.greenbench.ingest.JsonMessages;
import uk.nhs.greenbench.ingest.MeasureCatalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The indicators declared in {@code indicators/*.json}, checked against the measures and factors that exist. An
 * indicator's numerator and denominator come either from ERIC's site rows or from a returns file, never a mix: they
 * are summed record by record, and a site row and a return are different records.
 */
public final class IndicatorLibrary {
    private final List<IndicatorDefinition> indicators;
    private final Set<String> fromReturns;

    public IndicatorLibrary(List<IndicatorDefinition> indicators) {
        this(indicators, Set.of());
    }

    private IndicatorLibrary(List<IndicatorDefinition> indicators, Set<String> fromReturns) {
        this.indicators = List.copyOf(indicators);
        this.fromReturns = Set.copyOf(fromReturns);
    }

    public static IndicatorLibrary load(Path folder, MeasureCatalogue measures, FactorLibrary factors) {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        List<IndicatorDefinition> list = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                IndicatorDefinition d;
                try {
                    d = json.readValue(file.toFile(), IndicatorDefinition.class);
                } catch (ValueInstantiationException e) {
                    throw new InputException(JsonMessages.describe(file, e), e);
                } catch (IOException e) {
                    throw new InputException(JsonMessages.describe(file, e), e);
                }
                validate(file, d, measures, factors);
                list.add(d);
            }
        } catch (IOException e) {
            throw new InputException(folder + ": cannot list indicators (" + e.getMessage() + ")", e);
        }
        if (list.isEmpty()) throw new InputException(folder + ": no indicator files (*.json) found");
        list.sort(Comparator.comparing((IndicatorDefinition d) -> d.order() == null ? Integer.MAX_VALUE : d.order())
                .thenComparing(IndicatorDefinition::id));
        Set<String> ids = new LinkedHashSet<>();
        for (IndicatorDefinition d : list) ids.add(d.id());
        for (IndicatorDefinition d : list) {
            if (d.unitPrice() == null) continue;
            require(d.id() + ".json", d.unitPrice().of() != null && ids.contains(d.unitPrice().of()) && !d.unitPrice().of().equals(d.id()),
                    "\"unitPrice\".\"of\" must name another indicator (the one whose numerator is the quantity bought), not \""
                            + d.unitPrice().of() + "\"");
        }
        Set<String> fromReturns = new LinkedHashSet<>();
        for (IndicatorDefinition d : list) if (ratioMeasures(d).stream().allMatch(m -> measures.get(m).fromReturns())) fromReturns.add(d.id());
        return new IndicatorLibrary(list, fromReturns);
    }

    static void validate(Path file, IndicatorDefinition d, MeasureCatalogue measures, FactorLibrary factors) {
        String name = file.getFileName().toString();
        require(name, d.id() != null && !d.id().isBlank(), "\"id\" is missing");
        require(name, name.equals(d.id() + ".json"), "\"id\" is \"" + d.id() + "\" but the file is " + name + " (they must match)");
        require(name, d.title() != null && !d.title().isBlank(), "\"title\" is missing");
        require(name, d.polarity() != null, "\"polarity\" is missing (\"low_is_good\" or \"high_is_good\")");
        require(name, d.unit() != null, "\"unit\" is missing");
        require(name, d.theme() != null, "\"theme\" is missing (energy, water, waste or carbon)");
        require(name, d.numerator() != null && !d.numerator().isEmpty(), "\"numerator\" is missing or empty");
        require(name, d.denominator() != null && !d.denominator().isEmpty(), "\"denominator\" is missing or empty");
        require(name, d.saving() != null, "\"saving\" is missing (method intensity, route-shift or none)");
        SavingRule s = d.saving();
        require(name, s.isIntensity() || s.isRouteShift() || s.isTargetMix() || "none".equals(s.method()),
                "saving \"method\" must be intensity, route-shift, target-mix or none, not \"" + s.method() + "\"");
        require(name, s.isTargetMix() == d.hasTargetMix(), "a \"targetMix\" and a saving with method target-mix go together");
        if (d.hasTargetMix()) validateMix(name, d);
        if (s.isRouteShift()) {
            require(name, s.from() != null && s.to() != null && s.from().quantity() != null && s.to().quantity() != null,
                    "a route-shift saving needs \"from\" and \"to\" routes with a \"quantity\"");
        }
        if ("none".equals(s.method())) require(name, s.reason() != null, "a saving with method none needs a \"reason\"");
        for (IndicatorDefinition.Break b : d.comparability()) {
            require(name, b.from() != null && b.from().matches("\\d{4}-\\d{2}") && b.reason() != null && !b.reason().isBlank(),
                    "each \"comparability\" entry needs \"from\" (a year such as 2019-20) and a \"reason\"");
        }
        if (d.hasNetZeroTrajectory()) {
            Set<String> numeratorFactors = new LinkedHashSet<>();
            d.numerator().collectFactors(numeratorFactors);
            require(name, !numeratorFactors.isEmpty(), "\"netZero\" needs a numerator that is a carbon total (terms with factors)");
        }
        Set<String> usedMeasures = new LinkedHashSet<>();
        Set<String> usedFactors = new LinkedHashSet<>();
        for (Expression e : expressions(d)) {
            e.collectMeasures(usedMeasures);
            e.collectFactors(usedFactors);
        }
        for (String m : usedMeasures) {
            require(name, m != null && measures.contains(m), "unknown measure \"" + m + "\" (see layouts/measures.json)");
        }
        for (String f : usedFactors) {
            require(name, factors.contains(f), "unknown factor \"" + f + "\" (see factors/factors.json)");
        }
        long prescribing = ratioMeasures(d).stream().filter(m -> measures.get(m).fromPrescribing()).count();
        require(name, d.isIcsGrain() == (prescribing == ratioMeasures(d).size()) && (prescribing == 0 || d.isIcsGrain()),
                "an indicator measured for ICBs (\"grain\": \"ics\") takes its numerator and denominator from prescribing measures, and only it does");
        long returnsMeasures = ratioMeasures(d).stream().filter(m -> measures.get(m).fromReturns()).count();
        require(name, returnsMeasures == 0 || returnsMeasures == ratioMeasures(d).size(),
                "the numerator and denominator mix ERIC measures with returns measures; use measures from one source");
    }

    /** A target mix: shares adding to 100%, a quantity per stream, and numerator and denominator both the streams' total. */
    private static void validateMix(String name, IndicatorDefinition d) {
        double shares = 0;
        Set<String> streamMeasures = new java.util.TreeSet<>();
        for (IndicatorDefinition.TargetMix.Stream st : d.targetMix().streams()) {
            require(name, st.name() != null && st.share() != null && st.quantity() != null && !st.quantity().isEmpty(),
                    "each \"targetMix\" stream needs a \"name\", a \"share\" and a \"quantity\"");
            shares += st.share();
            st.quantity().collectMeasures(streamMeasures);
        }
        require(name, Math.abs(shares - 100) < 1e-9, "the \"targetMix\" streams' shares add to " + shares + "%, not 100%");
        Set<String> num = new java.util.TreeSet<>(), den = new java.util.TreeSet<>();
        d.numerator().collectMeasures(num);
        d.denominator().collectMeasures(den);
        require(name, num.equals(streamMeasures) && den.equals(streamMeasures),
                "a target-mix indicator's numerator and denominator are both the streams' total (" + streamMeasures + ")");
    }

    private static Set<String> ratioMeasures(IndicatorDefinition d) {
        Set<String> m = new LinkedHashSet<>();
        d.numerator().collectMeasures(m);
        d.denominator().collectMeasures(m);
        return m;
    }

    /** Whether the indicator's figures come from returns files (not ERIC), so without returns there is no data. */
    public boolean fromReturns(IndicatorDefinition d) {
        return fromReturns.contains(d.id());
    }

    /** Every expression an indicator uses. */
    public static List<Expression> expressions(IndicatorDefinition d) {
        List<Expression> all = new ArrayList<>();
        all.add(d.numerator());
        all.add(d.denominator());
        SavingRule s = d.saving();
        if (s != null) {
            if (s.cost() != null) all.add(s.cost());
            if (s.carbon() != null) all.add(s.carbon());
            for (SavingRule.Route r : new SavingRule.Route[]{s.from(), s.to()}) {
                if (r == null) continue;
                if (r.quantity() != null) all.add(r.quantity());
                if (r.cost() != null) all.add(r.cost());
                if (r.carbon() != null) all.add(r.carbon());
            }
        }
        if (d.hasTargetMix()) {
            for (IndicatorDefinition.TargetMix.Stream st : d.targetMix().streams()) {
                if (st.quantity() != null) all.add(st.quantity());
                if (st.cost() != null) all.add(st.cost());
                if (st.carbon() != null) all.add(st.carbon());
            }
        }
        return all;
    }

    private static void require(String file, boolean ok, String problem) {
        if (!ok) throw new InputException("indicators/" + file + ": " + problem);
    }

    public List<IndicatorDefinition> all() {
        return indicators;
    }

    public List<IndicatorDefinition> forYear(String year) {
        return indicators.stream().filter(d -> d.appliesTo(year)).toList();
    }
}
