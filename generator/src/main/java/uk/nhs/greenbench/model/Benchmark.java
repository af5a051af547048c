package uk.nhs.greenbench.model;

/**
 * The peer benchmarks a trust's value was compared with (all null for areas, or when the trust has no value).
 *
 * @param rank  1 = best in the comparison group (polarity respected); ties share the better rank
 * @param basis      "peer group" or "national (fewer than 5 peers)"
 * @param comparator the name of the set compared with ("Acute - Teaching trusts", a user's group, a trust's nearest
 *                   peers, or "All trusts (national)")
 * @param min        the lowest value in the comparison group
 * @param max        the highest value in the comparison group
 */
public record Benchmark(Integer peerN, Double median, Double q1, Double q3, Double percentile, Integer rank,
                        String basis, String comparator, Double min, Double max) {
    public static final Benchmark NONE = new Benchmark(null, null, null, null, null, null, "", "", null, null);

    /** The same benchmarks with no place for the value in them (a value left out of the comparison). */
    public Benchmark unranked() {
        return new Benchmark(peerN, median, q1, q3, null, null, basis, comparator, min, max);
    }

    /** The group's worst value: the highest when low is good, else the lowest. */
    public Double worst(boolean lowIsGood) {
        return lowIsGood ? max : min;
    }

    /** The group's best value: the lowest when low is good, else the highest. */
    public Double best(boolean lowIsGood) {
        return lowIsGood ? min : max;
    }
}
