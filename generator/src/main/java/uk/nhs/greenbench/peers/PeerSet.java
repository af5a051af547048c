package uk.nhs.greenbench.peers;

import java.util.List;

/**
 * The trusts one trust is compared with, itself included.
 *
 * @param name    what the set is called in every output, e.g. "Acute - Teaching trusts"
 * @param members trust codes, the trust itself included, in code order
 */
public record PeerSet(String name, List<String> members) {
    public PeerSet {
        members = members.stream().sorted().toList();
    }

    /** Asked for every trust and indicator by the writers, so a search of the sorted codes rather than a scan. */
    public boolean contains(String code) {
        return java.util.Collections.binarySearch(members, code) >= 0;
    }
}
