package uk.nhs.greenbench.figures;

/**
 * What closing the gap to one benchmark is worth; a null part could not be computed (the row's quality
 * flags say why).
 *
 * @param units units of the indicator's saving unit (kWh, m³, t, £, kgCO2e)
 */
public record Saving(Double units, Double gbp, Double tco2e) {
    public static final Saving NONE = new Saving(null, null, null);
}
