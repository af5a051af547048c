package uk.nhs.greenbench.capacity;

import uk.nhs.greenbench.benchmark.Quantiles;
import uk.nhs.greenbench.model.FuelPrices;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Trusts' fuel prices with the implausible ones named: a price far outside the band around the median of every trust's
 * price for that fuel (a few litres of oil against a whole year's bill, or a cost booked elsewhere), by the test the
 * savings apply to an own price. The price is kept: times the fuel's quantity it is what the trust booked for that fuel,
 * which is what electrifying stops buying; the workbook says which prices look wrong, beside the median, so a user can
 * try another.
 */
public final class FuelPriceChecks {
    private static final String[] FUELS = {"electricity", "gas", "oil", "coal"};

    private FuelPriceChecks() {
    }

    /** @param plausible whether an own price is plausible beside a median ({@code PlausibilityChecks.isPlausibleRate}) */
    public static Map<String, FuelPrices> of(Map<String, FuelPrices> own, BiPredicate<Double, Double> plausible) {
        double[] medians = new double[FUELS.length];
        for (int f = 0; f < FUELS.length; f++) medians[f] = median(own, f);
        Map<String, FuelPrices> out = new TreeMap<>();
        own.forEach((code, p) -> {
            Double[] prices = p.inOrder();
            List<String> implausible = new ArrayList<>();
            for (int f = 0; f < FUELS.length; f++) {
                if (prices[f] == null || Double.isNaN(medians[f]) || plausible.test(prices[f], medians[f])) continue;
                implausible.add(String.format(Locale.UK, "%s: own £%.4f/kWh, median of all trusts £%.4f/kWh", FUELS[f], prices[f], medians[f]));
            }
            out.put(code, implausible.isEmpty() ? p : new FuelPrices(prices[0], prices[1], prices[2], prices[3], implausible));
        });
        return out;
    }

    private static double median(Map<String, FuelPrices> own, int fuel) {
        double[] xs = own.values().stream().map(p -> p.inOrder()[fuel]).filter(v -> v != null).mapToDouble(Double::doubleValue).sorted().toArray();
        return xs.length == 0 ? Double.NaN : Quantiles.percentileInc(xs, 0.5);
    }
}
