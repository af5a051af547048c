package uk.nhs.greenbench.capacity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import uk.nhs.greenbench.ingest.InputException;
import uk.nhs.greenbench.ingest.JsonMessages;
import uk.nhs.greenbench.model.CapacityAssumptions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads {@code factors/capacity.json} strictly: every input named once, with a source, and a value that makes sense. */
public final class CapacityAssumptionsFile {
    public static final String FILE = "factors/capacity.json";

    private CapacityAssumptionsFile() {
    }

    record Json(String description, List<CapacityAssumptions.Input> assumptions, CapacityAssumptions.Grid grid,
                String carbonIndicator, List<String> savingsIndicators, List<String> notes) {
    }

    public static CapacityAssumptions load(Path file) {
        Json json;
        try {
            json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(file.toFile(), Json.class);
        } catch (IOException e) {
            throw new InputException(JsonMessages.describe(file, e), e);
        }
        if (json.assumptions() == null || json.grid() == null || json.grid().points() == null || json.grid().points().isEmpty()) {
            throw new InputException(file + ": needs \"assumptions\" and a \"grid\" with at least one point");
        }
        Set<String> seen = new HashSet<>();
        for (CapacityAssumptions.Input i : json.assumptions()) {
            if (!CapacityAssumptions.IDS.contains(i.id())) {
                throw new InputException(file + ": unknown assumption \"" + i.id() + "\" (known: " + String.join(", ", CapacityAssumptions.IDS) + ")");
            }
            if (!seen.add(i.id())) throw new InputException(file + ": assumption \"" + i.id() + "\" is given twice");
            if (i.source() == null || i.source().isBlank()) throw new InputException(file + ": assumption \"" + i.id() + "\" has no \"source\"");
            check(file, i);
        }
        List<String> missing = new ArrayList<>(CapacityAssumptions.IDS);
        missing.removeAll(seen);
        if (!missing.isEmpty()) throw new InputException(file + ": missing assumption(s) " + String.join(", ", missing));
        int last = Integer.MIN_VALUE;
        for (CapacityAssumptions.Grid.Point p : json.grid().points()) {
            if (p.year() <= last) throw new InputException(file + ": grid points must be in increasing years (" + p.year() + ")");
            if (p.value() < 0) throw new InputException(file + ": grid intensity " + p.value() + " in " + p.year() + " is below zero");
            last = p.year();
        }
        if (json.grid().points().get(0).value() <= 0) throw new InputException(file + ": the first grid point must be above zero");
        if (json.carbonIndicator() == null || json.carbonIndicator().isBlank()) {
            throw new InputException(file + ": needs \"carbonIndicator\", the indicator whose numerator is the estates carbon");
        }
        CapacityAssumptions a = new CapacityAssumptions(json.assumptions(), json.grid(), json.carbonIndicator(),
                json.savingsIndicators() == null ? List.of() : json.savingsIndicators(), json.notes() == null ? List.of() : json.notes());
        if (a.value(CapacityAssumptions.BASE_TEMPERATURE) <= a.value(CapacityAssumptions.DESIGN_TEMPERATURE)) {
            throw new InputException(file + ": base_temperature_c must be above design_temperature_c");
        }
        return a;
    }

    /** The range each input must lie in, so a typo (95 for 0.95) fails here rather than in a report. */
    private static void check(Path file, CapacityAssumptions.Input i) {
        double v = i.value();
        boolean ok = switch (i.id()) {
            case CapacityAssumptions.POWER_FACTOR, CapacityAssumptions.BOILER_EFFICIENCY -> v > 0 && v <= 1;
            case CapacityAssumptions.DESIGN_COP -> v >= 1 && v <= 10;
            case CapacityAssumptions.DEGREE_DAYS -> v > 0 && v < 10000;
            case CapacityAssumptions.ELECTRIFY_BY, CapacityAssumptions.UPGRADE_YEAR, CapacityAssumptions.SAVINGS_BY -> v >= 2000 && v <= 2040 && v == Math.rint(v);
            case CapacityAssumptions.DEMAND_GROWTH -> v > -50 && v < 50;
            default -> v > -100 && v < 100;
        };
        if (!ok) throw new InputException(file + ": assumption \"" + i.id() + "\" has the value " + v + ", which is out of range");
    }
}
