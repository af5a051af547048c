package uk.nhs.greenbench.model;

/**
 * Where an organisation's comparators stood in one year, as OpenPrescribing draws a measure over time: the 10th, 25th,
 * 50th, 75th and 90th percentiles of their values (a trust's: the trusts of its peer group that year; an ICS's and
 * England's: the ICSs; a region's: the regions).
 *
 * @param group what the comparators are, e.g. "Acute - Teaching trusts" or "ICSs"
 * @param n     how many comparators had a value
 */
public record PeerBand(String group, int n, double p10, double p25, double p50, double p75, double p90) {
}
