package uk.nhs.greenbench.registry;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which peer group an ERIC trust type is compared in, when it is not its own ({@code regions/peer-groups.csv}):
 * a type too small to be a group of its own is compared with the type its trusts are. A row naming a trust code
 * applies to that trust only and wins over its type's row.
 */
public final class PeerGroupMap {
    /** One row of the file. */
    public record Rule(String ericType, String trustCode, String peerGroup, String reason) {
    }

    /** The group a trust is compared in instead of its ERIC type, and why. */
    public record Mapped(String ericType, String peerGroup, String reason) {
    }

    private final List<Rule> rules;

    public PeerGroupMap(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static final PeerGroupMap NONE = new PeerGroupMap(List.of());

    /** @param ericType the trust's ERIC type as a peer group name ({@code Care Trust}) */
    public Optional<Mapped> of(String trustCode, String ericType) {
        Rule byType = null;
        for (Rule r : rules) {
            if (!r.ericType().toLowerCase(Locale.ROOT).equals(ericType.toLowerCase(Locale.ROOT))) continue;
            if (r.trustCode().equals(trustCode)) return Optional.of(new Mapped(ericType, r.peerGroup(), r.reason()));
            if (r.trustCode().isEmpty()) byType = r;
        }
        return byType == null ? Optional.empty() : Optional.of(new Mapped(ericType, byType.peerGroup(), byType.reason()));
    }
}
