package uk.nhs.greenbench.model;

/**
 * An organisation's figure for one indicator in one year, as a trend shows it.
 *
 * @param comparable whether the year is comparable with the latest (no collection change between them)
 * @param band       its comparators' percentiles that year, or null when fewer than five had a value
 */
public record YearValue(String year, Double value, Double numerator, Double denominator, boolean comparable, PeerBand band) {
    public YearValue(String year, Double value, Double numerator, Double denominator, boolean comparable) {
        this(year, value, numerator, denominator, comparable, null);
    }
}
