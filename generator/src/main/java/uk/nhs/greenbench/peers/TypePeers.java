package uk.nhs.greenbench.peers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The default, as Model Hospital and the SDU: every trust is compared with the trusts of its ERIC trust type. */
public final class TypePeers implements PeerChoice {
    public static final String LABEL = "trust type";

    @Override
    public Map<String, PeerSet> assign(List<PeerCandidate> trusts) {
        Map<String, List<String>> byType = new TreeMap<>();
        for (PeerCandidate t : trusts) byType.computeIfAbsent(t.type(), k -> new ArrayList<>()).add(t.code());
        Map<String, PeerSet> sets = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : byType.entrySet()) {
            PeerSet set = new PeerSet(setName(e.getKey()), e.getValue().stream().sorted().toList());
            for (String code : e.getValue()) sets.put(code, set);
        }
        return sets;
    }

    static String setName(String type) {
        return type + " trusts";
    }

    @Override
    public String description() {
        return "each trust is compared with the trusts of its own ERIC trust type";
    }

    @Override
    public boolean byType() {
        return true;
    }

    @Override
    public String label() {
        return LABEL;
    }
}
