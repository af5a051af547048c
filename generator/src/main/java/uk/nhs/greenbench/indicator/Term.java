package uk.nhs.greenbench.indicator;


/**
 * One term of an indicator expression: a canonical measure, optionally multiplied by a carbon factor
 * (giving kgCO2e) and by a constant.
 */
public record Term(String measure, String factor, Double coefficient) {
    public double multiplier() {
        return coefficient == null ? 1.0 : coefficient;
    }

    public boolean hasFactor() {
        return factor != null && !factor.isBlank();
    }
}
