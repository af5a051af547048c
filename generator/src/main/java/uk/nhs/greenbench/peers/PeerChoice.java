package uk.nhs.greenbench.peers;

import uk.nhs.greenbench.quality.QualityIssue;

import java.util.List;
import java.util.Map;

/**
 * How each trust's comparators are chosen: by ERIC trust type (the default), by groups the user names in a file,
 * or as the nearest trusts of the same type in size and activity. Every output names the choice.
 */
public interface PeerChoice {
    /** Trust code → the set it is compared with. */
    Map<String, PeerSet> assign(List<PeerCandidate> trusts);

    /** What the choice found worth telling (codes that are not trusts, trusts left in their type). */
    default List<QualityIssue> findings(List<PeerCandidate> trusts) {
        return List.of();
    }

    /** One clause for methods and report notes, e.g. "each trust is compared with the trusts of its own ERIC trust type". */
    String description();

    /** Short label for manifests and headers: "trust type", "groups in peers.csv", "10 nearest of the same type". */
    String label();

    /** Whether the sets are the trusts' ERIC types, so that a type's distribution is the peer distribution itself. */
    default boolean byType() {
        return false;
    }

    /** The user's file the sets were read from, with its SHA-256, or null when none was read. */
    default SourceFile source() {
        return null;
    }

    /** A file a peer choice was read from. */
    record SourceFile(java.nio.file.Path path, String sha256) {
    }
}
