package uk.nhs.greenbench.capacity;

import uk.nhs.greenbench.model.FuelPrices;

import java.util.Map;

/** A trust's running sums of cost and quantity per fuel, site by site, for its {@link FuelPrices}. */
public final class TrustPrices {
    private static final String[] ELECTRICITY = {"elec_grid_kwh", "elec_green_tariff_kwh", "elec_third_party_renewable_kwh",
            "elec_other_renewable_kwh", "elec_onsite_renewable_kwh", "elec_local_kwh", "elec_renewable_kwh"};

    /** Running sums of cost and quantity per fuel, added to site by site. */
    public static final class Sums {
        private final double[] cost = new double[4], kwh = new double[4];

        public void add(Map<String, Double> m) {
            double elec = 0;
            for (String e : ELECTRICITY) elec += orZero(m.get(e));
            add(0, m.get("electricity_cost_gbp"), elec);
            add(1, m.get("gas_cost_gbp"), orZero(m.get("gas_kwh")));
            add(2, m.get("oil_cost_gbp"), orZero(m.get("oil_kwh")));
            add(3, m.get("coal_cost_gbp"), orZero(m.get("coal_kwh")));
        }

        private void add(int fuel, Double gbp, double q) {
            if (gbp == null || gbp <= 0 || q <= 0) return;
            cost[fuel] += gbp;
            kwh[fuel] += q;
        }

        public FuelPrices prices() {
            return new FuelPrices(price(0), price(1), price(2), price(3));
        }

        private Double price(int fuel) {
            return kwh[fuel] > 0 ? cost[fuel] / kwh[fuel] : null;
        }
    }

    private TrustPrices() {
    }

    private static double orZero(Double v) {
        return v == null ? 0 : v;
    }
}
