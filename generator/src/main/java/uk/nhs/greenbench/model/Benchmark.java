package uk.nhs.greenbench.model;

/**
 * The peer benchmarks a trust's value was compared with (all null for areas, or when the trust has no value).
 *
 * @param rank  1 = best in the comparison group (polarity respected); ties share the better rank
 * @param basis      "peer group" or "national (fewer than 5 peers)"
 * @param comparator the name of the set compared with ("Acute - Teaching trusts", a user's group, a trust's nearest
 *                   peers, or "All trusts (national)")
 */
public record Benchmark(Integer peerN, Double median, Double q1, Double q3, Double percentile, Integer rank,
                        String basis, String comparator) {
    public static final Benchmark NONE = new Benchmark(null, null, null, null, null, null, "", "");
}
