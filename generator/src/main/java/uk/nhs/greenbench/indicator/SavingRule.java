package uk.nhs.greenbench.indicator;


/**
 * How an indicator's gap to its benchmark is priced in £ and tCO2e.
 * <ul>
 * <li>{@code intensity}: units saved are units of the numerator; £ = units × the trust's own cost per unit
 * ({@code cost} ÷ numerator), tCO2e = units × its own carbon per unit ({@code carbon} ÷ numerator).</li>
 * <li>{@code route-shift}: a share indicator; units (kWh or tonnes) move from route {@code from} to route
 * {@code to}; £ and tCO2e = units moved × the difference between the two routes' unit cost and carbon.</li>
 * <li>{@code target-mix}: a distance from the indicator's {@code targetMix}; the tonnes moved are priced at
 * Σ (stream − target share × total) × the stream's £ and kgCO2e per unit, over the tonnes that change stream.</li>
 * <li>{@code none}: units only; {@code reason} says why no £ or tCO2e is given.</li>
 * </ul>
 */
public record SavingRule(String method, Expression cost, Expression carbon, Route from, Route to, String reason) {
    /** One route: how much goes through it, what it costs and what it emits (kgCO2e). */
    public record Route(String name, Expression quantity, Expression cost, Expression carbon) {
    }

    public boolean isIntensity() {
        return "intensity".equals(method);
    }

    public boolean isRouteShift() {
        return "route-shift".equals(method);
    }

    public boolean isTargetMix() {
        return "target-mix".equals(method);
    }

    public boolean isNone() {
        return method == null || "none".equals(method);
    }
}
