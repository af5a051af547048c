package uk.nhs.greenbench.model;

import java.util.List;

/**
 * The stated, cited inputs of the capacity and demand view ({@code factors/capacity.json}): each a named value with its
 * source, the grid's carbon-intensity trajectory, the indicator whose numerator is the estates carbon the paths start
 * from, and the headline indicators whose savings scenario (d) applies.
 */
public record CapacityAssumptions(List<Input> inputs, Grid grid, String carbonIndicator, List<String> savingsIndicators,
                                  List<String> notes) {
    public static final String POWER_FACTOR = "power_factor", BOILER_EFFICIENCY = "boiler_efficiency",
            DEGREE_DAYS = "heating_degree_days", BASE_TEMPERATURE = "base_temperature_c", DESIGN_TEMPERATURE = "design_temperature_c",
            DESIGN_COP = "design_cop", ELECTRIFY_BY = "electrify_with_headroom_by",
            UPGRADE_YEAR = "capacity_upgrade_year", DEMAND_GROWTH = "demand_growth_pct", SAVINGS_BY = "savings_by";
    /** Every input the calculation reads, in the order the outputs list them. */
    public static final List<String> IDS = List.of(POWER_FACTOR, BOILER_EFFICIENCY, DEGREE_DAYS, BASE_TEMPERATURE,
            DESIGN_TEMPERATURE, DESIGN_COP, ELECTRIFY_BY, UPGRADE_YEAR, DEMAND_GROWTH, SAVINGS_BY);

    public CapacityAssumptions {
        inputs = List.copyOf(inputs);
        savingsIndicators = List.copyOf(savingsIndicators);
        notes = List.copyOf(notes);
    }

    /** @param source where the value comes from, in a sentence or two */
    public record Input(String id, String title, double value, String unit, String source) {
    }

    /** Carbon intensity of generation by calendar year: straight lines between points, the last held after it. */
    public record Grid(String title, String unit, List<Point> points, String source) {
        public Grid {
            points = List.copyOf(points);
        }

        public record Point(int year, double value) {
        }

        public double intensity(int year) {
            if (year <= points.get(0).year()) return points.get(0).value();
            for (int i = 1; i < points.size(); i++) {
                Point a = points.get(i - 1), b = points.get(i);
                if (year <= b.year()) return a.value() + (b.value() - a.value()) * (year - a.year()) / (double) (b.year() - a.year());
            }
            return points.get(points.size() - 1).value();
        }

        /** The grid factor of {@code year} as a share of the factor of {@code dataYear}. */
        public double ratio(int year, int dataYear) {
            return intensity(year) / intensity(dataYear);
        }
    }

    public Input input(String id) {
        for (Input i : inputs) if (i.id().equals(id)) return i;
        throw new IllegalArgumentException("no capacity assumption \"" + id + "\"");
    }

    public double value(String id) {
        return input(id).value();
    }

    /** The same assumptions with one value changed (a run's --demand-growth). */
    public CapacityAssumptions with(String id, double value) {
        List<Input> changed = inputs.stream().map(i -> i.id().equals(id)
                ? new Input(i.id(), i.title(), value, i.unit(), i.source() + " Set for this run: " + (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)) + ".") : i).toList();
        return new CapacityAssumptions(changed, grid, carbonIndicator, savingsIndicators, notes);
    }

    /** The factor that is the heat pumps' seasonal COP (factors/factors.json): one value for this view and the fossil-heating saving. */
    public static final String SEASONAL_COP_FACTOR = "heat_pump_scop";

    /** Hours at full output that deliver a standard year's heat: 24 × degree days ÷ (base − design temperature). */
    public double fullLoadHours() {
        return 24 * value(DEGREE_DAYS) / (value(BASE_TEMPERATURE) - value(DESIGN_TEMPERATURE));
    }
}
