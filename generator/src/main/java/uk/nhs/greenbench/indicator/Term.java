package uk.nhs.greenbench.indicator;


/**
 * One term of an indicator expression: a canonical measure, optionally multiplied by a carbon factor
 * (giving kgCO2e) and by a constant.
 */
public record Term(String measure, String factor, Double coefficient) {
    public Term {
        // No factor is null, however the file wrote it: a term is tested for a factor once per site row. The names
        // are interned, as the layouts' measure names are, so that looking them up in a site's measures is fast.
        if (factor != null && factor.isBlank()) factor = null;
        if (factor != null) factor = factor.intern();
        if (measure != null) measure = measure.intern();
    }

    public double multiplier() {
        return coefficient == null ? 1.0 : coefficient;
    }

    public boolean hasFactor() {
        return factor != null;
    }
}
