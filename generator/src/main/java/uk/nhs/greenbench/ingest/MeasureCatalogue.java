package uk.nhs.greenbench.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The canonical measures (from {@code layouts/measures.json}) that layouts map to and indicators use. Measures with
 * {@code "source": "returns"} are not in ERIC: organisations supply them in a returns file ({@link ReturnsFile}).
 */
public final class MeasureCatalogue {
    public static final String RETURNS = "returns", PRESCRIBING = "prescribing";

    /**
     * @param accepts other units a returns file may use, each with the multiplier to {@code unit} (ml → L: 0.001)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Measure(String id, String unit, String description, String source, Map<String, Double> accepts) {
        public Measure {
            accepts = accepts == null ? Map.of() : Map.copyOf(accepts);
        }

        public boolean fromReturns() {
            return RETURNS.equals(source);
        }

        /** Whether it comes from OpenPrescribing's measure download, by ICB (not from ERIC or a trust's returns). */
        public boolean fromPrescribing() {
            return PRESCRIBING.equals(source);
        }

        /** The multiplier from {@code givenUnit} to the measure's unit, or null when the unit is not accepted. */
        public Double toCanonical(String givenUnit) {
            if (unit.equalsIgnoreCase(givenUnit)) return 1.0;
            for (Map.Entry<String, Double> e : accepts.entrySet()) if (e.getKey().equalsIgnoreCase(givenUnit)) return e.getValue();
            return null;
        }
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
