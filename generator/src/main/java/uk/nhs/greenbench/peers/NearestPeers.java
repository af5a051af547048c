package uk.nhs.greenbench.peers;

import uk.nhs.greenbench.quality.QualityIssue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each trust is compared with itself and the k trusts of its own ERIC type nearest to it in size and activity: the
 * distance is Euclidean over ln(floor area) and ln(1 + inpatient main meals requested), each divided by its standard
 * deviation within the type, so both count alike. Logs, because a trust twice another's size is as far from it as one
 * half its size. A trust without a floor area cannot be placed and keeps its whole type.
 */
public final class NearestPeers implements PeerChoice {
    public static final int MIN_K = 4, MAX_K = 50;
    private final int k;

    public NearestPeers(int k) {
        if (k < MIN_K || k > MAX_K) {
            throw new IllegalArgumentException("the number of nearest peers must be " + MIN_K + " to " + MAX_K + " (five trusts make a benchmark), not " + k);
        }
        this.k = k;
    }

    @Override
    public Map<String, PeerSet> assign(List<PeerCandidate> trusts) {
        Map<String, List<PeerCandidate>> byType = new TreeMap<>();
        for (PeerCandidate t : trusts) byType.computeIfAbsent(t.type(), x -> new ArrayList<>()).add(t);
        Map<String, PeerSet> sets = new LinkedHashMap<>();
        for (List<PeerCandidate> type : byType.values()) {
            List<PeerCandidate> placed = type.stream().filter(NearestPeers::placeable).toList();
            double sdSize = sd(placed.stream().mapToDouble(NearestPeers::size).toArray());
            double sdActivity = sd(placed.stream().mapToDouble(NearestPeers::activity).toArray());
            PeerSet whole = new PeerSet(TypePeers.setName(type.get(0).type()), type.stream().map(PeerCandidate::code).sorted().toList());
            for (PeerCandidate t : type) {
                if (!placeable(t) || placed.size() <= k + 1) {
                    sets.put(t.code(), whole);
                    continue;
                }
                List<String> nearest = placed.stream().filter(o -> !o.code().equals(t.code()))
                        .sorted(Comparator.comparingDouble((PeerCandidate o) -> distance(t, o, sdSize, sdActivity)).thenComparing(PeerCandidate::code))
                        .limit(k).map(PeerCandidate::code).toList();
                List<String> members = new ArrayList<>(nearest);
                members.add(t.code());
                members.sort(Comparator.naturalOrder());
                sets.put(t.code(), new PeerSet(t.code() + " and its " + k + " nearest " + t.type() + " trusts", members));
            }
        }
        return sets;
    }

    @Override
    public List<QualityIssue> findings(List<PeerCandidate> trusts) {
        List<QualityIssue> out = new ArrayList<>();
        for (PeerCandidate t : trusts) {
            if (!placeable(t)) {
                out.add(new QualityIssue("peers_not_placed", t.code(), "", "", t.code() + " reported no floor area, so its nearest peers "
                        + "cannot be found; it is compared with all " + t.type() + " trusts."));
            }
        }
        return out;
    }

    static boolean placeable(PeerCandidate t) {
        return t.floorM2() > 0;
    }

    private static double size(PeerCandidate t) {
        return Math.log(t.floorM2());
    }

    private static double activity(PeerCandidate t) {
        return Double.isNaN(t.activity()) || t.activity() < 0 ? 0 : Math.log1p(t.activity());
    }

    static double distance(PeerCandidate a, PeerCandidate b, double sdSize, double sdActivity) {
        double ds = sdSize > 0 ? (size(a) - size(b)) / sdSize : 0;
        double da = sdActivity > 0 ? (activity(a) - activity(b)) / sdActivity : 0;
        return Math.sqrt(ds * ds + da * da);
    }

    private static double sd(double[] xs) {
        if (xs.length < 2) return 0;
        double mean = 0;
        for (double x : xs) mean += x;
        mean /= xs.length;
        double ss = 0;
        for (double x : xs) ss += (x - mean) * (x - mean);
        return Math.sqrt(ss / (xs.length - 1));
    }

    @Override
    public String description() {
        return "each trust is compared with itself and the " + k + " trusts of its own ERIC trust type nearest to it in floor area and "
                + "inpatient meals (standardised logs)";
    }

    @Override
    public String label() {
        return k + " nearest of the same type";
    }
}
