package uk.nhs.greenbench.model;

/**
 * What closing the gap to one benchmark is worth; a null part could not be computed (the row's quality
 * flags say why).
 *
 * @param units units of the indicator's saving unit (kWh, m³, t, £, kgCO2e)
 */
public record Saving(Double units, Double gbp, Double tco2e) {
    public static final Saving NONE = new Saving(null, null, null);

    /**
     * Savings added up by the one rule every total follows: each part (units, £, tCO2e) is the sum of the parts as
     * they are — a cost is a negative £ and reduces the total — so £ and tCO2e are always added over the same moves.
     * Units are never negative (a trust at or better than its benchmark saves none). A part is null when no saving
     * has it.
     */
    public static Saving total(java.util.Collection<Saving> savings) {
        return new Saving(sum(savings, Saving::units), sum(savings, Saving::gbp), sum(savings, Saving::tco2e));
    }

    private static Double sum(java.util.Collection<Saving> savings, java.util.function.Function<Saving, Double> part) {
        double s = 0;
        boolean any = false;
        for (Saving x : savings) {
            Double v = part.apply(x);
            if (v == null) continue;
            any = true;
            s += v;
        }
        return any ? s : null;
    }
}
