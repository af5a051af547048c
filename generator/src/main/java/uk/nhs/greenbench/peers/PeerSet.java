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
        members = List.copyOf(members);
    }

    public boolean contains(String code) {
        return members.contains(code);
    }
}
