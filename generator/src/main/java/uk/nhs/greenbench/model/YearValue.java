package uk.nhs.greenbench.model;

/**
 * An organisation's figure for one indicator in one year, as a trend shows it.
 *
 * @param comparable whether the year is comparable with the latest (no collection change between them)
 */
public record YearValue(String year, Double value, Double numerator, Double denominator, boolean comparable) {
}
