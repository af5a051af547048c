package uk.nhs.greenbench.model;

/**
 * An area's change over only the member trusts (as of the latest year) with a value in both the baseline and the
 * latest year, so that trusts merging, joining or not reporting do not move it. Values are ratios of sums, as for
 * the area itself.
 *
 * @param changePct null when the baseline value is zero
 */
public record LikeForLike(int trusts, double baselineValue, double latestValue, Double changePct) {
}
