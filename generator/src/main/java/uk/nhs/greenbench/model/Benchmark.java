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
 * @param tied       how many of the group share the value, this one included (1 when it is alone; null when unranked)
 */
public record Benchmark(Integer peerN, Double median, Double q1, Double q3, Double percentile, Integer rank,
                        String basis, String comparator, Double min, Double max, Integer tied) {
    public static final Benchmark NONE = new Benchmark(null, null, null, null, null, null, "", "", null, null, null);

    /** A benchmark whose value shares its rank with no other. */
    public Benchmark(Integer peerN, Double median, Double q1, Double q3, Double percentile, Integer rank,
                     String basis, String comparator, Double min, Double max) {
        this(peerN, median, q1, q3, percentile, rank, basis, comparator, min, max, rank == null ? null : 1);
    }

    /** "1 of 50", or "=1 of 50" when others share the value (31 trusts sending nothing to landfill are all first). */
    public String rankLabel() {
        if (rank == null) return null;
        return (tied != null && tied > 1 ? "=" : "") + rank + " of " + peerN;
    }

    /**
     * These benchmarks with one value's place among them. The rows of every trust compared with one group share the
     * group's figures this way, boxed once: at ten times the trusts, boxing them for each row held 260,000 more Doubles.
     */
    public Benchmark placing(Double percentile, Integer rank, Integer tied) {
        return new Benchmark(peerN, median, q1, q3, percentile, rank, basis, comparator, min, max, tied);
    }

    /** The same benchmarks with no place for the value in them (a value left out of the comparison). */
    public Benchmark unranked() {
        return new Benchmark(peerN, median, q1, q3, null, null, basis, comparator, min, max, null);
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
