package uk.nhs.greenbench.figures;

import uk.nhs.greenbench.model.Capacity;
import uk.nhs.greenbench.model.Sites;

import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.OrgRef;

import uk.nhs.greenbench.model.TrendRow;

import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.indicator.PlausibilityChecks;
import uk.nhs.greenbench.peers.PeerSet;
import uk.nhs.greenbench.peers.TypePeers;
import uk.nhs.greenbench.quality.QualityIssue;

import java.util.List;
import java.util.Map;

/**
 * Everything computed for one data year: the one immutable result every writer reads.
 *
 * @param inputs the input files read, as name → SHA-256
 * @param checks the plausibility thresholds the figures were checked against (null in tests that build figures by hand)
 * @param trends every organisation's indicators across the years up to this one (empty until they are worked out
 *               from the other years' figures)
 * @param sites  the year's sites by trust, as published (for the Sites sheet and the reports' largest sites)
 * @param capacity the capacity and demand view: sites' headroom and the carbon paths to 2040
 */
public record Figures(String year, FactorSet factors, List<FigureRow> rows, List<QualityIssue> issues,
                      List<InputFile> inputs, List<TrendRow> trends, Peers peers, PlausibilityChecks checks, Sites sites,
                      Capacity capacity) {
    public Figures {
        sites = sites == null ? Sites.NONE : sites;
        capacity = capacity == null ? Capacity.NONE : capacity;
        rows = List.copyOf(rows);
        issues = List.copyOf(issues);
        inputs = List.copyOf(inputs);
        trends = trends == null ? List.of() : List.copyOf(trends);
        peers = peers == null ? Peers.NONE : peers;
    }

    /** Figures whose trusts were compared by type and whose peer sets are not kept (tests, synthetic years). */
    public Figures(String year, FactorSet factors, List<FigureRow> rows, List<QualityIssue> issues, List<InputFile> inputs,
                   List<TrendRow> trends) {
        this(year, factors, rows, issues, inputs, trends, Peers.NONE, null, Sites.NONE, Capacity.NONE);
    }

    public Figures withTrends(List<TrendRow> trends) {
        return new Figures(year, factors, rows, issues, inputs, trends, peers, checks, sites, capacity);
    }

    public Figures withCapacity(Capacity capacity) {
        return new Figures(year, factors, rows, issues, inputs, trends, peers, checks, sites, capacity);
    }

    /**
     * How the trusts' comparators were chosen, and each trust's set.
     *
     * @param label       short: "trust type", "groups in peers.csv", "10 nearest of the same type"
     * @param description a clause for methods and notes
     * @param sets        trust code → the set it is compared with
     * @param file        the user's peers file, or null
     */
    public record Peers(String label, String description, Map<String, PeerSet> sets, InputFile file) {
        public static final Peers NONE = new Peers(TypePeers.LABEL, "each trust is compared with the trusts of its own ERIC trust type",
                Map.of(), null);

        public Peers {
            sets = Map.copyOf(sets);
        }

        /** Whether trusts were compared with their ERIC trust type (the default). */
        public boolean byType() {
            return TypePeers.LABEL.equals(label);
        }

        /** The name of what a trust is compared with: its set's, or its type's when the sets were not kept. */
        public String nameFor(OrgRef trust) {
            PeerSet set = sets.get(trust.code());
            return set != null ? set.name() : trust.peerGroup() + " trusts";
        }

        /** The trust's set, or null when the sets were not kept. */
        public PeerSet of(String code) {
            return sets.get(code);
        }
    }

    /**
     * An input file, its recognised layout and checksum.
     *
     * @param layout the ERIC layout's id, or {@link #RETURNS} / {@link #PRESCRIBING} for the run's other files
     */
    public record InputFile(String path, String layout, String encoding, String sha256) {
        public static final String RETURNS = "returns", PRESCRIBING = "prescribing";
    }

    /** Whether any organisation has a value for any indicator: a year without one has nothing to write. */
    public boolean hasAnyValue() {
        return rows.stream().anyMatch(r -> r.value() != null && Double.isFinite(r.value()));
    }

    public List<FigureRow> rowsAt(uk.nhs.greenbench.model.Level level) {
        return rows.stream().filter(r -> r.org().level().equals(level)).toList();
    }
}
