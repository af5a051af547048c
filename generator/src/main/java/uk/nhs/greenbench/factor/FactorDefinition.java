package uk.nhs.greenbench.factor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * How to find one factor in the published tables ({@code factors/factors.json}): the SDU table rows to add up,
 * the DESNZ flat-file rows to add up, or a fixed published value with its citation.
 *
 * @param sduScale multiplies the SDU rows' sum where the table's unit differs from {@code unit} (the SDU gives
 *                 anaesthetic gases in tCO2e per litre and cars per km); 1 when absent
 * @param sduNote  what the scale does, for the factor's citation
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FactorDefinition(String id, String title, String unit, String why, List<String> sdu,
                               List<DesnzSelector> desnz, Fixed fixed, Double sduScale, String sduNote) {
    public FactorDefinition {
        sdu = sdu == null ? List.of() : List.copyOf(sdu);
        desnz = desnz == null ? List.of() : List.copyOf(desnz);
    }

    public double sduScaleOrOne() {
        return sduScale == null ? 1.0 : sduScale;
    }

    /** One row of a DESNZ flat file, matched on its level texts (any of the alternatives, case-insensitive). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DesnzSelector(String label, List<String> level1, List<String> level2, List<String> level3,
                                List<String> columnText, List<String> uom) {
    }

    /** A value not in either table (healthcare waste routes), with the publication it comes from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Fixed(double value, String source) {
    }
}
