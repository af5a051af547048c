package uk.nhs.greenbench.model;

/**
 * A carbon total against the NHS Net Zero trajectory ("Delivering a Net Zero National Health Service", NHS
 * England 2020: the NHS Carbon Footprint down 80% by 2028–2032 and to net zero by 2040). ERIC starts long after the
 * national target's 1990 baseline, so the path runs from the earliest comparable bundled year: a straight line to
 * 20% of that year's total in 2030 (the middle of 2028–2032), then to zero in 2040.
 *
 * @param pathT              what the path allows in the latest year
 * @param achievedAnnualPct  average reduction a year so far (compound), or null
 * @param requiredAnnualPct  reduction needed a year from the latest year to reach 20% of the baseline by 2030
 *                           (compound; 0 when already there), or null after 2030
 */
public record NetZeroCheck(String baselineYear, double baselineT, String latestYear, double latestT, double pathT,
                           double target2030T, Double achievedAnnualPct, Double requiredAnnualPct) {
    public static final int EIGHTY_PERCENT_YEAR = 2030, NET_ZERO_YEAR = 2040;

    public boolean onTrack() {
        return latestT <= pathT + 1e-9;
    }

    /**
     * Whether the latest year is already at or below the 2030 level (80% below the baseline) before 2030, so that no cut
     * is needed a year ({@code requiredAnnualPct} 0) and the words say so rather than "a cut of 0.0%".
     */
    public boolean at2030LevelAlready() {
        return requiredAnnualPct != null && latestT <= target2030T;
    }

    public String status() {
        return onTrack() ? "on track" : "off track";
    }

    /** What the path allows in a calendar year (a financial year counts as the year it starts in). */
    public double pathIn(int year) {
        return path(baselineT, FinancialYear.startOf(baselineYear), year);
    }

    /** The path's value in a year, from the baseline. */
    public static double path(double baselineT, int baselineYear, int year) {
        if (year <= baselineYear) return baselineT;
        if (year <= EIGHTY_PERCENT_YEAR) {
            return baselineT - 0.8 * baselineT * (year - baselineYear) / (double) (EIGHTY_PERCENT_YEAR - baselineYear);
        }
        if (year >= NET_ZERO_YEAR) return 0;
        return 0.2 * baselineT * (NET_ZERO_YEAR - year) / (double) (NET_ZERO_YEAR - EIGHTY_PERCENT_YEAR);
    }
}
