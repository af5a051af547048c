package uk.nhs.greenbench.factor;

/**
 * One carbon factor as applied to one data year.
 *
 * @param id        greenbench's factor id (e.g. {@code electricity_grid})
 * @param title     what it is, from factors/factors.json
 * @param value     kgCO2e per unit
 * @param unit      e.g. {@code kgCO2e/kWh}
 * @param setYear   the factor set the value came from ({@code SDU 2016-17}, {@code DESNZ 2023}, or {@code fixed})
 * @param source    citation: file and rows, or publication
 * @param fallback  non-empty when the year's own set lacked this factor and an earlier set was used
 */
public record Factor(String id, String title, double value, String unit, String setYear, String source, String fallback) {
    public boolean isFallback() {
        return fallback != null && !fallback.isEmpty();
    }
}
