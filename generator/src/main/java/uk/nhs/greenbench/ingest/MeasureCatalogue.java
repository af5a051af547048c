package uk.nhs.greenbench.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The canonical measures (from {@code layouts/measures.json}) that layouts map to and indicators use. */
public final class MeasureCatalogue {
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Measure(String id, String unit, String description) {
    }

    private final Map<String, Measure> measures;

    public MeasureCatalogue(Map<String, Measure> measures) {
        this.measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
    }

    public static MeasureCatalogue load(Path file) {
        try {
            Measure[] list = new ObjectMapper().readValue(file.toFile(), Measure[].class);
            Map<String, Measure> byId = new LinkedHashMap<>();
            for (Measure m : list) {
                if (byId.put(m.id(), m) != null) throw new InputException(file + ": measure \"" + m.id() + "\" is listed twice");
            }
            return new MeasureCatalogue(byId);
        } catch (IOException e) {
            throw new InputException(JsonMessages.describe(file, e), e);
        }
    }

    public boolean contains(String id) {
        return measures.containsKey(id);
    }

    public Measure get(String id) {
        return measures.get(id);
    }

    public Map<String, Measure> all() {
        return measures;
    }
}
