package uk.nhs.greenbench.factor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The carbon factors applied to one data year.
 *
 * @param dataYear  the ERIC financial year, e.g. {@code 2023-24}
 * @param label     the factor set used, e.g. {@code DESNZ 2023} or {@code SDU 2016-17}
 * @param notes     plain-English notes on how the set was chosen (fallbacks included)
 */
public record FactorSet(String dataYear, String label, Map<String, Factor> factors, List<String> notes) {
    public FactorSet {
        factors = Collections.unmodifiableMap(new LinkedHashMap<>(factors));
        notes = List.copyOf(notes);
    }

    public Optional<Factor> get(String id) {
        return Optional.ofNullable(factors.get(id));
    }
}
