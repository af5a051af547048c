package uk.nhs.greenbench.figures;

import uk.nhs.greenbench.model.Flag;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.OrgRef;

import java.util.Collection;

/** How a trust's peer group reads: its ERIC type, or the type it is compared as when regions/peer-groups.csv maps it. */
public final class PeerTypeNote {
    private PeerTypeNote() {
    }

    /** "Mental Health and Learning Disability (ERIC type: Care Trust, compared as … - regions/peer-groups.csv)". */
    public static String of(OrgRef trust, Collection<FigureRow> rows) {
        for (FigureRow r : rows) {
            for (Flag f : r.flags()) {
                if (f.is(Flag.Code.PEER_TYPE_MAPPED)) {
                    String ericType = f.mappedEricType();
                    return trust.peerGroup() + " (ERIC type " + ericType + ", compared as " + trust.peerGroup()
                            + " trusts: regions/peer-groups.csv)";
                }
            }
        }
        return trust.peerGroup() + " (ERIC trust type)";
    }
}
