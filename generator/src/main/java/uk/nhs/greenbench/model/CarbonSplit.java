package uk.nhs.greenbench.model;

/**
 * A change in a carbon total between two years, split in two: what the new carbon factors alone did to the
 * earlier year's quantities ({@code Σ q_before × (f_after − f_before)}: mostly the grid decarbonising), and what
 * the change in quantities did at the new factors ({@code Σ (q_after − q_before) × f_after}: the organisation's
 * own reduction). The two add up to the whole change.
 */
public record CarbonSplit(String fromYear, String toYear, double changeKg, double fromFactorsKg, double fromConsumptionKg) {
}
