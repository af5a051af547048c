package uk.nhs.greenbench.model;

/**
 * A trust's own unit prices (£/kWh) over the sites that reported both the cost and the quantity of a fuel: what
 * electrifying would stop buying and start buying. A price the trust has no such sites for is null.
 */
public record FuelPrices(Double electricityGbpPerKwh, Double gasGbpPerKwh, Double oilGbpPerKwh, Double coalGbpPerKwh) {
    public static final FuelPrices NONE = new FuelPrices(null, null, null, null);
}
