package uk.nhs.greenbench.model;

import java.util.List;

/**
 * A trust's unit prices (£/kWh) over the sites that reported both the cost and the quantity of a fuel: what
 * electrifying would stop buying and start buying. A price the trust has no such sites for is null.
 *
 * @param implausible the fuels whose own price is far outside the band around the median of every trust's, each as words
 *                    ("oil: own £14.0000/kWh, median of all trusts £0.0836/kWh"); empty when none is
 */
public record FuelPrices(Double electricityGbpPerKwh, Double gasGbpPerKwh, Double oilGbpPerKwh, Double coalGbpPerKwh,
                         List<String> implausible) {
    public static final FuelPrices NONE = new FuelPrices(null, null, null, null);

    public FuelPrices {
        implausible = implausible == null ? List.of() : List.copyOf(implausible);
    }

    /** Prices none of which was judged implausible. */
    public FuelPrices(Double electricityGbpPerKwh, Double gasGbpPerKwh, Double oilGbpPerKwh, Double coalGbpPerKwh) {
        this(electricityGbpPerKwh, gasGbpPerKwh, oilGbpPerKwh, coalGbpPerKwh, List.of());
    }

    /** The four prices in the order electricity, gas, oil, coal. */
    public Double[] inOrder() {
        return new Double[]{electricityGbpPerKwh, gasGbpPerKwh, oilGbpPerKwh, coalGbpPerKwh};
    }
}
