package uk.nhs.greenbench.figures;

/**
 * The peer benchmarks a trust's value was compared with (all null for areas, or when the trust has no value).
 *
 * @param rank  1 = best in the comparison group (polarity respected); ties share the better rank
 * @param basis "peer group" or "national (fewer than 5 peers)"
 */
public record Benchmark(Integer peerN, Double median, Double q1, Double q3, Double percentile, Integer rank,
                        String basis) {
    public static final Benchmark NONE = new Benchmark(null, null, null, null, null, null, "");
}
